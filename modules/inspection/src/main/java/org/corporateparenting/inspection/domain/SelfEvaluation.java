package org.corporateparenting.inspection.domain;

import java.time.LocalDate;
import java.util.Map;

import org.corporateparenting.inspection.JudgementArea;
import org.corporateparenting.inspection.SelfEvaluationStatus;
import org.corporateparenting.web.ConflictException;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One numbered version of the council's self-evaluation for a year: its narrative for each judgement area, changed
 * while it is a draft. Saving freezes it with the evidence as it stood that day; the year's next version starts from
 * its words and supersedes it when saved in turn.
 */
@Entity
@Table(name = "self_evaluation")
@Audited
public class SelfEvaluation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private int year;

	private int edition = 1;

	@Enumerated(EnumType.STRING)
	private SelfEvaluationStatus status = SelfEvaluationStatus.DRAFT;

	private @Nullable String childrenInCareQuality;

	private @Nullable String childrenInCareImproving;

	private @Nullable String careLeaversQuality;

	private @Nullable String careLeaversImproving;

	private @Nullable String leadersQuality;

	private @Nullable String leadersImproving;

	private @Nullable LocalDate savedOn;

	/**
	 * The evidence board as it stood when this version was saved (JSON): a saved version shows what inspectors would
	 * have read that day, whatever has changed since. Not kept in the history, which records the narrative.
	 */
	@NotAudited
	private @Nullable String evidence;

	protected SelfEvaluation() {
	}

	public SelfEvaluation(int year) {
		this.year = year;
	}

	/** Changes the council's words about the areas given; only while a draft. */
	public void write(Map<JudgementArea, Narrative> narratives) {
		requireDraft();
		narratives.forEach((area, narrative) -> {
			switch (area) {
				case CHILDREN_IN_CARE -> {
					childrenInCareQuality = narrative.quality();
					childrenInCareImproving = narrative.improving();
				}
				case CARE_LEAVERS -> {
					careLeaversQuality = narrative.quality();
					careLeaversImproving = narrative.improving();
				}
				case LEADERS_IMPACT -> {
					leadersQuality = narrative.quality();
					leadersImproving = narrative.improving();
				}
			}
		});
	}

	public Narrative narrative(JudgementArea area) {
		return switch (area) {
			case CHILDREN_IN_CARE -> new Narrative(childrenInCareQuality, childrenInCareImproving);
			case CARE_LEAVERS -> new Narrative(careLeaversQuality, careLeaversImproving);
			case LEADERS_IMPACT -> new Narrative(leadersQuality, leadersImproving);
		};
	}

	/** Freezes this version with the evidence as it stands today. */
	public void save(LocalDate today, String evidence) {
		requireDraft();
		this.status = SelfEvaluationStatus.SAVED;
		this.savedOn = today;
		this.evidence = evidence;
	}

	/** The year's next version was saved: this one stays on record, frozen. */
	public void supersede() {
		if (status != SelfEvaluationStatus.SAVED) {
			throw new ConflictException("status", "Only a saved self-evaluation is superseded");
		}
		this.status = SelfEvaluationStatus.SUPERSEDED;
	}

	/** The year's next version, a draft starting from this one's words. */
	public SelfEvaluation nextVersion() {
		if (status == SelfEvaluationStatus.DRAFT) {
			throw new ConflictException("status", "This version is still a draft: change it, or save it first");
		}
		SelfEvaluation next = new SelfEvaluation(year);
		next.edition = edition + 1;
		for (JudgementArea area : JudgementArea.values()) {
			next.write(Map.of(area, narrative(area)));
		}
		return next;
	}

	private void requireDraft() {
		if (status != SelfEvaluationStatus.DRAFT) {
			throw new ConflictException("status", "Version " + edition + " of the " + year
					+ " self-evaluation is " + status.label().toLowerCase() + " and frozen: start its next version");
		}
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public int getYear() {
		return year;
	}

	public int getEdition() {
		return edition;
	}

	public SelfEvaluationStatus getStatus() {
		return status;
	}

	public @Nullable LocalDate getSavedOn() {
		return savedOn;
	}

	public @Nullable String getEvidence() {
		return evidence;
	}
}
