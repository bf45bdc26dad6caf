package org.corporateparenting.platform.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.tuple;
import static org.corporateparenting.platform.onboarding.CouncilBundles.FILES;
import static org.corporateparenting.platform.onboarding.CouncilBundles.change;
import static org.corporateparenting.platform.onboarding.CouncilBundles.guideExamples;
import static org.corporateparenting.platform.onboarding.CouncilBundles.lineOf;
import static org.corporateparenting.platform.onboarding.CouncilBundles.problem;
import static org.corporateparenting.platform.onboarding.CouncilBundles.read;
import static org.corporateparenting.platform.onboarding.CouncilBundles.walsallAs;
import static org.corporateparenting.platform.onboarding.CouncilBundles.zip;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.groups.Tuple;
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
 * file found together, with its file, line and field, and nothing written (each file checked against its published
 * schema first, in words); a zip onboarded in the background with its progress to follow; a failure half-way leaving
 * nothing of the council behind; and the guide's example files accepted as they are written.
 */
@PlatformTest
class BundleOnboardingIntegrationTest {

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
		change(files, "council.yaml", text -> text.replace("onsCode: E08009901", "onsCode: X123"));
		change(files, "strategy.yaml", text -> text.replaceFirst("\n  title: [^\n]*", "\n  title: \"\""));
		change(files, "alliance.yaml",
				text -> text.replace("youngPeoplePledgeNumber: 11", "youngPeoplePledgeNumber: 99"));

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
		change(files, "strategy.yaml", text -> text.replace("pledges: [13]", "pledges: [13, 99]")
			.replace("partnerOrganisation: housing", "partnerOrganisation: nobody"));

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
		change(bad, "strategy.yaml", text -> text.replaceFirst("\n  title: [^\n]*", "\n  title: \"\""));

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

	@Test
	void breachesOfTheSchemasInTwoFilesAreEachAnsweredWithFileLineAndFieldAndNothingIsWritten() {
		Map<String, byte[]> files = walsallAs("tollbridge", "E08009906");
		change(files, "strategy.yaml", text -> text.replaceFirst("  status: ACTIVE", "  status: LIVE")
			.replaceFirst("dueDate: 2023-03-31", "dueDate: 31/03/2023"));
		change(files, "consultation.yaml", text -> text.replaceFirst("    kind: CHILDREN_IN_CARE_COUNCIL\n",
				"    kind: CHILDREN_IN_CARE_COUNCIL\n    colour: blue\n")
			.replaceFirst("    topic: \"Review of Our Pledges[^\n]*\n", ""));

		var preview = api.upload("/api/admin/councils/bundles/preview", admin, "files", files);

		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		assertThat(problems(preview.json())).containsExactlyInAnyOrder(
				tuple("strategy.yaml", lineOf(files.get("strategy.yaml"), "status: LIVE"), "strategy.status",
						"must be one of DRAFT, CONSULTATION, APPROVED, ACTIVE, UNDER_REVIEW, SUPERSEDED"),
				tuple("strategy.yaml", lineOf(files.get("strategy.yaml"), "dueDate: 31/03/2023"),
						"actionPlans[0].actions[0].dueDate", "must be a date such as 2024-03-31"),
				tuple("consultation.yaml", lineOf(files.get("consultation.yaml"), "colour: blue"), "forums[0].colour",
						"is not a field of consultation.yaml; the fields here are key, name, kind, ageFrom, ageTo,"
								+ " meetingPattern, activities"),
				tuple("consultation.yaml", lineOf(files.get("consultation.yaml"), "- key: pledges-review-2020"),
						"consultations[0].topic", "is required"));

		var refused = api.upload("/api/admin/councils/bundles", admin, "files", files);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(problems(refused.json())).isEqualTo(problems(preview.json()));
		assertThat(api.get("/api/admin/councils/tollbridge", admin).status()).isEqualTo(404);
		assertThat(schemaExists("tollbridge")).isFalse();
	}

	@Test
	void theGuidesExamplesAreABundleThePreviewAcceptsAsAWhole() {
		Map<String, byte[]> examples = guideExamples();
		assertThat(examples.keySet()).containsExactlyInAnyOrderElementsOf(FILES);

		var preview = api.upload("/api/admin/councils/bundles/preview", admin, "files", examples);

		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		assertThat(preview.json().get("problems")).as(preview.body()).isEmpty();
		assertThat(preview.json().get("council").get("slug").asString()).isEqualTo("dunmere");
	}

	private static List<Tuple> problems(JsonNode answer) {
		List<Tuple> problems = new ArrayList<>();
		answer.get("problems").forEach(problem -> problems.add(tuple(problem.get("file").asString(),
				problem.get("line").asInt(), problem.get("field").asString(), problem.get("message").asString())));
		return problems;
	}

	private JsonNode finished(String progress) {
		return CouncilBundles.finished(api, admin, progress);
	}


	private boolean schemaExists(String slug) {
		return CouncilBundles.schemaExists(jdbc, schemaNames, slug);
	}
}
