package org.corporateparenting.consultation.domain;

import org.corporateparenting.consultation.WellbeingVersion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A consultation started from the standard well-being survey: its first {@code templateQuestions} questions are
 * the template's, in the template's order, and never change; the council's own questions come after them. Written
 * once, with the consultation.
 */
@Entity
@Table(name = "wellbeing_survey")
public class WellbeingSurvey {

	@Id
	private Long consultationId;

	@Enumerated(EnumType.STRING)
	@Column(name = "wellbeing_version")
	private WellbeingVersion wellbeingVersion;

	private int edition;

	private int templateQuestions;

	protected WellbeingSurvey() {
	}

	public WellbeingSurvey(long consultationId, WellbeingVersion version, int edition, int templateQuestions) {
		this.consultationId = consultationId;
		this.wellbeingVersion = version;
		this.edition = edition;
		this.templateQuestions = templateQuestions;
	}

	/** Whether the question in this place is one of the template's. */
	public boolean fixes(int position) {
		return position >= 1 && position <= templateQuestions;
	}

	public Long getConsultationId() {
		return consultationId;
	}

	public WellbeingVersion getWellbeingVersion() {
		return wellbeingVersion;
	}

	public int getEdition() {
		return edition;
	}

	public int getTemplateQuestions() {
		return templateQuestions;
	}
}
