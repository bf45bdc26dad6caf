package org.corporateparenting.web.disclosure;

/** The DfE's symbols for a figure that is not shown, as every page and export that leaves a council uses them. */
public enum DisclosureSymbol {

	SUPPRESSED("c"), NOT_APPLICABLE("z"), ROUNDS_TO_ZERO("k"), NOT_AVAILABLE("x");

	private final String symbol;

	DisclosureSymbol(String symbol) {
		this.symbol = symbol;
	}

	/** What is shown in the figure's place. */
	public String symbol() {
		return symbol;
	}

	@Override
	public String toString() {
		return symbol;
	}
}
