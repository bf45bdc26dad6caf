package org.corporateparenting.reporting.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One section of the dashboard's read model and when it was last refreshed. Its row is locked while the section is
 * refreshed, so that two refreshes of the same section run one after the other and the later one wins.
 */
@Entity
@Table(name = "dashboard_section")
public class DashboardSection {

	@Id
	@Enumerated(EnumType.STRING)
	private Section section;

	private @Nullable String heading;

	/** Null until the section is first refreshed. */
	private @Nullable Instant refreshedAt;

	/** The strategy section only: the action plan it counts (the plan in force when it was last rebuilt). */
	private @Nullable Long planId;

	/** Goes up with every change to what the section shows. */
	private long version;

	protected DashboardSection() {
	}

	public DashboardSection(Section section, Instant refreshedAt) {
		this.section = section;
		this.refreshedAt = refreshedAt;
	}

	public void refreshed(@Nullable String heading, Instant at) {
		this.heading = heading;
		this.refreshedAt = at;
		changed();
	}

	/** Something the section shows changed. */
	public void changed() {
		version++;
	}

	public long getVersion() {
		return version;
	}

	/** The strategy section was rebuilt from this plan (null: no plan in force). */
	public void counts(@Nullable Long planId) {
		this.planId = planId;
	}

	public @Nullable Long getPlanId() {
		return planId;
	}

	public Section getSection() {
		return section;
	}

	public @Nullable String getHeading() {
		return heading;
	}

	public @Nullable Instant getRefreshedAt() {
		return refreshedAt;
	}

	/**
	 * The dashboard's sections: one per module it summarises, and the indicators the council follows (whose figures
	 * are read as they are, so the section only counts their changes).
	 */
	public enum Section {
		STRATEGY, PLEDGES, ALLIANCE, CONSULTATION, INDICATORS
	}
}
