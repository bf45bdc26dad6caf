package org.corporateparenting.consultation;

import org.corporateparenting.web.Labelled;

/** The kinds of survey question. */
public enum QuestionType implements Labelled {

	SINGLE_CHOICE("Choose one"), MULTIPLE_CHOICE("Choose any"), RATING("Rating from 1 to 5"), YES_NO("Yes or no"), FREE_TEXT("Own words");

	private final String label;

	QuestionType(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
