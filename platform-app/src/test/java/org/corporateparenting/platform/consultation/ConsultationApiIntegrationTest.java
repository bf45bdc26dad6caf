package org.corporateparenting.platform.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The consultation API, and surveys answered through their anonymous links as young people answer them: no
 * personal data kept, closed links refusing politely, the abuse guard, no way from one council's link to another's
 * survey. Wirral's consultations as the council brought them.
 */
@PlatformTest
class ConsultationApiIntegrationTest {

	static final String WIRRAL = "/api/councils/wirral";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	PlatformApi api;

	String officer;

	String walsall;

	final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeEach
	void setUp() throws InterruptedException {
		api = new PlatformApi(port);
		officer = api.token("wirral-officer");
		walsall = api.token("walsall-officer");
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
		while (api.get(WIRRAL + "/consultations", officer).json().get("content").isEmpty()
				&& Instant.now().isBefore(giveUp)) {
			Thread.sleep(200);
		}
	}

	@Test
	void wirralsConsultationsAreThereAndEveryEndpointIsClosedToAnotherCouncil() throws Exception {
		JsonNode all = api.get(WIRRAL + "/consultations?size=100", officer).json().get("content");
		assertThat(all.findValuesAsString("status")).contains("REPORTED_BACK", "OPEN");
		long id = all.get(0).get("id").asLong();
		long forum = api.get(WIRRAL + "/forums", officer).json().get(0).get("id").asLong();
		long finding = api.get(WIRRAL + "/you-said-we-did", officer).json().get(0).get("id").asLong();
		for (String path : List.of("/consultations", "/consultations/" + id, "/consultations/" + id + "/questions",
				"/consultations/" + id + "/links", "/consultations/" + id + "/results",
				"/consultations/" + id + "/results.csv", "/consultations/" + id + "/responses",
				"/consultations/" + id + "/findings", "/consultations/" + id + "/history", "/forums", "/forums/" + forum,
				"/forums/" + forum + "/activities", "/findings/" + finding, "/you-said-we-did")) {
			assertThat(api.get(WIRRAL + path, walsall).status()).as("Walsall reading " + path).isEqualTo(404);
		}
		for (String path : List.of("/consultations", "/consultations/" + id + "/questions",
				"/consultations/" + id + "/links", "/consultations/" + id + "/findings", "/forums",
				"/forums/" + forum + "/activities", "/findings/" + finding + "/publication")) {
			assertThat(api.post(WIRRAL + path, walsall, Map.of()).status()).as("Walsall posting to " + path)
				.isEqualTo(404);
		}
		assertThat(getAs("/api/council%73/wirral/consultations/" + id, walsall).statusCode())
			.as("an encoded letter in the address").isEqualTo(404);
		assertThat(getAs("/api/council%73/wirral/consultations/" + id, officer).statusCode()).isEqualTo(200);
		for (String path : List.of("/consultations/" + id, "/forums/" + forum, "/findings/" + finding)) {
			assertThat(api.put(WIRRAL + path, walsall, Map.of()).status()).as("Walsall changing " + path).isEqualTo(404);
		}
	}

