package org.corporateparenting.reporting.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.corporateparenting.reporting.application.MeasurementCheck.Checked;
import org.corporateparenting.reporting.domain.Measurement;
import org.corporateparenting.reporting.domain.Measurements;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.Spreadsheets;
import org.corporateparenting.web.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering indicators' figures: one period at a time by form or API, or many from a CSV or XLSX file, previewed with
 * every row's problems before anything is recorded, then recorded all together or not at all.
 */
@Service
@Transactional(readOnly = true)
public class MeasurementRecording {

	/** The headings an upload is read by; the export uses the same, so an exported file can be sent back. */
	public static final List<String> HEADINGS = List.of("indicator", "period", "value", "numerator", "denominator",
			"target", "tolerance", "note");

	/** The column a confirmed preview adds: the version of each period's figures when the file was checked. */
	public static final String VERSION = "version";

	/** The columns an upload of figures is read by: the indicator and period are needed, the rest may be left out. */
	public static final Spreadsheets.Columns COLUMNS = Spreadsheets.Columns.exactly(List.of("indicator", "period"),
			Stream.concat(HEADINGS.stream(), Stream.of(VERSION)).toList());

	private final IndicatorCatalogue catalogue;

	private final Measurements measurements;

	/** Told of every change to the figures, which the dashboard's tiles show. */
	private final DashboardReadModel readModel;

	private final Clock clock;

	MeasurementRecording(IndicatorCatalogue catalogue, Measurements measurements, DashboardReadModel readModel,
			Clock clock) {
		this.catalogue = catalogue;
		this.readModel = readModel;
		this.measurements = measurements;
		this.clock = clock;
	}

	/** An indicator's measurements, oldest first. */
	public List<MeasurementView> history(String code) {
		Indicator indicator = catalogue.get(code);
		return measurements.findByIndicatorCodeOrderByPeriodStartAscPeriodAsc(code)
			.stream()
			.map(measurement -> MeasurementView.of(indicator, measurement))
			.toList();
	}

	public MeasurementView measurement(String code, String period) {
		Indicator indicator = catalogue.get(code);
		return measurements.findByIndicatorCodeAndPeriod(code, period)
			.map(measurement -> MeasurementView.of(indicator, measurement))
			.orElseThrow(() -> new NotFoundException("No figures for " + code + " in " + period));
	}

	public List<MeasurementView> histories(Collection<String> codes, Map<String, Indicator> indicators) {
		return measurements.findByIndicatorCodeInOrderByPeriodStartAscPeriodAsc(codes)
			.stream()
			.map(measurement -> MeasurementView.of(indicators.get(measurement.getIndicatorCode()), measurement))
			.toList();
	}

	/**
	 * Records a period's figures. A period already entered changes only when the request quotes the version it
	 * was read at (409 when someone changed it since).
	 */
	@Transactional
	public MeasurementView record(String code, MeasurementRequest request, String enteredBy) {
		Indicator indicator = catalogue.get(code);
		Checked checked = MeasurementCheck.check(indicator, request, "");
		if (!checked.ok()) {
			throw new InvalidInputException(checked.problems());
		}
		Optional<Measurement> existing = measurements.findByIndicatorCodeAndPeriod(code, checked.period().toString());
		Measurement measurement = existing.orElseGet(() -> new Measurement(code, checked.period()));
		if (existing.isPresent()) {
			Versions.require(request.version(), measurement.getVersion());
		}
		measurement.record(checked.figures(), enteredBy, clock.instant());
		readModel.indicatorsChanged();
		return MeasurementView.of(indicator, measurements.saveAndFlush(measurement));
	}

	@Transactional
	public void delete(String code, String period, @Nullable Long version) {
		catalogue.get(code);
		Measurement measurement = measurements.findByIndicatorCodeAndPeriod(code, period)
			.orElseThrow(() -> new NotFoundException("No figures for " + code + " in " + period));
		Versions.require(version, measurement.getVersion());
		measurements.delete(measurement);
		readModel.indicatorsChanged();
	}

	/** What an upload would do, row by row, without recording anything. */
	public UploadPreview preview(List<Spreadsheets.Row> rows) {
		CheckedUpload checked = check(rows);
		return new UploadPreview(checked.rows()
			.stream()
			.map(row -> new UploadRow(row.number(), row.indicator(), row.checked().period().toString(),
					row.indicator().format(row.checked().figures().value()),
					row.before() == null ? null : row.indicator().format(row.before().getValue()),
					row.before() == null ? null : row.before().getVersion()))
			.toList(), checked.problems());
	}

	/**
	 * Records every row of an upload, or nothing when any row has a problem. The file's figures win over what is
	 * recorded, unless the rows carry a {@code version} column (a confirmed preview does): then a period entered or
	 * changed since the preview is a conflict (409), and nothing is recorded.
	 */
	@Transactional
	public int apply(List<Spreadsheets.Row> rows, String enteredBy) {
		CheckedUpload checked = check(rows);
		if (!checked.problems().isEmpty()) {
			throw new InvalidInputException(checked.problems());
		}
		for (CheckedRow row : checked.rows()) {
			if (row.seenVersion().isPresent() && !row.seenVersion().get()
				.equals(row.before() == null ? "" : String.valueOf(row.before().getVersion()))) {
				throw new ConflictException("file", "Row " + row.number() + ": " + row.indicator().code() + " "
						+ row.checked().period() + " was changed after the file was checked. Check the file again.");
			}
		}
		for (CheckedRow row : checked.rows()) {
			Measurement measurement = row.before() != null ? row.before()
					: new Measurement(row.indicator().code(), row.checked().period());
			measurement.record(row.checked().figures(), enteredBy, clock.instant());
			measurements.save(measurement);
		}
		readModel.indicatorsChanged();
		return checked.rows().size();
	}

