package org.corporateparenting.alliance.domain;

import org.corporateparenting.alliance.BodyStatus;
import org.corporateparenting.alliance.BodyType;
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
 * A board, committee, alliance or group through which the council and its partners act as corporate parents:
 * what it is for, whom it reports to, how often it meets, and (for a board) how often it promises to meet young
 * people.
 */
@Entity
@Table(name = "governance_body")
@Audited
public class GovernanceBody {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String name;

	@Enumerated(EnumType.STRING)
	private BodyType type;

	private String purpose;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "reports_to_id")
	private @Nullable GovernanceBody reportsTo;

	private int meetingsPerYear;

	@Enumerated(EnumType.STRING)
	private BodyStatus status;

	/** Seats present or deputised that make a meeting quorate; none means no quorum rule. */
	private @Nullable Integer quorum;

	/** Meetings a year with children or young people present that the body promises. */
	private @Nullable Integer youngPeopleMeetingsPerYear;

	/** The pledge in force whose commitment sets that promise, by its number (Walsall's pledge 11). */
	private @Nullable Integer youngPeoplePledgeNumber;

	protected GovernanceBody() {
	}

	public GovernanceBody(String name, BodyType type) {
		this.name = name;
		this.type = type;
		this.status = BodyStatus.ACTIVE;
	}

	public void describe(String name, BodyType type, String purpose, @Nullable GovernanceBody reportsTo,
			int meetingsPerYear, BodyStatus status, @Nullable Integer quorum,
			@Nullable Integer youngPeopleMeetingsPerYear, @Nullable Integer youngPeoplePledgeNumber) {
		this.name = name;
		this.type = type;
		this.purpose = purpose;
		this.reportsTo = reportsTo;
		this.meetingsPerYear = meetingsPerYear;
		this.status = status;
		this.quorum = quorum;
		this.youngPeopleMeetingsPerYear = youngPeopleMeetingsPerYear;
		this.youngPeoplePledgeNumber = youngPeoplePledgeNumber;
	}

	/** Whether {@code other} is this body or reports to it, directly or through other bodies. */
	public boolean isOrIsAbove(GovernanceBody other) {
		for (GovernanceBody body = other; body != null; body = body.getReportsTo()) {
			if (body.getId().equals(id)) {
				return true;
			}
		}
		return false;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getName() {
		return name;
	}

	public BodyType getType() {
		return type;
	}

	public String getPurpose() {
		return purpose;
	}

	public @Nullable GovernanceBody getReportsTo() {
		return reportsTo;
	}

	public int getMeetingsPerYear() {
		return meetingsPerYear;
	}

	public BodyStatus getStatus() {
		return status;
	}

	public @Nullable Integer getQuorum() {
		return quorum;
	}

	public @Nullable Integer getYoungPeopleMeetingsPerYear() {
		return youngPeopleMeetingsPerYear;
	}

	public @Nullable Integer getYoungPeoplePledgeNumber() {
		return youngPeoplePledgeNumber;
	}
}
