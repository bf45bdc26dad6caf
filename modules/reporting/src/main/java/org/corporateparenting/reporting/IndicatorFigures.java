package org.corporateparenting.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.corporateparenting.strategy.Rag;
import org.jspecify.annotations.Nullable;

/**
 * The council's indicators as other modules name them, by code, each with its latest figure against its target:
 * inspection evidence points at the figures that show how children in care and care leavers are doing. Called in the
 * current council's context.
 */
public interface IndicatorFigures {

	/** Every indicator the council can name (the national ones, then its own), to choose one from. */
	List<IndicatorFigure> all();

	/** The indicators with these codes, by code, with their latest figures; unknown codes are left out. */
	Map<String, IndicatorFigure> byCodes(Collection<String> codes);

	/**
	 * @param period the period of the latest figure, such as "2024/25" or "2025-Q2", if there is one
	 * @param latest the latest figure as pages show it (with its unit), if there is one
	 * @param target that figure's target as pages show it, if it has one
	 * @param rag the latest figure against its target, if it has one
	 * @param path where its page is, below {@code /councils/{council}}
	 */
	record IndicatorFigure(String code, String name, @Nullable String period, @Nullable String latest,
			@Nullable String target, @Nullable Rag rag, String path) {
	}
}
