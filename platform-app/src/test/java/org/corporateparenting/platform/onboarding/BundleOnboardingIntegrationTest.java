package org.corporateparenting.platform.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.SignedInPages;
import org.corporateparenting.platform.probe.BrokenImport;
import org.corporateparenting.tenancy.database.SchemaNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A council onboarded from its own documents through the admin API, as a new council would: every problem of every
 * file found together, with its file, line and field, and nothing written; a zip onboarded in the background with
 * its progress to follow; and a failure half-way leaving nothing of the council behind.
 */
@PlatformTest
class BundleOnboardingIntegrationTest {

	static final Path WALSALL = Path.of("../tenants/walsall");

	static final List<String> FILES = List.of("council.yaml", "pledges.yaml", "alliance.yaml", "strategy.yaml",
			"consultation.yaml", "indicators.yaml");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SchemaNames schemaNames;

	PlatformApi api;

	String admin;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
		admin = api.token("platform-admin");
	}

	@Test
	void problemsInThreeFilesAreReportedTogetherWithTheirLinesAndNothingIsWritten() {
		Map<String, byte[]> files = walsallAs("dunmere", "E08009901");
		files.put("council.yaml", text(files.get("council.yaml")).replace("onsCode: E08009901", "onsCode: X123")
			.getBytes(StandardCharsets.UTF_8));
		files.put("strategy.yaml", text(files.get("strategy.yaml")).replaceFirst("\n  title: [^\n]*", "\n  title: \"\"")
			.getBytes(StandardCharsets.UTF_8));
		files.put("alliance.yaml", text(files.get("alliance.yaml"))
			.replace("youngPeoplePledgeNumber: 11", "youngPeoplePledgeNumber: 99")
			.getBytes(StandardCharsets.UTF_8));

		var preview = api.upload("/api/admin/councils/bundles/preview", admin, "files", files);

		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		JsonNode problems = preview.json().get("problems");
		assertThat(problems.findValuesAsString("file")).contains("council.yaml", "strategy.yaml", "alliance.yaml");
		assertThat(problem(problems, "council.yaml").get("field").asString()).isEqualTo("onsCode");
		assertThat(problem(problems, "strategy.yaml").get("field").asString()).isEqualTo("strategy.title");
		JsonNode pledge = problem(problems, "alliance.yaml");
		assertThat(pledge.get("field").asString()).endsWith(".youngPeoplePledgeNumber");
		assertThat(pledge.get("message").asString()).contains("pledge 99");
		for (JsonNode problem : problems) {
			assertThat(problem.get("line").asInt()).as(problem.toString()).isPositive();
		}
		assertThat(lineOf(files.get("alliance.yaml"), "youngPeoplePledgeNumber: 99"))
			.isEqualTo(pledge.get("line").asInt());

		var refused = api.upload("/api/admin/councils/bundles", admin, "files", files);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("problems")).hasSize(problems.size());
		assertThat(api.get("/api/admin/councils/dunmere", admin).status()).isEqualTo(404);
		assertThat(schemaExists("dunmere")).isFalse();
	}

	@Test
	void anActionNamingAPledgeOrAPartnerTheBundleLacksIsAProblemOfItsLine() {
		Map<String, byte[]> files = walsallAs("ossory", "E08009906");
		files.put("strategy.yaml", text(files.get("strategy.yaml")).replace("pledges: [13]", "pledges: [13, 99]")
			.replace("partnerOrganisation: housing", "partnerOrganisation: nobody")
			.getBytes(StandardCharsets.UTF_8));

		JsonNode problems = api.upload("/api/admin/councils/bundles/preview", admin, "files", files)
			.json()
			.get("problems");

		assertThat(problems.findValuesAsString("field")).containsExactlyInAnyOrder(
				"actionPlans[0].actions[9].pledges", "actionPlans[0].actions[9].partnerOrganisation");
		assertThat(problems.findValuesAsString("message")).containsExactlyInAnyOrder(
				"names pledge 99, which is not in pledges.yaml",
				"names the organisation nobody, which is not in alliance.yaml");
		assertThat(problems.findValues("line").stream().map(JsonNode::asInt)).containsExactlyInAnyOrder(
				lineOf(files.get("strategy.yaml"), "pledges: [13, 99]"),
				lineOf(files.get("strategy.yaml"), "partnerOrganisation: nobody"));
	}

	@Test
	void aZipOfACouncilsDocumentsIsOnboardedInTheBackgroundStepByStep() {
		var started = api.upload("/api/admin/councils/bundles", admin, "bundle",
				Map.of("brackwater.zip", zip(walsallAs("brackwater", "E08009902"))));

		assertThat(started.status()).as(started.body()).isEqualTo(202);
		String progress = started.headers().getLocation().toString();
		JsonNode done = finished(progress);
		assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
		assertThat(done.get("stepsDone").asInt()).isEqualTo(done.get("stepsTotal").asInt()).isGreaterThanOrEqualTo(7);
		assertThat(done.get("problems")).isEmpty();

		String officer = api.token("brackwater-officer");
		assertThat(api.get("/api/councils/brackwater/strategies", officer).json().findValuesAsString("title"))
			.anyMatch(title -> title.contains("Corporate Parenting Strategy"));
		assertThat(api.get("/api/councils/brackwater/governance-bodies", officer).json()).isNotEmpty();
		assertThat(api.get("/api/councils/brackwater/partner-organisations", officer).json().get("content"))
			.isNotEmpty();
		assertThat(api.get("/api/admin/councils/brackwater", admin).json().get("status").asString())
			.isEqualTo("ACTIVE");
		assertThat(api.get(progress, api.token("walsall-officer")).status()).isIn(403, 404);
	}

	@Test
	void aFailureHalfWayLeavesNothingOfTheCouncilBehindAndSaysWhy() {
		String slug = BrokenImport.PREFIX + "fen";
		var started = api.upload("/api/admin/councils/bundles", admin, "files", walsallAs(slug, "E08009903"));
		assertThat(started.status()).as(started.body()).isEqualTo(202);

		JsonNode failed = finished(started.headers().getLocation().toString());

		assertThat(failed.get("status").asString()).isEqualTo("FAILED");
		assertThat(failed.get("currentStep").asString()).isEqualTo("Importing consultation.yaml");
		assertThat(failed.get("stepsDone").asInt()).isLessThan(failed.get("stepsTotal").asInt());
		assertThat(failed.get("problems").get(0).get("message").asString()).contains("nothing of it was kept");
		assertThat(api.get("/api/admin/councils/" + slug, admin).status()).isEqualTo(404);
		assertThat(schemaExists(slug)).isFalse();
	}

	@Test
	void aBundleMustBeFilesOrAZipOfThemWithCouncilYaml() {
		assertThat(api.upload("/api/admin/councils/bundles/preview", admin, "bundle",
				Map.of("nonsense.zip", "not a zip".getBytes(StandardCharsets.UTF_8))).status()).isEqualTo(400);
		var noCouncil = api.upload("/api/admin/councils/bundles/preview", admin, "files",
				Map.of("strategy.yaml", read("strategy.yaml"), "notes.yaml", "a: 1".getBytes(StandardCharsets.UTF_8)));
		assertThat(noCouncil.json().get("problems").findValuesAsString("file")).contains("council.yaml", "notes.yaml");
		assertThat(api.upload("/api/admin/councils/bundles/preview", api.token("walsall-admin"), "files",
				walsallAs("nowhere", "E08009904")).status()).isEqualTo(403);
	}

	@Test
	void onTheAdminPagesTheFilesAreCheckedThenOnboardedWhileTheProgressIsShown() {
		SignedInPages pages = SignedInPages.signIn(port, "platform-admin");
		Map<String, byte[]> bad = walsallAs("harnwick", "E08009905");
		bad.put("strategy.yaml", text(bad.get("strategy.yaml")).replaceFirst("\n  title: [^\n]*", "\n  title: \"\"")
			.getBytes(StandardCharsets.UTF_8));

		var problems = pages.upload("/admin/councils/bundles/new", "/admin/councils/bundles/preview", "files", bad);
		assertThat(problems.body()).contains("govuk-error-summary", "strategy.yaml, line ", "strategy.title")
			.doesNotContain("Onboard this council");

		var preview = pages.upload("/admin/councils/bundles/new", "/admin/councils/bundles/preview", "files",
				Map.of("harnwick.zip", zip(walsallAs("harnwick", "E08009905"))));
		assertThat(preview.body()).contains("Onboard this council", "harnwick Council")
			.doesNotContain("govuk-error-summary");
		Matcher confirm = Pattern.compile("action=\"(/admin/councils/bundles/[0-9a-f-]+)\"").matcher(preview.body());
		assertThat(confirm.find()).isTrue();

		var started = pages.post("/admin/councils/bundles/new", confirm.group(1), Map.of());
		assertThat(started.uri().getPath()).startsWith("/admin/councils/onboardings/");
		assertThat(started.body()).contains("onboarding-progress");
		String panel = started.uri().getPath() + "/progress";
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> !pages.get(panel, null).body().contains("hx-get"));
		assertThat(pages.get(panel, null).body()).contains("The council is on the platform", "/admin/councils/harnwick");
		assertThat(pages.post("/admin/councils/bundles/new", confirm.group(1), Map.of()).statusCode()).isEqualTo(404);
	}

	private JsonNode finished(String progress) {
		return finished(api, admin, progress);
	}

	/** The onboarding at this address once it has finished, as the platform admin sees it. */
	static JsonNode finished(PlatformApi api, String admin, String progress) {
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> !api.get(progress, admin).json().get("status").asString().equals("RUNNING"));
		return api.get(progress, admin).json();
	}

	private boolean schemaExists(String slug) {
		return jdbc.sql("select count(*) from information_schema.schemata where schema_name = :schema")
			.param("schema", schemaNames.council(slug))
			.query(Long.class)
			.single() > 0;
	}

	/** Walsall's documents, with council.yaml naming another council. */
	private static Map<String, byte[]> walsallAs(String slug, String onsCode) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		FILES.forEach(name -> files.put(name, read(name)));
		files.put("council.yaml", text(files.get("council.yaml")).replace("slug: walsall", "slug: " + slug)
			.replace("name: Walsall Council", "name: " + slug + " Council")
			.replace("onsCode: E08000030", "onsCode: " + onsCode)
			.getBytes(StandardCharsets.UTF_8));
		return files;
	}

	private static JsonNode problem(JsonNode problems, String file) {
		for (JsonNode problem : problems) {
			if (problem.get("file").asString().equals(file)) {
				return problem;
			}
		}
		throw new AssertionError("No problem in " + file + ": " + problems);
	}

	private static int lineOf(byte[] content, String text) {
		List<String> lines = text(content).lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError("No line with " + text);
	}

	static byte[] zip(Map<String, byte[]> files) {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (var file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry("council/" + file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] read(String name) {
		try {
			return Files.readAllBytes(WALSALL.resolve(name));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String text(byte[] content) {
		return new String(content, StandardCharsets.UTF_8);
	}
}
