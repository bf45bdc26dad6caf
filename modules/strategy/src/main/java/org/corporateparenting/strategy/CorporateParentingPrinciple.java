package org.corporateparenting.strategy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The seven corporate parenting principles of the Children and Social Work Act 2017, section 1: the same for every
 * council. Every priority serves one or more of them.
 */
public enum CorporateParentingPrinciple {

	BEST_INTERESTS(1, "to act in the best interests, and promote the physical and mental health and well-being, of those children and young people"),
	EXPRESS_VIEWS(2, "to encourage those children and young people to express their views, wishes and feelings"),
	TAKE_VIEWS_INTO_ACCOUNT(3, "to take into account the views, wishes and feelings of those children and young people"),
	ACCESS_TO_SERVICES(4, "to help those children and young people gain access to, and make the best use of, services provided by the local authority and its relevant partners"),
	HIGH_ASPIRATIONS(5, "to promote high aspirations, and seek to secure the best outcomes, for those children and young people"),
	SAFE_AND_STABLE(6, "for those children and young people to be safe, and for stability in their home lives, relationships and education or work"),
	PREPARE_FOR_ADULTHOOD(7, "to prepare those children and young people for adulthood and independent living");

	private final int number;

	private final String wording;

	CorporateParentingPrinciple(int number, String wording) {
		this.number = number;
		this.wording = wording;
	}

	public int number() {
		return number;
	}

	public String wording() {
		return wording;
	}

	public static Optional<CorporateParentingPrinciple> numbered(int number) {
		return Arrays.stream(values()).filter(principle -> principle.number == number).findFirst();
	}
}
