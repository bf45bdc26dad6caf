package org.corporateparenting.consultation.domain;

import org.hibernate.envers.Audited;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Whether the council takes part in the well-being comparison across councils: its one row, audited, so who opted
 * in or out and when is on record. A council that has never chosen has no row and does not take part.
 */
@Entity
@Table(name = "wellbeing_sharing")
@Audited
public class WellbeingSharing {

	/** The council's one setting. */
	public static final long ID = 1;

	@Id
	private Long id = ID;

	@Version
	private long version;

	private boolean optedIn;

	public void choose(boolean optedIn) {
		this.optedIn = optedIn;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public boolean isOptedIn() {
		return optedIn;
	}
}
