package org.corporateparenting.strategy.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.corporateparenting.strategy.application.PlanTable;
import org.corporateparenting.strategy.application.ProgressImport;
import org.corporateparenting.strategy.application.StrategyPlanning;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.Downloads;
import org.corporateparenting.web.Spreadsheets;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Turns action plans into downloads and uploaded files into progress rows, for the API and the pages alike. */
@Component
class PlanExchange {

	private final PlanTable table;

	private final StrategyPlanning planning;

	PlanExchange(PlanTable table, StrategyPlanning planning) {
		this.table = table;
		this.planning = planning;
	}

	ResponseEntity<byte[]> csv(String council, long planId) {
		return Downloads.attachment(Spreadsheets.csv(PlanTable.HEADERS, table.rows(planId)), Downloads.CSV,
				fileName(council, planId, "csv"));
	}

	ResponseEntity<byte[]> xlsx(String council, long planId) {
		String year = planning.plan(planId).getYear().toString().replace('/', '-');
		return Downloads.attachment(Spreadsheets.xlsx(PlanTable.COLUMNS, "Action plan " + year, table.rows(planId)),
				Downloads.XLSX, fileName(council, planId, "xlsx"));
	}

	List<ProgressImport.Row> rows(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw InvalidInputException.of("file", "Choose a CSV or XLSX file of progress updates");
		}
		try {
			return Spreadsheets.read(file.getOriginalFilename(), file.getInputStream(), ProgressImport.COLUMNS)
				.stream()
				.map(row -> new ProgressImport.Row(row.number(), row.values()))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String fileName(String council, long planId, String extension) {
		return council + "-action-plan-" + planning.plan(planId).getYear().toString().replace('/', '-') + "."
				+ extension;
	}

}
