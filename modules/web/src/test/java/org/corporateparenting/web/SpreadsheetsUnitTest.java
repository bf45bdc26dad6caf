package org.corporateparenting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class SpreadsheetsUnitTest {

	static final List<String> HEADINGS = List.of("Reference", "Progress narrative", "Percent complete");

	static final List<List<String>> ROWS = List.of(List.of("WAL-1", "Met, with \"quotes\" and a comma", "50"),
			List.of("WAL-2", "Two lines\nof narrative", "100"));

	@Test
	void csvAndXlsxReadBackAsWritten() {
		var fromCsv = Spreadsheets.read("a.csv", new ByteArrayInputStream(Spreadsheets.csv(HEADINGS, ROWS)));
		var fromXlsx = Spreadsheets.read("a.xlsx", new ByteArrayInputStream(Spreadsheets.xlsx("Sheet", HEADINGS, ROWS)));

		assertThat(fromCsv).hasSize(2);
		assertThat(fromCsv.get(0).number()).isEqualTo(2);
		assertThat(fromCsv.get(0).values()).containsEntry("Progress narrative", "Met, with \"quotes\" and a comma");
		assertThat(fromCsv.get(1).values()).containsEntry("Progress narrative", "Two lines\nof narrative");
		assertThat(fromXlsx.stream().map(Spreadsheets.Row::values).toList())
			.isEqualTo(fromCsv.stream().map(Spreadsheets.Row::values).toList());
	}

	@Test
	void csvWithWindowsLineEndingsAsABrowserSendsItReadsTheSame() {
		String sent = new String(Spreadsheets.csv(HEADINGS, ROWS), StandardCharsets.UTF_8).replace("\n", "\r\n");

		var rows = Spreadsheets.read("a.csv", new ByteArrayInputStream(sent.getBytes(StandardCharsets.UTF_8)));

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).values()).containsEntry("Reference", "WAL-1").containsEntry("Percent complete", "50");
	}

	@Test
	void somethingElseIsRefusedAsAFieldProblem() {
		assertThatThrownBy(() -> Spreadsheets.read("a.txt", new ByteArrayInputStream(new byte[0])))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().getFirst().field()).isEqualTo("file"));
	}
}