	/** Every row read and checked once, with what is recorded for its period now (one query for all of them). */
	private CheckedUpload check(List<Spreadsheets.Row> rows) {
		Map<String, Indicator> indicators = catalogue.byCode();
		List<FieldProblem> problems = new ArrayList<>();
		List<CheckedRow> planned = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		if (rows.isEmpty()) {
			return new CheckedUpload(List.of(), List.of(new FieldProblem("file", "The file has no rows under its headings")));
		}
		List<FieldProblem> columns = COLUMNS.problems(rows.getFirst().values().keySet());
		if (!columns.isEmpty()) {
			return new CheckedUpload(List.of(), columns);
		}
		Map<String, Measurement> existing = measurements.findByIndicatorCodeInOrderByPeriodStartAscPeriodAsc(
				rows.stream().map(row -> cell(row, "indicator")).filter(code -> code != null).toList())
			.stream()
			.collect(Collectors.toMap(m -> m.getIndicatorCode() + "|" + m.getPeriod(), m -> m));
		for (Spreadsheets.Row row : rows) {
			String prefix = "rows[" + row.number() + "].";
			String code = cell(row, "indicator");
			Indicator indicator = code == null ? null : indicators.get(code);
			if (indicator == null) {
				problems.add(new FieldProblem(prefix + "indicator",
						code == null ? "Row " + row.number() + ": enter the indicator's code"
								: "Row " + row.number() + ": there is no indicator " + code));
				continue;
			}
			List<FieldProblem> rowProblems = new ArrayList<>();
			MeasurementRequest request = new MeasurementRequest(cell(row, "period"),
					Cells.decimal(row, "value", prefix, rowProblems), Cells.integer(row, "numerator", prefix, rowProblems),
					Cells.integer(row, "denominator", prefix, rowProblems), Cells.decimal(row, "target", prefix, rowProblems),
					Cells.decimal(row, "tolerance", prefix, rowProblems), cell(row, "note"), null, null);
			if (rowProblems.isEmpty()) {
				Checked checked = MeasurementCheck.check(indicator, request, prefix);
				checked.problems().forEach(problem -> rowProblems.add(new FieldProblem(problem.field(),
						"Row " + row.number() + ": " + problem.message())));
				if (checked.ok()) {
					String key = code + "|" + checked.period();
					Integer earlier = seen.putIfAbsent(key, row.number());
					if (earlier != null) {
						rowProblems.add(new FieldProblem(prefix + "period", "Row " + row.number() + ": " + code + " "
								+ checked.period() + " is already on row " + earlier));
					}
					else {
						Optional<String> seenVersion = row.values().containsKey(VERSION)
								? Optional.of(Objects.toString(cell(row, VERSION), "")) : Optional.empty();
						planned.add(new CheckedRow(row.number(), indicator, checked, existing.get(key), seenVersion));
					}
				}
			}
			problems.addAll(rowProblems);
		}
		return new CheckedUpload(planned, problems);
	}

	/**
	 * @param before what is recorded for the period now, if anything
	 * @param seenVersion the version a confirmed preview saw ("" for none), when the rows carry one
	 */
	private record CheckedRow(int number, Indicator indicator, Checked checked, @Nullable Measurement before,
			Optional<String> seenVersion) {
	}

	private record CheckedUpload(List<CheckedRow> rows, List<FieldProblem> problems) {
	}

	/** The rows of an export, in upload form. */
	public List<List<String>> exportRows(Collection<String> codes) {
		Map<String, Indicator> indicators = catalogue.byCode();
		Map<String, List<MeasurementView>> byCode = new LinkedHashMap<>();
		histories(codes, indicators).forEach(view -> byCode.computeIfAbsent(view.indicatorCode(), c -> new ArrayList<>())
			.add(view));
		List<List<String>> rows = new ArrayList<>();
		codes.stream().filter(byCode::containsKey).forEach(code -> byCode.get(code).forEach(m -> rows.add(List.of(code,
				m.period(), Cells.plain(m.value()), Cells.plain(m.numerator()), Cells.plain(m.denominator()),
				Cells.plain(m.target()), Cells.plain(m.tolerance()), m.note() == null ? "" : m.note()))));
		return rows;
	}

	private static @Nullable String cell(Spreadsheets.Row row, String heading) {
		String value = row.values().get(heading);
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * @param was the value recorded now, if the period was entered before
	 * @param version the version of what is recorded now, which confirming the preview expects to find unchanged
	 */
	public record UploadRow(int row, Indicator indicator, String period, String value, @Nullable String was,
			@Nullable Long version) {
	}

	public record UploadPreview(List<UploadRow> rows, List<FieldProblem> problems) {
	}
}
