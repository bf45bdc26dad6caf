package org.corporateparenting.inspection;

import org.corporateparenting.web.Labelled;

/**
 * The judgements of Ofsted's inspection of local authority children's services (ILACS) that corporate parenting
 * speaks to; care leavers have been judged apart from children in care since 2023.
 */
public enum JudgementArea implements Labelled {

	CHILDREN_IN_CARE("The experiences and progress of children in care"),
	CARE_LEAVERS("The experiences and progress of care leavers"),
	LEADERS_IMPACT("The impact of leaders on social work practice with children and families");

	private final String label;

	JudgementArea(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
