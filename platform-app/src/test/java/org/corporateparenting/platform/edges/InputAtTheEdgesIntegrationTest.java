package org.corporateparenting.platform.edges;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.SignedInPages;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * What a user or a file can send that reaches deep: text the database or a PDF cannot hold, dates no one means,
 * list items longer than their column, spreadsheets that unpack to gigabytes or are simply too large, and cells a
 * spreadsheet program would run as formulas. Each is answered 400 (or 413) with the field named and nothing
 * written, and every export keeps formulas as text.
 */
@PlatformTest
class InputAtTheEdgesIntegrationTest {

	static final String WALSALL = "/api/councils/walsall";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	PlatformApi api;

	String officer;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
		officer = api.token("walsall-officer");
	}

	@Test
	void controlCharactersOutOfRangeDatesAndOverLongItemsAreFieldErrorsAndNothingIsWritten() {
		long body = api.get(WALSALL + "/governance-bodies", officer).json().get(0).get("body").get("id").asLong();
		long organisation = api.get(WALSALL + "/partner-organisations?size=1", officer).json().get("content").get(0)
			.get("id").asLong();
		int seatsBefore = api.get(WALSALL + "/governance-bodies/" + body + "/seats", officer).json().size();

		var nul = api.post(WALSALL + "/governance-bodies/" + body + "/seats", officer, Map.of("role", "ADVISER",
				"position", "Adviser", "organisationId", organisation, "holderStatus", "CONFIRMED", "holder",
				"Lead member\u0000", "deputies", List.of("Deputy", "Second\u001B[31m")));
		assertThat(nul.status()).isEqualTo(400);
		assertThat(nul.headers().getContentType()).hasToString("application/problem+json");
		assertThat(nul.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("holder",
				"deputies[1]");
		assertThat(nul.json().get("errors").get(0).get("message").asString()).contains("cannot be saved");
		var nulAndMissing = api.post(WALSALL + "/governance-bodies/" + body + "/seats", officer,
				Map.of("holderStatus", "CONFIRMED", "holder", "Lead member\u0000"));
		assertThat(nulAndMissing.json().get("errors").findValuesAsString("field")).as("every problem at once")
			.contains("holder", "role", "position", "organisationId");
		assertThat(api.get(WALSALL + "/governance-bodies/" + body + "/seats", officer).json().size())
			.isEqualTo(seatsBefore);

		long workStream = api.get(WALSALL + "/work-streams", officer).json().get(0).get("id").asLong();
		int updatesBefore = api.get(WALSALL + "/work-streams/" + workStream + "/updates", officer).json().size();
		var farPast = api.post(WALSALL + "/work-streams/" + workStream + "/updates", officer,
				Map.of("date", "-999999999-01-01", "delivered", List.of("Drop-in sessions")));
		assertThat(farPast.status()).isEqualTo(400);
		assertThat(farPast.json().get("errors").findValuesAsString("field")).containsExactly("date");
		assertThat(farPast.json().get("errors").get(0).get("message").asString()).contains("1900 to 2200");
		var overLong = api.post(WALSALL + "/work-streams/" + workStream + "/updates", officer,
				Map.of("date", "2026-11-30", "delivered", List.of("Drop-in sessions", "x".repeat(70_000))));
		assertThat(overLong.status()).isEqualTo(400);
		assertThat(overLong.json().get("errors").findValuesAsString("field")).containsExactly("delivered[1]");
		assertThat(api.get(WALSALL + "/work-streams/" + workStream + "/updates", officer).json().size())
			.isEqualTo(updatesBefore);
	}

	@Test
	void aFormWithAControlCharacterIsRefusedWithAPageNamingTheField() {
		long body = api.get(WALSALL + "/governance-bodies", officer).json().get(0).get("body").get("id").asLong();
		JsonNode seat = api.get(WALSALL + "/governance-bodies/" + body + "/seats", officer).json().get(0);
		SignedInPages pages = SignedInPages.signIn(port, "walsall-officer");
		String seatPage = "/councils/walsall/alliance/seats/" + seat.get("id").asLong();

		HttpResponse<String> refused = pages.post(seatPage, seatPage, Map.of("role", seat.get("role").asString(),
				"position", seat.get("position").asString(), "holderStatus", "CONFIRMED", "holder", "Chair\u0000",
				"version", seat.get("version").asString()));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("There is a problem with what was sent").contains("holder")
			.contains("Nothing was saved");
		assertThat(api.get(WALSALL + "/seats/" + seat.get("id").asLong(), officer).json().get("version").asLong())
			.isEqualTo(seat.get("version").asLong());
	}

	@Test
	void spreadsheetsThatAreTooLargeOrUnpackToFarMoreAreRefusedUnread() throws IOException {
		String wirral = api.token("wirral-officer");
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 200; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}

		var unpacked = api.upload("/api/councils/wirral/measurement-uploads/preview", wirral, "figures.xlsx",
				bomb.toByteArray());
		assertThat(unpacked.status()).isEqualTo(400);
		assertThat(unpacked.json().get("errors").get(0).get("message").asString()).contains("unpacks to far more");

		byte[] large = new byte[6 * 1024 * 1024];
		var tooLarge = api.upload("/api/councils/wirral/measurement-uploads", wirral, "figures.csv", large);
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.headers().getContentType()).hasToString("application/problem+json");

		SignedInPages pages = SignedInPages.signIn(port, "wirral-officer");
		HttpResponse<String> page = pages.upload("/councils/wirral/indicators/upload", "/councils/wirral/indicators/upload",
				"figures.csv", large);
		assertThat(page.statusCode()).isEqualTo(413);
		assertThat(page.body()).contains("The file is too large").contains("up to 5 MB");
	}

	@Test
	void formulasAreExportedAsTextInEveryFormat() throws IOException {
		String formula = "=HYPERLINK(\"http://example.com/x\",\"Open\")";
		var recorded = api.post(WALSALL + "/indicators/CLA-RATE/measurements", officer,
				Map.of("period", "2001-02", "value", 60, "note", formula));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);

		String csv = new String(api.download(WALSALL + "/measurements.csv?indicator=CLA-RATE", officer),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(").doesNotContain(",\"=HYPERLINK(");
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
				api.download(WALSALL + "/measurements.xlsx?indicator=CLA-RATE", officer)));
				var rows = workbook.getFirstSheet().openStream()) {
			assertThat(rows.flatMap(row -> row.stream())
				.filter(cell -> cell != null && formula.equals(cell.getText()))
				.map(cell -> cell.getType())
				.toList()).containsExactly(CellType.STRING);
		}

		long body = api.get(WALSALL + "/governance-bodies", officer).json().get(0).get("body").get("id").asLong();
		long organisation = api.get(WALSALL + "/partner-organisations?size=1", officer).json().get("content").get(0)
			.get("id").asLong();
		Map<String, Object> seat = new HashMap<>(Map.of("role", "ADVISER", "position", "Adviser", "organisationId",
				organisation, "holderStatus", "CONFIRMED", "holder", "=cmd|' /C calc'!A0"));
		assertThat(api.post(WALSALL + "/governance-bodies/" + body + "/seats", officer, seat).status()).isEqualTo(201);
		String membership = new String(api.download(WALSALL + "/governance-bodies/" + body + "/membership.csv", officer),
				StandardCharsets.UTF_8);
		assertThat(membership).contains("'=cmd|").doesNotContain(",=cmd|").doesNotContain(",\"=cmd|");
	}
}
