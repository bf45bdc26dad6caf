package org.corporateparenting.platform.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.SignedInPages;
import org.corporateparenting.tenancy.testing.StatementCounter;
import org.corporateparenting.web.Spreadsheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The standard well-being survey: started from its template in any council, its questions fixed; and its results
 * compared across three councils of the test's own, worked out here by hand: one with enough responses, one with
 * too few (its figures {@code c}, and so the average's), one that did not opt in (absent, until it does); a council
 * opting out takes back what it shared. Every new endpoint closed to another council, every field error at once.
 */
@PlatformTest
class WellbeingSurveyIntegrationTest {

	static final String ONE = "wellbeing-one";

	static final String TWO = "wellbeing-two";

	static final String THREE = "wellbeing-three";

	static final LocalDate TODAY = TemplateSurveys.TODAY;

	@LocalServerPort
	int port;

	PlatformApi api;

	TemplateSurveys surveys;

	@BeforeEach
	void threeCouncilsOfTheTestsOwn() {
		api = new PlatformApi(port);
		surveys = new TemplateSurveys(api, port);
		api.officerOfNewCouncil(ONE, "Wellbeing One Council", "E08009953");
		api.officerOfNewCouncil(TWO, "Wellbeing Two Council", "E08009954");
		api.officerOfNewCouncil(THREE, "Wellbeing Three Council", "E08009955");
	}

	@Test
	void resultsCompareAcrossTheCouncilsThatOptInWithSmallGroupsSuppressed() throws Exception {
		// One: six care leavers. The first question all 5s; every other question 5 from three, 2 from two, 4 from one.
		List<Map<Integer, String>> one = new ArrayList<>();
		for (String answer : List.of("5", "5", "5", "2", "2", "4")) {
			Map<Integer, String> response = new HashMap<>();
			for (int position = 1; position <= 12; position++) {
				response.put(position, position == 1 ? "5" : answer);
			}
			one.add(response);
		}
		long surveyOne = surveys.closed(ONE, "CARE_LEAVERS", one);
		long surveyTwo = surveys.closed(TWO, "CARE_LEAVERS", List.of(TemplateSurveys.all("5"),
				TemplateSurveys.all("4"), TemplateSurveys.all("1")));
		surveys.closed(THREE, "CARE_LEAVERS", Collections.nCopies(7, TemplateSurveys.all("4")));
		surveys.optIn(ONE, true);
		surveys.optIn(TWO, true);

		// Each council's own results, as it shares them.
		JsonNode ownOne = api.get(api(ONE) + "/wellbeing/surveys/" + surveyOne + "/results", officer(ONE)).json();
		assertThat(ownOne.get("respondents").asString()).isEqualTo("6");
		// Relationships: the two answering 5, 2, 2 said things go well to one of three questions, fewer than half.
		assertThat(shares(ownOne.get("domains"))).containsExactly("66.7%", "66.7%", "66.7%", "66.7%");
		assertThat(ownOne.get("questions").get(0).get("share").asString()).isEqualTo("100%");
		assertThat(ownOne.get("questions").get(1).get("share").asString()).isEqualTo("66.7%");
		JsonNode ownTwo = api.get(api(TWO) + "/wellbeing/surveys/" + surveyTwo + "/results", officer(TWO)).json();
		assertThat(ownTwo.get("respondents").asString()).isEqualTo("c");
		assertThat(shares(ownTwo.get("domains"))).containsOnly("c");

		// One and two opted in: two's figures are suppressed, so no average is worked out; three is absent.
		JsonNode compared = eventually(ONE, c -> c.get("councils").asInt() == 2);
		assertThat(compared.get("takesPart").asBoolean()).isTrue();
		assertThat(compared.get("councilShared").asBoolean()).isTrue();
		assertThat(compared.get("year").asInt()).isEqualTo(TODAY.plusDays(20).getYear());
		JsonNode relationships = compared.get("items").get(0);
		assertThat(relationships.get("key").asString()).isEqualTo("RELATIONSHIPS");
		assertThat(relationships.get("council").get("shown").asString()).isEqualTo("66.7%");
		assertThat(relationships.get("average").asString()).isEqualTo("c");
		assertThat(relationships.get("councils").asInt()).isEqualTo(2);
		JsonNode seenByTwo = eventually(TWO, c -> c.get("councils").asInt() == 2);
		assertThat(seenByTwo.get("items").findValuesAsString("shown")).containsOnly("c");
		JsonNode seenByThree = api.get(api(THREE) + "/wellbeing/comparison?version=CARE_LEAVERS", officer(THREE))
			.json();
		assertThat(seenByThree.get("takesPart").asBoolean()).as("three does not take part, so sees nothing").isFalse();
		assertThat(seenByThree.get("councils").asInt()).isZero();

		// The XLSX: every figure as the page shows it, and the legend after them.
		byte[] workbook = api.download(api(ONE) + "/wellbeing/comparison/export.xlsx?version=CARE_LEAVERS",
				officer(ONE));
		List<Spreadsheets.Row> rows = Spreadsheets.read("comparison.xlsx", new ByteArrayInputStream(workbook));
		assertThat(rows).anySatisfy(row -> assertThat(row.values().values()).contains("RELATIONSHIPS", "66.7", "c"));
		assertThat(rows).anySatisfy(row -> assertThat(row.values().values()).contains("Symbol", "Meaning"));

		// Two opts out and takes back what it shared: the average is one's own; then three opts in and counts.
		surveys.optIn(TWO, false);
		compared = eventually(ONE, c -> c.get("councils").asInt() == 1);
		assertThat(compared.get("items").get(0).get("average").asString()).isEqualTo("66.7%");
		surveys.optIn(THREE, true);
		compared = eventually(ONE, c -> c.get("councils").asInt() == 2);
		// (66.7% + 100%) / 2, and (100% + 100%) / 2 for the first question.
		assertThat(compared.get("items").get(0).get("average").asString()).isEqualTo("83.4%");
		assertThat(compared.get("items").get(4).get("key").asString()).isEqualTo("L-REL-1");
		assertThat(compared.get("items").get(4).get("average").asString()).isEqualTo("100%");

		JsonNode history = api.get(api(TWO) + "/wellbeing/sharing", officer(TWO)).json().get("history");
		assertThat(history).as("opted in, then out").hasSize(2);

		// Three statements read the comparison whatever the number of councils taking part.
		String id = "wellbeing-" + UUID.randomUUID();
		StatementCounter.watch(id);
		api.withHeader("X-Request-Id", id).get(api(ONE) + "/wellbeing/comparison?version=CARE_LEAVERS", officer(ONE));
		assertThat(StatementCounter.stop(id)).as("statements of the comparison").hasSizeLessThanOrEqualTo(5);

		var page = SignedInPages.signIn(port, ONE + "-officer")
			.get("/councils/" + ONE + "/wellbeing/comparison?version=CARE_LEAVERS", null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("What the symbols mean", "83.4%", "<svg", "Average of the councils taking part",
				"export.xlsx");
	}

	@Test
	void aTemplateSurveyKeepsItsQuestionsAndTakesTheCouncilsOwnAfterThem() {
		String officer = officer(ONE);
		JsonNode started = surveys.start(ONE, "OLDER_CHILDREN");
		long id = started.get("id").asLong();
		assertThat(started.get("status").asString()).isEqualTo("PLANNED");
		assertThat(started.get("surveyIntro").asString()).contains("We ask young people in other councils");
		assertThat(started.get("audiences").toString()).contains("CHILDREN_IN_CARE_12_15", "CHILDREN_IN_CARE_16_17");
		JsonNode questions = api.get(api(ONE) + "/consultations/" + id + "/questions", officer).json();
		assertThat(questions).hasSize(12);
		assertThat(questions.get(0).get("text").asString()).isEqualTo(
				"How much do you trust at least one adult to be there for you?");
		JsonNode first = questions.get(0);

		var reworded = api.put(api(ONE) + "/questions/" + first.get("id").asLong(), officer,
				Map.of("text", "Something else", "type", "RATING", "version", first.get("version").asLong()));
		assertThat(reworded.status()).isEqualTo(409);
		assertThat(reworded.body()).contains("compare with other councils");
		assertThat(api.delete(api(ONE) + "/questions/" + first.get("id").asLong(), officer).status()).isEqualTo(409);

		var own = api.post(api(ONE) + "/consultations/" + id + "/questions", officer,
				Map.of("text", "What would make things better?", "type", "FREE_TEXT"));
		assertThat(own.status()).as(own.body()).isEqualTo(201);
		assertThat(own.json().get("position").asInt()).isEqualTo(13);
		var ownReworded = api.put(api(ONE) + "/questions/" + own.json().get("id").asLong(), officer,
				Map.of("text", "What would make your life better?", "type", "FREE_TEXT", "version",
						own.json().get("version").asLong()));
		assertThat(ownReworded.status()).as("the council's own question is its own to change").isEqualTo(200);

		Map<String, Object> asWorkshop = TemplateSurveys.consultation(api.get(api(ONE) + "/consultations/" + id, officer).json());
		asWorkshop.put("method", "WORKSHOP");
		assertThat(api.put(api(ONE) + "/consultations/" + id, officer, asWorkshop).status()).isEqualTo(409);

		JsonNode listed = api.get(api(ONE) + "/wellbeing/surveys", officer).json().get("content");
		assertThat(listed.findValuesAsString("consultationId")).contains(String.valueOf(id));
	}

	@Test
	void badInputIsRefusedWithEveryProblemAndNothingWritten() {
		String officer = officer(ONE);
		long before = api.get(api(ONE) + "/consultations", officer).json().get("totalElements").asLong();

		var empty = api.post(api(ONE) + "/wellbeing/surveys", officer, Map.of());
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
				"templateVersion", "opensOn", "closesOn");
		var wrong = api.post(api(ONE) + "/wellbeing/surveys", officer,
				Map.of("templateVersion", "CARE_LEAVERS", "topic", "x".repeat(301), "opensOn", TODAY.toString(),
						"closesOn", TODAY.minusDays(1).toString(), "contactEmail", "not an address"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("topic",
				"closesOn", "contactEmail");
		var unknown = api.post(api(ONE) + "/wellbeing/surveys", officer,
				Map.of("templateVersion", "TODDLERS", "opensOn", "soon"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("errors").findValuesAsString("field")).contains("templateVersion", "opensOn");
		assertThat(api.get(api(ONE) + "/consultations", officer).json().get("totalElements").asLong())
			.isEqualTo(before);

		String admin = api.token(ONE + "-admin");
		var noChoice = api.put(api(ONE) + "/wellbeing/sharing", admin, Map.of());
		assertThat(noChoice.status()).isEqualTo(400);
		assertThat(noChoice.json().get("errors").findValuesAsString("field")).containsExactly("optedIn");
		long version = api.get(api(ONE) + "/wellbeing/sharing", admin).json().get("version").asLong();
		assertThat(api.put(api(ONE) + "/wellbeing/sharing", admin, Map.of("optedIn", true, "version", version - 1))
			.status()).isEqualTo(409);
		assertThat(api.get(api(ONE) + "/wellbeing/comparison?version=GRANDPARENTS", officer).status()).isEqualTo(400);
		assertThat(api.get(api(ONE) + "/wellbeing/comparison?year=last", officer).status()).isEqualTo(400);
	}

	@Test
	void everyNewEndpointIsClosedToAnotherCouncilAndToRolesThatMayNot() {
		long id = surveys.start(ONE, "YOUNGER_CHILDREN").get("id").asLong();
		String walsall = api.token("walsall-officer");
		Map<String, Object> start = Map.of("templateVersion", "CARE_LEAVERS", "opensOn", TODAY.toString(), "closesOn",
				TODAY.plusDays(5).toString());
		for (String path : List.of("/wellbeing/template", "/wellbeing/surveys", "/wellbeing/surveys/" + id + "/results",
				"/wellbeing/sharing", "/wellbeing/comparison", "/wellbeing/comparison/export.xlsx")) {
			assertThat(api.get(api(ONE) + path, walsall).status()).as("Walsall reading " + path).isEqualTo(404);
			assertThat(api.get(api(ONE) + path, api.token("platform-admin")).status()).as("the platform admin")
				.isEqualTo(404);
		}
		assertThat(api.post(api(ONE) + "/wellbeing/surveys", walsall, start).status()).isEqualTo(404);
		assertThat(api.put(api(ONE) + "/wellbeing/sharing", api.token("walsall-admin"), Map.of("optedIn", true))
			.status()).isEqualTo(404);
		var walsallPages = SignedInPages.signIn(port, "walsall-officer");
		for (String page : List.of("/wellbeing", "/wellbeing/surveys/" + id, "/wellbeing/comparison")) {
			assertThat(walsallPages.get("/councils/" + ONE + page, null).statusCode()).as("Walsall opening " + page)
				.isEqualTo(404);
		}

		assertThat(api.post(api(ONE) + "/wellbeing/surveys", api.token(ONE + "-viewer"), start).status())
			.as("a viewer starts nothing").isEqualTo(403);
		long version = api.get(api(ONE) + "/wellbeing/sharing", officer(ONE)).json().get("version").asLong();
		assertThat(api.put(api(ONE) + "/wellbeing/sharing", officer(ONE), Map.of("optedIn", true, "version", version))
			.status()).as("opting in is the council admin's").isEqualTo(403);
		assertThat(api.get(api(ONE) + "/wellbeing/surveys/" + id + "/results", api.token(ONE + "-viewer")).status())
			.isEqualTo(200);
	}

	@Test
	void theYoungPeoplesPageSaysWhatTheSurveyIsFor() throws Exception {
		long id = surveys.start(TWO, "YOUNGER_CHILDREN").get("id").asLong();
		String token = surveys.openWithLink(TWO, id);
		HttpResponse<String> page = surveys.get("/young-people/" + TWO + "/surveys/" + token);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("How are things for you? A survey for children aged 8 to 11",
				"We want to know how things are going for you", "Do you feel safe where you live?");
	}

	/** The council's comparison of care leavers' surveys once the shared results it waits for have arrived. */
	private JsonNode eventually(String council, Predicate<JsonNode> arrived) throws InterruptedException {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
		while (true) {
			JsonNode comparison = api.get(api(council) + "/wellbeing/comparison?version=CARE_LEAVERS", officer(council))
				.json();
			if (arrived.test(comparison)) {
				return comparison;
			}
			assertThat(Instant.now()).as("the shared results arrived: " + comparison).isBefore(giveUp);
			Thread.sleep(200);
		}
	}

	private static List<String> shares(JsonNode figures) {
		List<String> shares = new ArrayList<>();
		figures.forEach(figure -> shares.add(figure.get("share").asString()));
		return shares;
	}

	private String officer(String council) {
		return api.token(council + "-officer");
	}

	private static String api(String council) {
		return "/api/councils/" + council;
	}
}
