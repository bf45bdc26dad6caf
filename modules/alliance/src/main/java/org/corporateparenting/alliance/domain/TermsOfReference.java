package org.corporateparenting.alliance.domain;

import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.alliance.TermsOfReferenceStatus;
import org.corporateparenting.web.TextLines;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

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
 * One edition of a body's terms of reference: its purpose, legal framework, objectives, membership, frequency,
 * what members are expected to do, its governance, and when it is next reviewed. A body has at most one edition
 * in force; approving a new one supersedes it.
 */
@Entity
@Table(name = "terms_of_reference")
@Audited
public class TermsOfReference {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "body_id")
	private GovernanceBody body;

	private int edition;

	@Enumerated(EnumType.STRING)
	private TermsOfReferenceStatus status = TermsOfReferenceStatus.DRAFT;

	private String purpose;

	private String legalFramework;

	/** One per line. */
	private String objectives;

	private String membership;

	private String frequency;

	private int meetingsPerYear;

	/** One per line. */
	private String expectations;

	private String governance;

	private @Nullable LocalDate approvedOn;

	private @Nullable LocalDate reviewDate;

	/** Whether {@code TermsOfReferenceReviewDue} was published for this edition. */
	private boolean reviewDueAnnounced;

	protected TermsOfReference() {
	}

	public TermsOfReference(GovernanceBody body, int edition) {
		this.body = body;
		this.edition = edition;
	}

	public void write(String purpose, String legalFramework, List<String> objectives, String membership,
			String frequency, int meetingsPerYear, List<String> expectations, String governance,
			@Nullable LocalDate reviewDate) {
		this.purpose = purpose;
		this.legalFramework = legalFramework;
		this.objectives = TextLines.join(objectives);
		this.membership = membership;
		this.frequency = frequency;
		this.meetingsPerYear = meetingsPerYear;
		this.expectations = TextLines.join(expectations);
		this.governance = governance;
		if (reviewDate != null || approvedOn == null) {
			this.reviewDate = reviewDate;
		}
	}

	/**
	 * Brings the edition into force, to be reviewed on the date given, else on the draft's review date if that is
	 * after approval, else a year after approval.
	 */
	public void approve(LocalDate approvedOn, @Nullable LocalDate reviewDate) {
		this.status = TermsOfReferenceStatus.IN_FORCE;
		this.approvedOn = approvedOn;
		this.reviewDate = reviewDate != null ? reviewDate
				: this.reviewDate != null && this.reviewDate.isAfter(approvedOn) ? this.reviewDate
						: approvedOn.plusYears(1);
	}

	public void supersede() {
		this.status = TermsOfReferenceStatus.SUPERSEDED;
	}

	public void announceReviewDue() {
		this.reviewDueAnnounced = true;
	}

	/** In force and its review date has come (today or earlier). */
	public boolean reviewOverdue(LocalDate today) {
		return status == TermsOfReferenceStatus.IN_FORCE && reviewDate != null && !reviewDate.isAfter(today);
	}

	/** In force and reviewed within the next {@code days} days, not yet overdue. */
	public boolean reviewDueWithin(LocalDate today, int days) {
		return status == TermsOfReferenceStatus.IN_FORCE && reviewDate != null && reviewDate.isAfter(today)
				&& !reviewDate.isAfter(today.plusDays(days));
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public GovernanceBody getBody() {
		return body;
	}

	public int getEdition() {
		return edition;
	}

	public TermsOfReferenceStatus getStatus() {
		return status;
	}

	public String getPurpose() {
		return purpose;
	}

	public String getLegalFramework() {
		return legalFramework;
	}

	public List<String> getObjectives() {
		return TextLines.split(objectives);
	}

	public String getMembership() {
		return membership;
	}

	public String getFrequency() {
		return frequency;
	}

	public int getMeetingsPerYear() {
		return meetingsPerYear;
	}

	public List<String> getExpectations() {
		return TextLines.split(expectations);
	}

	public String getGovernance() {
		return governance;
	}

	public @Nullable LocalDate getApprovedOn() {
		return approvedOn;
	}

	public @Nullable LocalDate getReviewDate() {
		return reviewDate;
	}

	public boolean isReviewDueAnnounced() {
		return reviewDueAnnounced;
	}
}
