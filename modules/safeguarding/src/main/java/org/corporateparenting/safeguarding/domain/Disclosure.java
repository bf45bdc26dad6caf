package org.corporateparenting.safeguarding.domain;

import java.time.Instant;

import org.corporateparenting.consultation.FreeTextSource;
import org.corporateparenting.safeguarding.DisclosureStatus;
import org.corporateparenting.safeguarding.Outcome;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
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
 * Own words flagged as a possible disclosure of harm: which answer or forum record (the words stay there), what on
 * the screening list matched, who read it last, and the outcome the lead recorded. Audited, so its history is the
 * trail of the whole review: flagged, each reading, each outcome.
 */
@Entity
@Table(name = "disclosure")
@Audited
@DynamicUpdate
public class Disclosure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private FreeTextSource source;

	private long sourceId;

	/** The survey's topic or the forum's name when it was flagged. */
	private String place;

	private String matched;

	private Instant flaggedAt;

	// A reading changes no version (the lead's form stays good) and writes only these columns (dynamic update).
	@OptimisticLock(excluded = true)
	private @Nullable Instant lastReadAt;

	@OptimisticLock(excluded = true)
	private @Nullable String lastReadBy;

	@Enumerated(EnumType.STRING)
	private @Nullable Outcome outcome;

	private @Nullable String outcomeNote;

	protected Disclosure() {
	}

	public Disclosure(FreeTextSource source, long sourceId, String place, String matched, Instant flaggedAt) {
		this.source = source;
		this.sourceId = sourceId;
		this.place = place.length() > 300 ? place.substring(0, 299) + "…" : place;
		this.matched = matched.length() > 300 ? matched.substring(0, 299) + "…" : matched;
		this.flaggedAt = flaggedAt;
	}

	/** Someone opened it: kept as a revision, so the history says who read it and when. */
	public void read(String by, Instant at) {
		lastReadBy = by;
		lastReadAt = at;
	}

	public void record(Outcome outcome, @Nullable String note) {
		this.outcome = outcome;
		this.outcomeNote = note;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public FreeTextSource getSource() {
		return source;
	}

	public long getSourceId() {
		return sourceId;
	}

	public String getPlace() {
		return place;
	}

	public String getMatched() {
		return matched;
	}

	public Instant getFlaggedAt() {
		return flaggedAt;
	}

	public DisclosureStatus getStatus() {
		return outcome != null ? DisclosureStatus.OUTCOME_RECORDED
				: lastReadAt != null ? DisclosureStatus.READ : DisclosureStatus.NOT_READ;
	}

	public @Nullable Instant getLastReadAt() {
		return lastReadAt;
	}

	public @Nullable String getLastReadBy() {
		return lastReadBy;
	}

	public @Nullable Outcome getOutcome() {
		return outcome;
	}

	public @Nullable String getOutcomeNote() {
		return outcomeNote;
	}
}
