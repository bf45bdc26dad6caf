package org.corporateparenting.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corporateparenting.reporting.application.StatisticalNeighbours;
import org.corporateparenting.web.Downloads;
import org.corporateparenting.web.Spreadsheets;
import org.springframework.http.ResponseEntity;

/** The statistical neighbour table as a CSV in the form a load reads, so a table taken away can be loaded again. */
final class StatisticalNeighboursFile {

	private StatisticalNeighboursFile() {
	}

	static ResponseEntity<byte[]> csv(Map<String, List<String>> table) {
		List<String> headings = new ArrayList<>(List.of(StatisticalNeighbours.COUNCIL));
		for (int rank = 1; rank <= StatisticalNeighbours.MOST; rank++) {
			headings.add(StatisticalNeighbours.neighbourColumn(rank));
		}
		List<List<String>> rows = new ArrayList<>();
		table.forEach((council, neighbours) -> {
			List<String> row = new ArrayList<>(List.of(council));
			row.addAll(neighbours);
			rows.add(row);
		});
		return Downloads.attachment(Spreadsheets.csv(headings, rows), Downloads.CSV, "statistical-neighbours.csv");
	}
}
