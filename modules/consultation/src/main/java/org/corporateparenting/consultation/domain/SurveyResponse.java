package org.corporateparenting.consultation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.corporateparenting.consultation.AgeBand;
import org.corporateparenting.consultation.CareStatus;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * One anonymous answer to a survey. It holds nothing that says who gave it: no name, email, address, IP or time of
 * day; only the date, the link it came through, and the coarse age band and care status if the person chose to
 * give them. Never changed once given, so not audited. Illustrative responses (made up for a demo) say so.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "consultation_id")
	private Consultation consultation;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "link_id")
	private @Nullable SurveyLink link;

	private LocalDate submittedOn;

	@Enumerated(EnumType.STRING)
	private @Nullable AgeBand ageBand;

	@Enumerated(EnumType.STRING)
	private @Nullable CareStatus careStatus;

	private boolean illustrative;

	@OneToMany(mappedBy = "response", cascade = CascadeType.PERSIST)
	private List<Answer> answers = new ArrayList<>();

	protected SurveyResponse() {
	}

	public SurveyResponse(Consultation consultation, @Nullable SurveyLink link, LocalDate submittedOn,
			@Nullable AgeBand ageBand, @Nullable CareStatus careStatus, boolean illustrative) {
		this.consultation = consultation;
		this.link = link;
		this.submittedOn = submittedOn;
		this.ageBand = ageBand;
		this.careStatus = careStatus;
		this.illustrative = illustrative;
	}

	public void answer(Question question, @Nullable String choice, @Nullable String text) {
		answers.add(new Answer(this, question, choice, text));
	}

	public Long getId() {
		return id;
	}

	public Consultation getConsultation() {
		return consultation;
	}

	public @Nullable SurveyLink getLink() {
		return link;
	}

	public LocalDate getSubmittedOn() {
		return submittedOn;
	}

	public @Nullable AgeBand getAgeBand() {
		return ageBand;
	}

	public @Nullable CareStatus getCareStatus() {
		return careStatus;
	}

	public boolean isIllustrative() {
		return illustrative;
	}

	public List<Answer> getAnswers() {
		return answers;
	}
}
