package org.corporateparenting.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.corporateparenting.reporting.Period;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A period whose shared values the council sent to its partnerships; finalising it again sends them again. */
@Entity
@Table(name = "finalised_period")
public class FinalisedPeriod {

	@Id
	private String period;

	private LocalDate periodStart;

	private String finalisedBy;

	private Instant finalisedAt;

	@Version
	private long version;

	protected FinalisedPeriod() {
	}

	public FinalisedPeriod(Period period) {
		this.period = period.toString();
		this.periodStart = period.start();
	}

	public void finalise(String by, Instant at) {
		this.finalisedBy = by;
		this.finalisedAt = at;
	}

	public Period getPeriod() {
		return Period.parse(period).orElseThrow();
	}

	public String getFinalisedBy() {
		return finalisedBy;
	}

	public Instant getFinalisedAt() {
		return finalisedAt;
	}
}
