package org.corporateparenting.platform.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.strategy.application.PlanTable;
import org.corporateparenting.web.Spreadsheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** An action plan goes out as CSV and XLSX and comes back as progress updates: previewed, then all or nothing. */
@PlatformTest
class PlanExchangeIntegrationTest {

	static final String BASE = "/api/councils/exportshire";

	@LocalServerPort
	int port;

	PlatformApi api;

	String officer;

	long plan;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
		String admin = api.token("platform-admin");
		if (api.get("/api/admin/councils/exportshire", admin).status() == 404) {
			api.post("/api/admin/councils", admin, Map.of("slug", "exportshire", "name", "Exportshire Council",
					"onsCode", "E06000097", "region", "South West"));
		}
		officer = api.token("exportshire-officer");
		long strategy = api.post(BASE + "/strategies", officer, Map.of("title", "Exportshire strategy",
				"periodStart", "2024-04-01", "periodEnd", "2027-03-31")).json().get("id").asLong();
		long priority = api.post(BASE + "/strategies/" + strategy + "/priorities", officer, Map.of("title",
				"Health and wellbeing", "principles", List.of(1), "theme", "HEALTH_WELLBEING")).json().get("id").asLong();
		plan = api.post(BASE + "/strategies/" + strategy + "/action-plans", officer, Map.of("year", "2024/25"))
			.json()
			.get("id")
			.asLong();
		for (String title : List.of("Health assessments on time", "Dental checks for every child")) {
			api.post(BASE + "/action-plans/" + plan + "/actions", officer, Map.of("priorityId", priority, "title",
					title, "owner", "Designated Nurse", "startDate", "2024-04-01", "dueDate", "2025-03-31",
					"illustrative", title.startsWith("Dental")));
		}
	}

	@Test
	void thePlanDownloadsAsCsvAndSpreadsheetWithTheSameRows() {
		byte[] csv = api.download(BASE + "/action-plans/" + plan + "/export.csv", officer);
		byte[] xlsx = api.download(BASE + "/action-plans/" + plan + "/export.xlsx", officer);

		var fromCsv = Spreadsheets.read("plan.csv", new ByteArrayInputStream(csv));
		var fromXlsx = Spreadsheets.read("plan.xlsx", new ByteArrayInputStream(xlsx));
		assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFReference,Priority,Action");
		assertThat(fromCsv).hasSize(2);
		assertThat(fromCsv.getFirst().values()).containsEntry("Action", "Health assessments on time")
			.containsEntry("Priority", "Health and wellbeing")
			.containsEntry("Status", "Not started")
			.containsEntry("Overdue", "Yes")
			.containsEntry("Illustrative", "No");
		assertThat(fromCsv.get(1).values()).containsEntry("Action", "Dental checks for every child")
			.containsEntry("Illustrative", "Yes");
		assertThat(fromXlsx.stream().map(Spreadsheets.Row::values).toList())
			.isEqualTo(fromCsv.stream().map(Spreadsheets.Row::values).toList());
	}

	@Test
	void theSpreadsheetHasDatesAsDatesAndThePercentageAsAPercentage() throws Exception {
		byte[] xlsx = api.download(BASE + "/action-plans/" + plan + "/export.xlsx", officer);

		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new ByteArrayInputStream(xlsx),
				new org.dhatim.fastexcel.reader.ReadingOptions(true, false));
				var rows = workbook.getFirstSheet().openStream()) {
			var row = rows.skip(1).findFirst().orElseThrow();
			var due = row.getCell(PlanTable.HEADERS.indexOf("Due date"));
			assertThat(due.getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
			assertThat(due.asDate().toLocalDate()).isEqualTo(java.time.LocalDate.of(2025, 3, 31));
			var percent = row.getCell(PlanTable.HEADERS.indexOf("Percent complete"));
			assertThat(percent.asNumber()).isEqualByComparingTo("0");
			assertThat(percent.getDataFormatString()).isEqualTo("0%");
			assertThat(row.getCell(0).getType()).as("the reference stays text")
				.isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
		}
	}

	@Test
	void progressComesBackFromTheDownloadedFileAllOrNothing() {
		var rows = Spreadsheets.read("plan.csv",
				new ByteArrayInputStream(api.download(BASE + "/action-plans/" + plan + "/export.csv", officer)));
		List<List<String>> edited = new ArrayList<>();
		for (var row : rows) {
			Map<String, String> values = new java.util.LinkedHashMap<>(row.values());
			values.put("Progress narrative", "Reviewed at the health steering group");
			values.put("Status", row.number() == 2 ? "At risk" : "Finished");
			values.put("Percent complete", row.number() == 2 ? "40" : "120");
			edited.add(List.copyOf(values.values()));
		}
		List<String> headings = List.copyOf(rows.getFirst().values().keySet());
		byte[] withProblems = Spreadsheets.csv(headings, edited);

		JsonNode preview = api.upload(BASE + "/action-plans/" + plan + "/progress-import/preview", officer,
				"progress.csv", withProblems).json();
		assertThat(preview.get("problemCount").asInt()).isEqualTo(2);
		assertThat(preview.get("rows").get(1).get("problems").findValuesAsString("field"))
			.containsExactlyInAnyOrder("status", "percentComplete");
		assertThat(preview.get("rows").get(1).get("problems").findValuesAsString("message"))
			.as("problems name the file's own column headings")
			.containsExactlyInAnyOrder("Status must be one of Not started, On track, At risk, Off track, Complete or"
					+ " Dropped", "Percent complete must be a whole number from 0 to 100");

		var refused = api.upload(BASE + "/action-plans/" + plan + "/progress-import", officer, "progress.csv",
				withProblems);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).contains("rows[3].status",
				"rows[3].percentComplete");
		long firstAction = api.get(BASE + "/action-plans/" + plan + "/actions", officer).json().get("content").get(0)
			.get("id").asLong();
		assertThat(api.get(BASE + "/actions/" + firstAction + "/progress", officer).json()).isEmpty();

		edited.set(1, edited.get(1).stream().map(v -> v.equals("Finished") ? "On track" : v.equals("120") ? "60" : v).toList());
		var applied = api.upload(BASE + "/action-plans/" + plan + "/progress-import", officer, "progress.xlsx",
				Spreadsheets.xlsx(Spreadsheets.Column.of(headings, Map.of("Percent complete", Spreadsheets.Kind.PERCENT,
						"Due date", Spreadsheets.Kind.DATE)), "Progress", edited));
		assertThat(applied.status()).as(applied.body()).isEqualTo(200);
		assertThat(applied.json().get("recorded").asInt()).isEqualTo(2);
		assertThat(api.get(BASE + "/actions/" + firstAction + "/progress", officer).json().get(0).get("narrative")
			.asString()).isEqualTo("Reviewed at the health steering group");
	}

	@Test
	void anUploadThatIsNotASpreadsheetGets400AndAViewerCannotImport() {
		var notSpreadsheet = api.upload(BASE + "/action-plans/" + plan + "/progress-import", officer, "notes.txt",
				"hello".getBytes());
		assertThat(notSpreadsheet.status()).isEqualTo(400);
		assertThat(notSpreadsheet.json().get("errors").get(0).get("field").asString()).isEqualTo("file");

		assertThat(api.upload(BASE + "/action-plans/" + plan + "/progress-import", api.token("exportshire-viewer"),
				"progress.csv", "Reference\n".getBytes()).status()).isEqualTo(403);
		assertThat(api.get("/api/councils/exportshire/action-plans/" + plan + "/export.csv",
				api.token("walsall-officer")).status()).isEqualTo(404);
	}
}
