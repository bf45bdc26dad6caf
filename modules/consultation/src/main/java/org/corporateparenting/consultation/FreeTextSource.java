package org.corporateparenting.consultation;

import org.corporateparenting.web.Labelled;

/** Where someone's own words arrive in the consultation module, each screened for a possible disclosure of harm. */
public enum FreeTextSource implements Labelled {

	/** A young person's (or anyone's) answer in their own words to a survey question, through an anonymous link. */
	SURVEY_ANSWER("Survey answer"),

	/** What a forum of young people did and said, as recorded by the officer who supports it. */
	FORUM_ACTIVITY("Forum record");

	private final String label;

	FreeTextSource(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
