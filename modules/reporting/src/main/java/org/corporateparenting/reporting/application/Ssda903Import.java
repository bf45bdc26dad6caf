package org.corporateparenting.reporting.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corporateparenting.reporting.Period;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.Spreadsheets;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's national indicators worked out from the council's SSDA903 return: the tables are read and checked in
 * memory ({@link Ssda903Extract}), the figures worked out ({@link Ssda903Figures}), and only those aggregates go on,
 * as the rows of a figures upload, to be previewed and recorded by {@link MeasurementRecording} like any upload.
 * No child-level row is stored or logged.
 */
@Service
@Transactional(readOnly = true)
public class Ssda903Import {

	private final MeasurementRecording recording;

	Ssda903Import(MeasurementRecording recording) {
		this.recording = recording;
	}

	/** What the extract would record for the year, figure by figure, with what is recorded now; records nothing. */
	public Preview preview(Map<String, List<Spreadsheets.Row>> tables, @Nullable String periodText) {
		List<Spreadsheets.Row> rows = figures(tables, periodText);
		MeasurementRecording.UploadPreview preview = recording.preview(rows);
		if (!preview.problems().isEmpty()) {
			throw new InvalidInputException(preview.problems());
		}
		return new Preview(preview, rows);
	}

	/** Records the year's figures worked out from the extract, all or none. */
	@Transactional
	public int record(Map<String, List<Spreadsheets.Row>> tables, @Nullable String periodText, String by) {
		return recording.apply(figures(tables, periodText), by);
	}

	/** The extract's figures as the rows of a figures upload; every problem of the extract at once. */
	private static List<Spreadsheets.Row> figures(Map<String, List<Spreadsheets.Row>> tables,
			@Nullable String periodText) {
		List<FieldProblem> problems = new ArrayList<>();
		Period period = Period.parse(periodText).filter(p -> !p.isQuarter()).orElse(null);
		if (period == null) {
			problems.add(new FieldProblem("period", "Give the year of the return, April to March, such as 2024-25"));
		}
		Ssda903Extract extract = Ssda903Extract.read(tables, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<Spreadsheets.Row> rows = new ArrayList<>();
		for (Ssda903Figures.Figure figure : Ssda903Figures.of(extract, period.start())) {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("indicator", figure.code());
			values.put("period", period.toString());
			values.put("value", Cells.plain(figure.value()));
			values.put("numerator", Cells.plain(figure.numerator()));
			values.put("denominator", Cells.plain(figure.denominator()));
			values.put("note", "From the SSDA903 return. " + figure.note());
			rows.add(new Spreadsheets.Row(rows.size() + 2, values));
		}
		return rows;
	}

	/**
	 * @param figures each figure as it would be recorded, with what is recorded for the year now
	 * @param rows the figures as upload rows, which a confirmed preview records (never a child's row)
	 */
	public record Preview(MeasurementRecording.UploadPreview figures, List<Spreadsheets.Row> rows) {
	}
}
