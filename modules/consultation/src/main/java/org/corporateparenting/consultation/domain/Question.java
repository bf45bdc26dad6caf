package org.corporateparenting.consultation.domain;

import java.util.List;

import org.corporateparenting.consultation.QuestionType;
import org.corporateparenting.web.TextLines;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One question of a consultation's survey, in its place: choose one or any of its options, a rating from 1 to 5
 * with words for each end, yes or no, or own words up to a length. Optional unless marked required.
 */
@Entity
@Table(name = "survey_question")
@Audited
public class Question {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "consultation_id")
	private Consultation consultation;

	private int position;

	@Column(name = "question_text")
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(name = "question_type")
	private QuestionType type;

	private boolean required;

	/** One per line, for choice questions. */
	private @Nullable String options;

	private @Nullable String lowLabel;

	private @Nullable String highLabel;

	private @Nullable Integer maxLength;

	protected Question() {
	}

	public Question(Consultation consultation, int position) {
		this.consultation = consultation;
		this.position = position;
	}

	public void ask(String text, QuestionType type, boolean required, List<String> options, @Nullable String lowLabel,
			@Nullable String highLabel, @Nullable Integer maxLength) {
		this.text = text;
		this.type = type;
		this.required = required;
		boolean choice = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
		this.options = choice ? TextLines.join(options) : null;
		this.lowLabel = type == QuestionType.RATING ? lowLabel : null;
		this.highLabel = type == QuestionType.RATING ? highLabel : null;
		this.maxLength = type == QuestionType.FREE_TEXT ? maxLength : null;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public Consultation getConsultation() {
		return consultation;
	}

	public int getPosition() {
		return position;
	}

	public String getText() {
		return text;
	}

	public QuestionType getType() {
		return type;
	}

	public boolean isRequired() {
		return required;
	}

	public List<String> getOptions() {
		return TextLines.split(options);
	}

	public @Nullable String getLowLabel() {
		return lowLabel;
	}

	public @Nullable String getHighLabel() {
		return highLabel;
	}

	public @Nullable Integer getMaxLength() {
		return maxLength;
	}
}