	@Test
	void aConsultationIsCheckedVersionedAndMovesOnInOrder() {
		var bad = api.post(WIRRAL + "/consultations", officer, Map.of("opensOn", "2027-01-10", "closesOn", "2027-01-01",
				"forumId", 999999));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).contains("topic", "audiences", "method",
				"designedBy", "closesOn", "forumId");
		Map<String, Object> request = new HashMap<>(Map.of("topic", "Staying close when you leave care", "audiences",
				List.of("CARE_LEAVERS"), "method", "FOCUS_GROUP", "opensOn", "2026-10-01", "closesOn", "2026-12-31",
				"designedBy", "YOUNG_PEOPLE", "informs", "Independence and transition to adulthood"));
		JsonNode created = api.post(WIRRAL + "/consultations", officer, request).json();
		long id = created.get("id").asLong();
		assertThat(created.get("status").asString()).isEqualTo("PLANNED");
		request.put("status", "OPEN");
		request.put("version", created.get("version").asLong());
		assertThat(api.put(WIRRAL + "/consultations/" + id, officer, request).json().get("status").asString())
			.isEqualTo("OPEN");
		assertThat(api.put(WIRRAL + "/consultations/" + id, officer, request).status()).isEqualTo(409);
		request.put("version", created.get("version").asLong() + 1);
		request.put("status", "PLANNED");
		assertThat(api.put(WIRRAL + "/consultations/" + id, officer, request).status()).as("back to planned")
			.isEqualTo(409);
		assertThat(api.post(WIRRAL + "/consultations/" + id + "/questions", officer,
				Map.of("text", "How are you?", "type", "YES_NO")).status()).as("a focus group has no questions")
			.isEqualTo(409);
		assertThat(api.post(WIRRAL + "/consultations", api.token("wirral-viewer"), request).status()).isEqualTo(403);
	}

	@Test
	void aConsultationsContactIsRemindedAtAnEmailAddressOnly() {
		Map<String, Object> request = new HashMap<>(Map.of("topic", "Who you can talk to", "audiences",
				List.of("CARE_LEAVERS"), "method", "FOCUS_GROUP", "opensOn", "2026-10-01", "closesOn", "2026-12-31",
				"designedBy", "STAFF", "contactRole", "Participation team", "contactEmail", "participation at wirral"));
		assertThat(api.post(WIRRAL + "/consultations", officer, request).json().get("errors").findValuesAsString("field"))
			.containsExactly("contactEmail");
		request.put("contactEmail", "Participation@Wirral.example");
		JsonNode created = api.post(WIRRAL + "/consultations", officer, request).json();
		assertThat(created.get("contactRole").asString()).isEqualTo("Participation team");
		assertThat(created.get("contactEmail").asString()).isEqualTo("participation@wirral.example");
	}

	@Test
	void aSurveyIsAnsweredAnonymouslyAndKeepsNothingThatSaysWhoAnswered() throws Exception {
		long id = newSurvey("Your placement", 10);
		JsonNode questions = api.get(WIRRAL + "/consultations/" + id + "/questions", officer).json();
		String token = api.post(WIRRAL + "/consultations/" + id + "/links", officer, Map.of("label", "Posters"))
			.json().get("token").asString();
		assertThat(token).hasSizeGreaterThanOrEqualTo(43);
		String path = "/young-people/wirral/surveys/" + token;

		HttpResponse<String> page = get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Your placement", "Do you feel safe where you live?");
		assertThat(page.headers().firstValue("Set-Cookie")).as("no session for an anonymous visitor").isEmpty();
		assertThat(page.headers().allValues("Referrer-Policy")).as("the link is never passed on").contains("no-referrer");
		assertThat(get(path.toUpperCase().replace("/YOUNG-PEOPLE/WIRRAL/SURVEYS/", "/young-people/wirral/surveys/"))
			.statusCode()).as("a token matches only as written").isEqualTo(404);

		Map<String, String> answers = new LinkedHashMap<>();
		answers.put("q" + questions.get(0).get("id").asLong(), "MAYBE");
		answers.put("q" + questions.get(2).get("id").asLong(), "x".repeat(501));
		HttpResponse<String> bad = post(path, answers);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("There is a problem");
		assertThat(count("survey_response", id)).isZero();

		answers.clear();
		answers.put("q" + questions.get(0).get("id").asLong(), "YES");
		answers.put("q" + questions.get(1).get("id").asLong(), "4");
		answers.put("q" + questions.get(2).get("id").asLong(), "I like my carers");
		answers.put("ageBand", "AGE_11_15");
		HttpResponse<String> sent = post(path, answers);
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/thank-you");

		Map<String, Object> row = jdbc.queryForMap(
				"select * from cpp_council_wirral.survey_response where consultation_id = ?", id);
		assertThat(row.keySet()).containsExactlyInAnyOrder("id", "consultation_id", "link_id", "submitted_on",
				"age_band", "care_status", "illustrative");
		assertThat(row.get("age_band")).isEqualTo("AGE_11_15");
		assertThat(row.get("care_status")).isNull();
		assertThat(jdbc.queryForList("select answer_text from cpp_council_wirral.survey_answer a join"
				+ " cpp_council_wirral.survey_response r on r.id = a.response_id where r.consultation_id = ?",
				String.class, id)).contains("I like my carers");

		JsonNode results = api.get(WIRRAL + "/consultations/" + id + "/results", officer).json();
		assertThat(results.get("responses").asInt()).isEqualTo(1);
		assertThat(results.get("questions").get(2).get("ownWords").get(0).asString()).isEqualTo("I like my carers");
		JsonNode asViewer = api.get(WIRRAL + "/consultations/" + id + "/results", api.token("wirral-viewer")).json();
		assertThat(asViewer.get("questions").get(2).get("ownWords")).isEmpty();
		assertThat(asViewer.findValuesAsString("size")).containsOnly("c");
		assertThat(api.get(WIRRAL + "/consultations/" + id + "/responses", api.token("wirral-viewer")).status())
			.isEqualTo(403);
		String csv = new String(api.download(WIRRAL + "/consultations/" + id + "/results.csv", officer),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("All responses").doesNotContain("I like my carers");
		// The figures, then past a blank row the legend of the symbols.
		assertThat(csv.lines().skip(1).takeWhile(line -> !line.isBlank()))
			.isNotEmpty()
			.allSatisfy(line -> assertThat(line).contains(",c,"));
		assertThat(csv).contains("Symbol,Meaning", "c,\"Suppressed to protect confidentiality");
	}

	@Test
	void aClosedLinkRefusesPolitelyTheAbuseGuardHoldsAndNoLinkReachesAnotherCouncil() throws Exception {
		long id = newSurvey("Your school", 10);
		JsonNode questions = api.get(WIRRAL + "/consultations/" + id + "/questions", officer).json();
		JsonNode link = api.post(WIRRAL + "/consultations/" + id + "/links", officer, Map.of()).json();
		String path = "/young-people/wirral/surveys/" + link.get("token").asString();
		Map<String, String> answers = Map.of("q" + questions.get(0).get("id").asLong(), "NO",
				"q" + questions.get(1).get("id").asLong(), "3");

		assertThat(get("/young-people/walsall/surveys/" + link.get("token").asString()).statusCode())
			.as("Wirral's link under Walsall's address").isEqualTo(404);
		assertThat(post("/young-people/walsall/surveys/" + link.get("token").asString(), answers).statusCode())
			.isEqualTo(404);

		int accepted = 0;
		HttpResponse<String> last = null;
		for (int i = 0; i < 7; i++) {
			last = post(path, answers);
			if (last.statusCode() == 302) {
				accepted++;
			}
		}
		assertThat(accepted).isEqualTo(6);
		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.body()).contains("wait a minute");

		assertThat(api.post(WIRRAL + "/survey-links/" + link.get("id").asLong() + "/close", officer, Map.of()).status())
			.isEqualTo(200);
		HttpResponse<String> closed = get(path);
		assertThat(closed.statusCode()).isEqualTo(410);
		assertThat(closed.body()).contains("This survey link has been closed.");
		assertThat(post(path, answers).statusCode()).isEqualTo(410);
		assertThat(count("survey_response", id)).isEqualTo(6);
		assertThat(get("/young-people/wirral/surveys/not-a-real-link").statusCode()).isEqualTo(404);
	}

	@Test
	void aFindingIsLinkedToAnActionAndPublishedForYoungPeople() throws Exception {
		long id = api.get(WIRRAL + "/consultations?size=100", officer).json().get("content").get(0).get("id").asLong();
		var bad = api.post(WIRRAL + "/consultations/" + id + "/findings", officer, Map.of("responseStatus",
				"NOT_POSSIBLE", "actionReference", "NO-SUCH-ACTION", "raisedBy", 0));
		assertThat(bad.json().get("errors").findValuesAsString("field")).contains("theme", "summary", "raisedBy",
				"whatWeWillDo", "reason", "actionReference");
		Map<String, Object> finding = new HashMap<>(Map.of("theme", "Gym passes", "summary",
				"You said the gym and swim passes help you feel well", "raisedBy", 9));
		JsonNode recorded = api.post(WIRRAL + "/consultations/" + id + "/findings", officer, finding).json();
		long findingId = recorded.get("id").asLong();
		assertThat(api.post(WIRRAL + "/findings/" + findingId + "/publication", officer,
				Map.of("published", true, "version", recorded.get("version").asLong())).status())
			.as("no response yet").isEqualTo(409);

		finding.putAll(Map.of("whatWeWillDo", "We kept the passes for every care leaver", "responseStatus", "DONE",
				"actionReference", "WIR-22-01", "toldBackOn", "2026-11-01", "toldBackHow", "At the care councils",
				"version", recorded.get("version").asLong()));
		JsonNode revised = api.put(WIRRAL + "/findings/" + findingId, officer, finding).json();
		assertThat(revised.get("action").get("title").asString()).containsIgnoringCase("gym");
		assertThat(api.put(WIRRAL + "/findings/" + findingId, officer, finding).status()).isEqualTo(409);
		JsonNode published = api.post(WIRRAL + "/findings/" + findingId + "/publication", officer,
				Map.of("published", true, "version", revised.get("version").asLong())).json();
		assertThat(published.get("published").asBoolean()).isTrue();
		assertThat(api.get(WIRRAL + "/findings/" + findingId + "/history", officer).json().size())
			.isGreaterThanOrEqualTo(3);

		HttpResponse<String> page = get("/young-people/wirral/you-said-we-did");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("You said the gym and swim passes help you feel well",
				"We kept the passes for every care leaver");
		assertThat(get("/young-people/walsall/you-said-we-did").body())
			.doesNotContain("You said the gym and swim passes help you feel well");
	}

	@Test
	void forumsAndTheirActivitiesAreCheckedAndVersioned() {
		var bad = api.post(WIRRAL + "/forums", officer, Map.of("ageFrom", 16, "ageTo", 12));
		assertThat(bad.json().get("errors").findValuesAsString("field")).contains("name", "kind", "ageTo");
		Map<String, Object> forum = new HashMap<>(Map.of("name", "Young Inspectors", "kind", "OTHER", "ageFrom", 13,
				"ageTo", 21, "meetingPattern", "Monthly on Saturdays"));
		JsonNode created = api.post(WIRRAL + "/forums", officer, forum).json();
		long id = created.get("id").asLong();
		assertThat(api.post(WIRRAL + "/forums", officer, forum).status()).isEqualTo(409);
		forum.put("version", created.get("version").asLong());
		forum.put("meetingPattern", "Monthly on Saturday mornings");
		assertThat(api.put(WIRRAL + "/forums/" + id, officer, forum).status()).isEqualTo(200);
		assertThat(api.put(WIRRAL + "/forums/" + id, officer, forum).status()).isEqualTo(409);
		assertThat(api.post(WIRRAL + "/forums/" + id + "/activities", officer, Map.of("date", "2099-01-01")).json()
			.get("errors").findValuesAsString("field")).contains("date", "kind", "description");
		assertThat(api.post(WIRRAL + "/forums/" + id + "/activities", officer, Map.of("date", "2026-10-12", "kind",
				"STAFF_RECRUITMENT", "description", "Two members sat on the interview panel for a team manager"))
			.status()).isEqualTo(201);
		assertThat(api.get(WIRRAL + "/forums/" + id + "/activities", officer).json().get(0).get("author").asString())
			.isEqualTo("wirral-officer");
	}

	private long newSurvey(String topic, int maxLength) {
		long id = api.post(WIRRAL + "/consultations", officer, Map.of("topic", topic, "audiences",
				List.of("CHILDREN_IN_CARE_12_15"), "method", "SURVEY", "opensOn", "2026-11-01", "closesOn", "2027-03-31",
				"designedBy", "BOTH", "status", "OPEN", "surveyIntro", "Tell us what you think. It takes five minutes."))
			.json().get("id").asLong();
		assertThat(api.post(WIRRAL + "/consultations/" + id + "/questions", officer,
				Map.of("text", "Choose one", "type", "SINGLE_CHOICE", "options", List.of("Only one"))).json()
			.get("errors").findValuesAsString("field")).containsExactly("options");
		api.post(WIRRAL + "/consultations/" + id + "/questions", officer,
				Map.of("text", "Do you feel safe where you live?", "type", "YES_NO", "required", true));
		api.post(WIRRAL + "/consultations/" + id + "/questions", officer, Map.of("text", "How happy are you at home?",
				"type", "RATING", "required", true, "lowLabel", "Not happy", "highLabel", "Very happy"));
		api.post(WIRRAL + "/consultations/" + id + "/questions", officer,
				Map.of("text", "Anything else you want to tell us?", "type", "FREE_TEXT", "maxLength", 500));
		return id;
	}

	private long count(String table, long consultation) {
		return jdbc.queryForObject("select count(*) from cpp_council_wirral." + table + " where consultation_id = ?",
				Long.class, consultation);
	}

	private HttpResponse<String> getAs(String path, String token) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
