package org.corporateparenting.pledges.domain;

import org.corporateparenting.pledges.CommitmentPeriod;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A measurable promise within a pledge, such as "board members meet children in care at least four times a
 * year": a target counted over a period, which other modules can later check.
 */
@Embeddable
public record Commitment(@Column(name = "commitment_description") String description,
		@Column(name = "commitment_target") Integer target, @Column(name = "commitment_unit") String unit,
		@Enumerated(EnumType.STRING) @Column(name = "commitment_period") CommitmentPeriod period) {
}
