package org.corporateparenting.strategy.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.corporateparenting.strategy.Rag;
import org.corporateparenting.strategy.domain.Action;
import org.corporateparenting.strategy.domain.Priority;
import org.corporateparenting.web.Spreadsheets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An action plan as a table, for the CSV and spreadsheet downloads. The last columns are left empty for progress:
 * fill them in for the actions that moved on, and the same file imports back as progress updates.
 */
@Component
public class PlanTable {

	public static final List<String> HEADERS = List.of("Reference", "Priority", "Action", "Owner", "Start date",
			"Due date", "Status", ProgressImport.PERCENT, "Suggested RAG", "RAG", "RAG override reason", "Overdue",
			"Illustrative", "Outcome measure", ProgressImport.DATE, ProgressImport.NARRATIVE, ProgressImport.EVIDENCE,
			ProgressImport.DROP_REASON);

	/** The same columns typed for a spreadsheet: dates as dates, the percentage as a percentage. */
	public static final List<Spreadsheets.Column> COLUMNS = Spreadsheets.Column.of(HEADERS,
			Map.of("Start date", Spreadsheets.Kind.DATE, "Due date", Spreadsheets.Kind.DATE, ProgressImport.PERCENT,
					Spreadsheets.Kind.PERCENT, ProgressImport.DATE, Spreadsheets.Kind.DATE));

	private final StrategyPlanning planning;

	private final ActionTracking tracking;

	PlanTable(StrategyPlanning planning, ActionTracking tracking) {
		this.planning = planning;
		this.tracking = tracking;
	}

	@Transactional(readOnly = true)
	public List<List<String>> rows(long planId) {
		LocalDate today = tracking.today();
		long strategyId = planning.plan(planId).getStrategy().getId();
		Map<Long, String> priorities = planning.priorities(strategyId)
			.stream()
			.collect(Collectors.toMap(Priority::getId, Priority::getTitle));
		return tracking.actions(planId).stream().map(action -> row(action, priorities, today)).toList();
	}

	private static List<String> row(Action a, Map<Long, String> priorities, LocalDate today) {
		return List.of(a.getReference(), priorities.getOrDefault(a.getPriority().getId(), ""), a.getTitle(),
				a.getOwner(), a.getStartDate().toString(), a.getDueDate().toString(), words(a.getStatus().name()),
				String.valueOf(a.getPercentComplete()), rag(a.suggestedRag(today)), rag(a.rag(today)),
				text(a.getRagOverrideReason()), a.isOverdue(today) ? "Yes" : "No", a.isIllustrative() ? "Yes" : "No",
				text(a.getOutcomeMeasure()), "", "",
				"", "");
	}

	static String words(String constant) {
		String spaced = constant.replace('_', ' ').toLowerCase();
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	private static String rag(Rag rag) {
		return rag == null ? "" : words(rag.name());
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
