package org.corporateparenting.consultation.domain;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A response's answer to one question: the option chosen (one row per option for "choose any"), the rating as
 * 1 to 5, YES or NO, or own words.
 */
@Entity
@Table(name = "survey_answer")
public class Answer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "response_id")
	private SurveyResponse response;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "question_id")
	private Question question;

	private @Nullable String choice;

	@Column(name = "answer_text")
	private @Nullable String text;

	protected Answer() {
	}

	Answer(SurveyResponse response, Question question, @Nullable String choice, @Nullable String text) {
		this.response = response;
		this.question = question;
		this.choice = choice;
		this.text = text;
	}

	public Long getId() {
		return id;
	}

	public SurveyResponse getResponse() {
		return response;
	}

	public Question getQuestion() {
		return question;
	}

	public @Nullable String getChoice() {
		return choice;
	}

	public @Nullable String getText() {
		return text;
	}
}
