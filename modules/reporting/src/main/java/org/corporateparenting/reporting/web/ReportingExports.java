package org.corporateparenting.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corporateparenting.reporting.application.Dashboard;
import org.corporateparenting.reporting.application.IndicatorCatalogue;
import org.corporateparenting.reporting.application.IndicatorTiles;
import org.corporateparenting.reporting.application.MeasurementRecording;
import org.corporateparenting.reporting.application.NeighbourComparison;
import org.corporateparenting.reporting.application.PartnershipComparison;
import org.corporateparenting.reporting.domain.DashboardCadence;
import org.corporateparenting.web.Downloads;
import org.corporateparenting.web.Spreadsheets;
import org.corporateparenting.web.Spreadsheets.Column;
import org.corporateparenting.web.Spreadsheets.Kind;
import org.corporateparenting.web.disclosure.DisclosureControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The files people take away: the dashboard's figures, indicators' histories (in the form an upload reads back),
 * and a partnership's comparison, each as CSV or XLSX.
 */
@Component
class ReportingExports {

	private static final List<String> DASHBOARD_HEADINGS = List.of("Section", "Item", "Measure", "Value");

	/** Figures are shown as the pages show them: a percentage with its sign, a count, or "c" where suppressed. */
	private static final Map<String, Kind> DASHBOARD_KINDS = Map.of("Value", Kind.FIGURE);

	private static final Map<String, Kind> MEASUREMENT_KINDS = Map.of("value", Kind.NUMBER, "numerator", Kind.NUMBER,
			"denominator", Kind.NUMBER, "target", Kind.NUMBER, "tolerance", Kind.NUMBER);

	private final Dashboard dashboard;

	private final MeasurementRecording recording;

	private final IndicatorCatalogue catalogue;

	private final DisclosureControl disclosure;

	ReportingExports(Dashboard dashboard, MeasurementRecording recording, IndicatorCatalogue catalogue,
			DisclosureControl disclosure) {
		this.disclosure = disclosure;
		this.dashboard = dashboard;
		this.recording = recording;
		this.catalogue = catalogue;
	}

	ResponseEntity<byte[]> dashboard(String council, boolean xlsx) {
		List<List<String>> rows = dashboardRows(dashboard.view());
		return table("Dashboard", Column.of(DASHBOARD_HEADINGS, DASHBOARD_KINDS), rows, council + "-dashboard", xlsx);
	}

	static List<List<String>> dashboardRows(Dashboard.View view) {
		List<List<String>> rows = new ArrayList<>();
		for (Dashboard.PriorityRow priority : view.priorities()) {
			String item = priority.number() + ". " + priority.title();
			var counts = priority.counts();
			rows.add(List.of("Strategy", item, "Actions", "" + counts.actions()));
			rows.add(List.of("Strategy", item, "Green", "" + counts.green()));
			rows.add(List.of("Strategy", item, "Amber", "" + counts.amber()));
			rows.add(List.of("Strategy", item, "Red", "" + counts.red()));
			rows.add(List.of("Strategy", item, "Not rated", "" + counts.notRated()));
			rows.add(List.of("Strategy", item, "Complete", "" + counts.complete()));
			rows.add(List.of("Strategy", item, "Overdue", "" + counts.overdue()));
		}
		for (Dashboard.ThemeProgress theme : view.themes()) {
			rows.add(List.of("Delivery by theme", theme.theme().label(), "Green or complete (%)",
					theme.percentage() == null ? "" : "" + theme.percentage()));
		}
		rows.add(List.of("Pledges", "Pledges in force", "Being worked on", "" + view.pledges().inProgress()));
		rows.add(List.of("Pledges", "Pledges in force", "Delivered", "" + view.pledges().delivered()));
		rows.add(List.of("Pledges", "Pledges in force", "Not yet given to a work stream", "" + view.pledges().notAssigned()));
		rows.add(List.of("Pledges", "Work streams", "Active", "" + view.pledges().activeWorkStreams()));
		for (DashboardCadence body : view.cadence()) {
			rows.add(List.of("Alliance", body.getName(), "Meetings in the last 12 months", "" + body.getHeld()));
			rows.add(List.of("Alliance", body.getName(), "Meetings promised a year", "" + body.getExpected()));
			if (body.getWithYoungPeople() != null) {
				rows.add(List.of("Alliance", body.getName(), "Meetings with young people", "" + body.getWithYoungPeople()));
			}
		}
		rows.add(List.of("Alliance", "Allocated actions", "Overdue", "" + view.overdueAllocatedActions()));
		rows.add(List.of("Voice of the child", "Consultations", "Open", "" + view.voice().openConsultations()));
		rows.add(List.of("Voice of the child", "You said, we did", "Published", "" + view.voice().youSaidWeDid()));
		rows.add(List.of("Voice of the child", "You said, we did", "We did it", "" + view.voice().done()));
		rows.add(List.of("Voice of the child", "You said, we did", "We are going to do it", "" + view.voice().planned()));
		for (IndicatorTiles.Tile tile : view.tiles()) {
			rows.add(List.of("Indicators", tile.indicator().code() + " " + tile.indicator().name(),
					tile.latest() == null ? "Latest" : "Latest (" + tile.latest().period() + ")",
					tile.latest() == null ? "" : tile.latest().shown()));
			rows.add(List.of("Indicators", tile.indicator().code() + " " + tile.indicator().name(), "Target",
					tile.target()));
		}
		return rows;
	}

