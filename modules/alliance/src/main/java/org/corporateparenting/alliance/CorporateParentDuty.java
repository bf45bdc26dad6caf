package org.corporateparenting.alliance;

import org.corporateparenting.web.Labelled;

/**
 * What the Children's Wellbeing and Schools Act 2026 asks of a relevant corporate parent beyond the council: to have
 * regard to the seven principles, be alert to what affects children in care and care leavers, and collaborate with
 * the council and other corporate parents (sharing information, advising, coordinating), and to say publicly how.
 */
public enum CorporateParentDuty implements Labelled {

	HAVE_REGARD_TO_PRINCIPLES("Have regard to the corporate parenting principles"),
	BE_ALERT("Be alert to matters affecting looked-after children and care leavers"),
	COLLABORATE("Collaborate with the council and other corporate parents"),
	SHARE_INFORMATION("Share information"),
	ADVISE("Give advice and assistance"),
	COORDINATE("Coordinate services"),
	PUBLISH("Publish how it carries out its corporate parenting responsibilities");

	private final String label;

	CorporateParentDuty(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
