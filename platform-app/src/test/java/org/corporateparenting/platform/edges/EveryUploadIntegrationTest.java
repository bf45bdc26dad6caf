package org.corporateparenting.platform.edges;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.web.Spreadsheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Every upload of the API, sent the files people send by mistake: a file of another kind (wrong columns, as CSV and as
 * XLSX), an empty file, a file that is not the format it is named as, headings with no rows, and no file at all. Each
 * answers 400 with the field its file goes in named in {@code errors}, the missing and the unknown columns in its
 * message, and nothing written; never 200 having read nothing, never 500. A council's upload answers another
 * council's token 404.
 *
 * <p>
 * A new upload endpoint is a new row of {@link #UPLOADS}.
 */
@PlatformTest
class EveryUploadIntegrationTest {

	/**
	 * An upload endpoint of the API.
	 *
	 * @param path where it is; {@code {plan}} stands for an action plan of Walsall's
	 * @param client who may use it
	 * @param part the part the file goes in
	 * @param besides the other parts a good upload has, by part: file name and content
	 * @param field the field its problems with the file are named by
	 * @param headings the headings the upload needs
	 */
	record Upload(String path, String client, String part, Map<String, Map.Entry<String, byte[]>> besides, String field,
			List<String> headings) {
	}

	static final String SSDA903_HEADER = "CHILD,SEX,DOB\nZQ1001,1,01/06/2003\n";

	static final List<Upload> UPLOADS = List.of(
			new Upload("/api/councils/walsall/action-plans/{plan}/progress-import/preview", "walsall-officer", "file",
					Map.of(), "file", List.of("Reference", "Progress narrative")),
			new Upload("/api/councils/walsall/action-plans/{plan}/progress-import", "walsall-officer", "file", Map.of(),
					"file", List.of("Reference", "Progress narrative")),
			new Upload("/api/councils/walsall/measurement-uploads/preview", "walsall-officer", "file", Map.of(), "file",
					List.of("indicator", "period")),
			new Upload("/api/councils/walsall/measurement-uploads", "walsall-officer", "file", Map.of(), "file",
					List.of("indicator", "period")),
			new Upload("/api/councils/walsall/ssda903/preview?period=2014-15", "walsall-officer", "episodes",
					Map.of("header", Map.entry("header.csv", SSDA903_HEADER.getBytes(StandardCharsets.UTF_8))),
					"episodes", List.of("CHILD", "DECOM", "RNE", "DEC", "REC")),
			new Upload("/api/councils/walsall/ssda903?period=2014-15", "walsall-officer", "episodes",
					Map.of("header", Map.entry("header.csv", SSDA903_HEADER.getBytes(StandardCharsets.UTF_8))),
					"episodes", List.of("CHILD", "DECOM", "RNE", "DEC", "REC")),
			new Upload("/api/admin/statistical-neighbours", "platform-admin", "file", Map.of(), "file",
					List.of("council_ons_code", "neighbour_1")));

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	PlatformApi api;

	long plan;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
		String officer = api.token("walsall-officer");
		long strategy = api.get("/api/councils/walsall/strategies", officer).json().get("content").get(0).get("id")
			.asLong();
		plan = api.get("/api/councils/walsall/strategies/" + strategy + "/action-plans", officer).json().get(0).get("id")
			.asLong();
	}

	@Test
	void everyUploadRefusesAFileOfTheWrongShapeNamingWhatIsWrongAndWritesNothing() {
		Map<String, Long> before = written();
		byte[] garbage = new byte[2048];
		new Random(19).nextBytes(garbage);
		Map<String, byte[]> wrongColumns = Map.of("figures.csv",
				"colour,size\nred,large\n".getBytes(StandardCharsets.UTF_8), "figures.xlsx",
				Spreadsheets.xlsx("Sheet", List.of("colour", "size"), List.of(List.of("red", "large"))));

		for (Upload upload : UPLOADS) {
			wrongColumns.forEach((name, content) -> {
				JsonNode error = refused(upload, name, content);
				assertThat(error.get("message").asString()).as(upload.path() + " " + name)
					.contains(upload.headings())
					.contains("colour", "size");
			});
			assertThat(refused(upload, "figures.csv", new byte[0]).get("message").asString()).as(upload.path())
				.containsAnyOf("empty", "Choose", "Give");
			assertThat(refused(upload, "figures.xlsx", garbage).get("message").asString()).as(upload.path())
				.contains("not an XLSX spreadsheet");
			var withoutFile = api.uploadParts(path(upload), api.token(upload.client()),
					without(upload, Map.entry("note.txt", "a part that is not the file".getBytes(StandardCharsets.UTF_8))));
			assertThat(withoutFile.status()).as(upload.path() + " without its file: " + withoutFile.body()).isEqualTo(400);
			assertThat(withoutFile.json().get("errors").findValuesAsString("field")).as(upload.path())
				.containsExactly(upload.field());
			String headingsOnly = String.join(",", upload.headings()) + "\n";
			assertThat(refused(upload, "figures.csv", headingsOnly.getBytes(StandardCharsets.UTF_8)).get("message")
				.asString()).as(upload.path()).contains("no rows under its headings");
		}
		assertThat(written()).isEqualTo(before);
	}

	@Test
	void aCouncilsUploadsAreNotFoundWithAnotherCouncilsToken() {
		String wirral = api.token("wirral-officer");
		byte[] good = "indicator,period,value\nCLA-RATE,2024-25,80\n".getBytes(StandardCharsets.UTF_8);
		for (Upload upload : UPLOADS.stream().filter(upload -> upload.path().startsWith("/api/councils/")).toList()) {
			var answer = api.uploadParts(path(upload), wirral, parts(upload, "figures.csv", good));
			assertThat(answer.status()).as(upload.path()).isEqualTo(404);
		}
	}

	@Test
	void aBundleOfTheWrongShapeNamesEveryFieldMissingAndUnknown() {
		String admin = api.token("platform-admin");
		Map<String, byte[]> files = Map.of("council.yaml",
				"name: Fieldshire Council\ncolour: red\n".getBytes(StandardCharsets.UTF_8));

		var preview = api.upload("/api/admin/councils/bundles/preview", admin, "files", files);
		assertThat(preview.status()).as("a preview lists the problems").isEqualTo(200);
		assertThat(preview.json().get("problems").findValuesAsString("field")).contains("slug", "onsCode", "colour");

		var refused = api.upload("/api/admin/councils/bundles", admin, "files", files);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).contains("council.yaml:slug",
				"council.yaml:onsCode", "council.yaml:colour");

		var empty = api.upload("/api/admin/councils/bundles", admin, "files", Map.of("council.yaml", new byte[0]));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("errors").findValuesAsString("field")).containsExactly("files");
		byte[] garbage = new byte[512];
		new Random(19).nextBytes(garbage);
		var notYaml = api.upload("/api/admin/councils/bundles", admin, "files", Map.of("council.yaml", garbage));
		assertThat(notYaml.status()).isEqualTo(400);
		assertThat(notYaml.json().get("errors")).isNotEmpty();
		var notZip = api.upload("/api/admin/councils/bundles", admin, "bundle", Map.of("bundle.zip", garbage));
		assertThat(notZip.status()).isEqualTo(400);
		assertThat(api.get("/api/admin/councils/fieldshire", admin).status()).isEqualTo(404);
	}

	/** Sends the file as the upload's part, with the others a good upload has, and answers the one error. */
	private JsonNode refused(Upload upload, String name, byte[] content) {
		var answer = api.uploadParts(path(upload), api.token(upload.client()), parts(upload, name, content));
		assertThat(answer.status()).as(upload.path() + " " + name + ": " + answer.body()).isEqualTo(400);
		assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
		JsonNode errors = answer.json().get("errors");
		assertThat(errors.findValuesAsString("field")).as(upload.path() + " " + name).containsExactly(upload.field());
		return errors.get(0);
	}

	private Map<String, Map.Entry<String, byte[]>> parts(Upload upload, String name, byte[] content) {
		Map<String, Map.Entry<String, byte[]>> parts = new LinkedHashMap<>(upload.besides());
		parts.put(upload.part(), Map.entry(name, content));
		return parts;
	}

	/** The other parts a good upload has, and this one in a part of another name, leaving the file out. */
	private static Map<String, Map.Entry<String, byte[]>> without(Upload upload, Map.Entry<String, byte[]> other) {
		Map<String, Map.Entry<String, byte[]>> parts = new LinkedHashMap<>(upload.besides());
		parts.put("note", other);
		return parts;
	}

	private String path(Upload upload) {
		return upload.path().replace("{plan}", String.valueOf(plan));
	}

	/** What the uploads write: Walsall's progress updates and figures, and the neighbour table's version. */
	private Map<String, Long> written() {
		return Map.of("progress", count("select count(*) from cpp_council_walsall.progress_update"), "measurements",
				count("select count(*) from cpp_council_walsall.measurement"), "neighbours",
				count("select coalesce(max(version), 0) from cpp_platform.statistical_neighbour_table"));
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}
}
