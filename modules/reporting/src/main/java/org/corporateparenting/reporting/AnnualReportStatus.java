package org.corporateparenting.reporting;

import org.corporateparenting.web.Labelled;

/** Where the board's annual report is: a draft changes; a finalised report is frozen, words and figures. */
public enum AnnualReportStatus implements Labelled {

	DRAFT("Draft"), FINALISED("Finalised");

	private final String label;

	AnnualReportStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