	/** Every measurement of the given indicators (all the council's when none are named), as an upload reads them. */
	ResponseEntity<byte[]> measurements(String council, List<String> codes, boolean xlsx) {
		List<String> chosen = codes.isEmpty() ? catalogue.all().stream().map(i -> i.code()).toList() : codes;
		chosen.forEach(catalogue::get);
		List<List<String>> rows = recording.exportRows(chosen);
		return table("Indicators", Column.of(MeasurementRecording.HEADINGS, MEASUREMENT_KINDS), rows,
				council + "-indicators", xlsx);
	}

	ResponseEntity<byte[]> comparison(PartnershipComparison.Overview overview, boolean xlsx) {
		List<Column> columns = new ArrayList<>(List.of(Column.text("Indicator code"), Column.text("Indicator"),
				Column.text("Period")));
		overview.councils().forEach(council -> columns.add(new Column(council.name(), Kind.FIGURE)));
		columns.add(new Column("Partnership average", Kind.FIGURE));
		columns.add(new Column("England", Kind.FIGURE));
		List<List<String>> rows = new ArrayList<>();
		for (PartnershipComparison.Comparison comparison : overview.comparisons()) {
			List<String> row = new ArrayList<>(List.of(comparison.indicator().code(), comparison.indicator().name(),
					String.valueOf(overview.period())));
			comparison.cells().forEach(cell -> row.add(cell.shown()));
			row.add(comparison.averageShown());
			row.add(comparison.englandShown());
			rows.add(row);
		}
		withLegend(rows);
		String name = overview.partnership().slug() + "-" + overview.period();
		return table("Comparison", columns, rows, name, xlsx);
	}

	/**
	 * The council beside its statistical neighbours (each by its rank, named when on the platform), its region and
	 * England for one period, with its rank and quartile, as the benchmarking page shows them.
	 */
	ResponseEntity<byte[]> benchmarks(String slug, NeighbourComparison.Benchmarks benchmarks, boolean xlsx) {
		List<Column> columns = new ArrayList<>(List.of(Column.text("Indicator code"), Column.text("Indicator"),
				Column.text("Period"), new Column(benchmarks.council(), Kind.FIGURE)));
		benchmarks.neighbours()
			.forEach(neighbour -> columns.add(new Column("Neighbour " + neighbour.rank() + " ("
					+ (neighbour.name() == null ? neighbour.onsCode() : neighbour.name()) + ")", Kind.FIGURE)));
		columns.addAll(List.of(new Column("Neighbours' average", Kind.FIGURE),
				new Column("Region (" + benchmarks.region() + ")", Kind.FIGURE), new Column("England", Kind.FIGURE),
				Column.text("Rank"), Column.text("Quartile")));
		List<List<String>> rows = new ArrayList<>();
		for (NeighbourComparison.Benchmark benchmark : benchmarks.indicators()) {
			List<String> row = new ArrayList<>(List.of(benchmark.indicator().code(), benchmark.indicator().name(),
					String.valueOf(benchmarks.period()), benchmark.council().shown()));
			benchmark.neighbours().forEach(figure -> row.add(figure.shown()));
			row.addAll(List.of(benchmark.neighbourAverage(), benchmark.region(), benchmark.england(), benchmark.rank(),
					benchmark.quartile()));
			rows.add(row);
		}
		if (benchmarks.table().illustrative()) {
			rows.add(List.of(""));
			rows.add(List.of("The statistical neighbour table is illustrative: made up for a demonstration, not the DfE's."));
		}
		withLegend(rows);
		return table("Benchmarking", columns, rows,
				slug + "-benchmarking" + (benchmarks.period() == null ? "" : "-" + benchmarks.period()), xlsx);
	}

	/** The disclosure symbols' legend after the figures, past a blank row, so it travels with them. */
	private void withLegend(List<List<String>> rows) {
		rows.addAll(disclosure.legendRows());
	}

	/** A table as an XLSX sheet or a CSV file, named {@code fileName} with its extension. */
	private static ResponseEntity<byte[]> table(String sheet, List<Column> columns, List<List<String>> rows,
			String fileName, boolean xlsx) {
		return xlsx ? Downloads.attachment(Spreadsheets.xlsx(columns, sheet, rows), Downloads.XLSX, fileName + ".xlsx")
				: Downloads.attachment(Spreadsheets.csv(columns.stream().map(Column::heading).toList(), rows),
						Downloads.CSV, fileName + ".csv");
	}
}
