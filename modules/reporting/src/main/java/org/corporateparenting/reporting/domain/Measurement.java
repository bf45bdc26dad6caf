package org.corporateparenting.reporting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.corporateparenting.reporting.Period;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An indicator's value for one period, with the target it is held to and who entered it. One per indicator and
 * period; entering it again changes it (the history keeps every version).
 */
@Entity
@Table(name = "measurement")
@Audited
public class Measurement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String indicatorCode;

	private String period;

	private LocalDate periodStart;

	@Column(precision = 14, scale = 2)
	private BigDecimal value;

	private @Nullable Integer numerator;

	private @Nullable Integer denominator;

	@Column(precision = 14, scale = 2)
	private @Nullable BigDecimal target;

	@Column(precision = 14, scale = 2)
	private @Nullable BigDecimal tolerance;

	private @Nullable String note;

	private boolean illustrative;

	private String enteredBy;

	private Instant enteredAt;

	protected Measurement() {
	}

	public Measurement(String indicatorCode, Period period) {
		this.indicatorCode = indicatorCode;
		this.period = period.toString();
		this.periodStart = period.start();
	}

	public void record(Figures figures, String enteredBy, Instant enteredAt) {
		this.value = figures.value();
		this.numerator = figures.numerator();
		this.denominator = figures.denominator();
		this.target = figures.target();
		this.tolerance = figures.tolerance();
		this.note = figures.note();
		this.illustrative = figures.illustrative();
		this.enteredBy = enteredBy;
		this.enteredAt = enteredAt;
	}

	/** What was entered for a period, already checked against the indicator's unit. */
	public record Figures(BigDecimal value, @Nullable Integer numerator, @Nullable Integer denominator,
			@Nullable BigDecimal target, @Nullable BigDecimal tolerance, @Nullable String note, boolean illustrative) {
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getIndicatorCode() {
		return indicatorCode;
	}

	public Period getPeriod() {
		return Period.parse(period).orElseThrow();
	}

	public LocalDate getPeriodStart() {
		return periodStart;
	}

	public BigDecimal getValue() {
		return value;
	}

	public @Nullable Integer getNumerator() {
		return numerator;
	}

	public @Nullable Integer getDenominator() {
		return denominator;
	}

	public @Nullable BigDecimal getTarget() {
		return target;
	}

	public @Nullable BigDecimal getTolerance() {
		return tolerance;
	}

	public @Nullable String getNote() {
		return note;
	}

	public boolean isIllustrative() {
		return illustrative;
	}

	public String getEnteredBy() {
		return enteredBy;
	}

	public Instant getEnteredAt() {
		return enteredAt;
	}
}
