package org.corporateparenting.reporting.web;

import java.util.ArrayList;
import java.util.List;

import org.corporateparenting.reporting.application.WellbeingComparison;
import org.corporateparenting.web.Downloads;
import org.corporateparenting.web.Spreadsheets;
import org.corporateparenting.web.Spreadsheets.Column;
import org.corporateparenting.web.Spreadsheets.Kind;
import org.corporateparenting.web.disclosure.DisclosureControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The well-being comparison as a spreadsheet: each domain, then each question, with the council's share, the
 * average of the councils taking part and how many they were, and the symbols' legend after the figures.
 */
@Component
class WellbeingExports {

	private final DisclosureControl disclosure;

	WellbeingExports(DisclosureControl disclosure) {
		this.disclosure = disclosure;
	}

	ResponseEntity<byte[]> comparison(String council, WellbeingComparison.Comparison comparison) {
		List<Column> columns = List.of(Column.text("Version"), Column.text("Year"), Column.text("Domain or question"),
				Column.text("Key"), Column.text("Domain"), Column.text("Wording"),
				new Column("This council", Kind.FIGURE), new Column("Average of the councils taking part", Kind.FIGURE),
				new Column("Councils", Kind.NUMBER));
		List<List<String>> rows = new ArrayList<>();
		String year = comparison.year() == null ? "" : String.valueOf(comparison.year());
		for (WellbeingComparison.Item item : comparison.items()) {
			rows.add(List.of(comparison.versionLabel(), year, item.wholeDomain() ? "Domain" : "Question", item.key(),
					item.domain().label(), item.label(), item.council().shown(), item.average(),
					String.valueOf(item.councils())));
		}
		rows.addAll(disclosure.legendRows());
		String fileName = council + "-wellbeing-" + Downloads.slug(comparison.version().name()) + "-" + year;
		return Downloads.attachment(Spreadsheets.xlsx(columns, "Well-being", rows), Downloads.XLSX,
				fileName + ".xlsx");
	}
}
