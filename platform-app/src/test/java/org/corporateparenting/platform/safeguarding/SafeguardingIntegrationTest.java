package org.corporateparenting.platform.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.SignedInPages;
import org.corporateparenting.platform.local.MailParts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

/**
 * The safeguarding route end to end: an answer in own words that may tell of harm reaches the named lead's queue and
 * inbox (never its words in either), only the lead reads it, the outcome is recorded with its history, and the
 * council's own screening list replaces the platform's.
 */
@PlatformTest
class SafeguardingIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	GreenMail mailServer;

	@Autowired
	JdbcTemplate jdbc;

	PlatformApi api;

	final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
	}

	@Test
	void aFlaggedSurveyAnswerReachesTheLeadAloneWhoRecordsTheOutcomeWithItsHistory() throws Exception {
		String council = "safeguardshire";
		String officer = api.officerOfNewCouncil(council, "Safeguardshire Council", "E08009957");
		String base = "/api/councils/" + council;
		String admin = api.token(council + "-admin");
		String lead = api.token(council + "-board-member");
		JsonNode named = api.put(base + "/safeguarding/settings", admin, Map.of("leadEmail",
				"Corporate.Parenting.Board@safeguardshire.example", "leadRole", "Designated safeguarding lead",
				"version", 0)).json();
		assertThat(named.get("leadEmail").asString()).isEqualTo("corporate.parenting.board@safeguardshire.example");
		assertThat(named.get("ownList").asBoolean()).isFalse();
		assertThat(named.get("phrases").valueStream().map(JsonNode::asString)).contains("hits me");

		Survey survey = survey(council, officer, "Your home");
		assertThat(respond(survey, "I like my carers and my social worker listens to me.").statusCode()).isEqualTo(302);
		assertThat(respond(survey, "My stepdad HITS me when I get home late!").statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select count(*) from cpp_council_" + council + ".survey_answer where"
				+ " answer_text like '%stepdad%'", Long.class)).as("the answer is kept").isEqualTo(1);

		JsonNode queue = await(() -> api.get(base + "/safeguarding/disclosures", lead).json(),
				found -> found.get("totalElements").asInt() == 1);
		JsonNode item = queue.get("content").get(0);
		assertThat(item.get("source").asString()).isEqualTo("SURVEY_ANSWER");
		assertThat(item.get("place").asString()).isEqualTo("Your home");
		assertThat(item.get("status").asString()).isEqualTo("NOT_READ");
		assertThat(queue.toString()).doesNotContain("stepdad");
		long id = item.get("id").asLong();

		for (String other : List.of(admin, officer, api.token(council + "-viewer"), api.token(council + "-partner"))) {
			assertThat(api.get(base + "/safeguarding/disclosures", other).status()).isEqualTo(403);
			assertThat(api.get(base + "/safeguarding/disclosures/" + id, other).status()).isEqualTo(403);
			assertThat(api.put(base + "/safeguarding/disclosures/" + id + "/outcome", other,
					Map.of("outcome", "NO_CONCERN", "version", 0)).status()).isEqualTo(403);
		}
		for (String foreign : List.of(api.token("walsall-admin"), api.token("wirral-board-member"))) {
			assertThat(api.get(base + "/safeguarding/disclosures", foreign).status()).isEqualTo(404);
			assertThat(api.get(base + "/safeguarding/disclosures/" + id, foreign).status()).isEqualTo(404);
			assertThat(api.get(base + "/safeguarding/settings", foreign).status()).isEqualTo(404);
		}
		assertThat(api.get("/api/councils/walsall/safeguarding/disclosures/" + id, api.token("walsall-admin")).status())
			.as("Walsall has no disclosure of that id").isEqualTo(404);
		assertThat(api.get(base + "/safeguarding/settings", lead).status()).as("settings are the admins'")
			.isEqualTo(403);

		JsonNode disclosure = api.get(base + "/safeguarding/disclosures/" + id, lead).json();
		assertThat(disclosure.get("text").asString()).isEqualTo("My stepdad HITS me when I get home late!");
		assertThat(disclosure.get("prompt").asString()).isEqualTo("Anything else you want to tell us?");
		assertThat(disclosure.get("place").asString()).isEqualTo("Your home");
		assertThat(disclosure.get("matched").asString()).isEqualTo("hits me");
		assertThat(disclosure.get("status").asString()).isEqualTo("READ");
		assertThat(disclosure.toString()).as("nothing of any other answer")
			.doesNotContain("I like my carers", "Do you feel safe", "YES");
		assertThat(disclosure.propertyNames()).doesNotContain("ageBand", "careStatus", "responseId");

		JsonNode notifications = api.get(base + "/notifications", lead).json();
		assertThat(notifications.get("content").get(0).get("path").asString())
			.isEqualTo("/councils/" + council + "/safeguarding/disclosures/" + id);
		assertThat(notifications.toString()).doesNotContain("stepdad", "HITS", "hits me");
		List<MimeMessage> mails = await(() -> mailsTo("corporate.parenting.board@safeguardshire.example"),
				found -> !found.isEmpty());
		String mail = MailParts.text(mails.getFirst(), "text/plain");
		assertThat(mail).contains("/councils/" + council + "/safeguarding/disclosures/" + id)
			.doesNotContain("stepdad", "HITS", "hits me");
		assertThat(mails.getFirst().getSubject()).doesNotContain("stepdad", "hits");

		var bad = api.put(base + "/safeguarding/disclosures/" + id + "/outcome", lead,
				Map.of("note", "x".repeat(2001), "version", disclosure.get("version").asLong()));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("outcome", "note");
		var other = api.put(base + "/safeguarding/disclosures/" + id + "/outcome", lead,
				Map.of("outcome", "OTHER", "version", disclosure.get("version").asLong()));
		assertThat(other.json().get("errors").findValuesAsString("field")).containsExactly("note");
		Map<String, Object> outcome = new HashMap<>(Map.of("outcome", "CHILDRENS_SOCIAL_CARE", "note",
				"Passed to the MASH the same day", "version", disclosure.get("version").asLong()));
		JsonNode recorded = api.put(base + "/safeguarding/disclosures/" + id + "/outcome", lead, outcome).json();
		assertThat(recorded.get("outcome").asString()).isEqualTo("CHILDRENS_SOCIAL_CARE");
		assertThat(recorded.get("status").asString()).isEqualTo("OUTCOME_RECORDED");
		assertThat(api.put(base + "/safeguarding/disclosures/" + id + "/outcome", lead, outcome).status())
			.as("a stale version").isEqualTo(409);

		assertThat(api.get(base + "/safeguarding/disclosures", lead).json().get("totalElements").asInt()).isZero();
		assertThat(api.get(base + "/safeguarding/disclosures?open=false", lead).json().get("totalElements").asInt())
			.isEqualTo(1);
		JsonNode history = api.get(base + "/safeguarding/disclosures/" + id + "/history", lead).json();
		assertThat(history.findValuesAsString("kind")).contains("CREATED", "CHANGED");
		assertThat(history.findValuesAsString("author")).contains(council + "-board-member", "platform");
		assertThat(history.toString()).contains("lastReadBy", "CHILDRENS_SOCIAL_CARE");

		SignedInPages pages = SignedInPages.signIn(port, council + "-board-member");
		HttpResponse<String> page = pages.get("/councils/" + council + "/safeguarding/disclosures/" + id, null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("My stepdad HITS me", "Referred to children&#39;s social care (MASH)");
		assertThat(pages.get("/councils/" + council, null).body()).contains("Possible disclosures");
		assertThat(SignedInPages.signIn(port, council + "-officer")
			.get("/councils/" + council + "/safeguarding/disclosures/" + id, null)
			.statusCode()).isEqualTo(403);
	}

	@Test
	void withNoLeadNamedTheAdminsReadTheQueueAndAreToldThatALeadShouldBeNamed() throws Exception {
		String council = "unledshire";
		String officer = api.officerOfNewCouncil(council, "Unledshire Council", "E08009958");
		String base = "/api/councils/" + council;
		String admin = api.token(council + "-admin");
		assertThat(api.get(base + "/safeguarding/settings", admin).json().get("leadNamed").asBoolean()).isFalse();
		assertThat(api.put(base + "/safeguarding/settings", admin,
				Map.of("adminsEmail", "council.admins@unledshire.example", "version", 0)).status()).isEqualTo(200);

		long forum = api.post(base + "/forums", officer, Map.of("name", "Children in Care Council", "kind",
				"CHILDREN_IN_CARE_COUNCIL")).json().get("id").asLong();
		var recorded = api.post(base + "/forums/" + forum + "/activities", officer, Map.of("date", "2026-11-30",
				"kind", "ATTENDED_BOARD", "description", "One member said she is scared to go home at weekends."));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);

		JsonNode queue = await(() -> api.get(base + "/safeguarding/disclosures", admin).json(),
				found -> found.get("totalElements").asInt() == 1);
		assertThat(queue.get("content").get(0).get("source").asString()).isEqualTo("FORUM_ACTIVITY");
		assertThat(api.get(base + "/safeguarding/disclosures", officer).status()).isEqualTo(403);
		JsonNode read = api.get(base + "/safeguarding/disclosures/" + queue.get("content").get(0).get("id").asLong(),
				admin).json();
		assertThat(read.get("place").asString()).isEqualTo("Children in Care Council");
		assertThat(read.get("recordedBy").asString()).isEqualTo(council + "-officer");
		assertThat(await(() -> mailsTo("council.admins@unledshire.example"), found -> !found.isEmpty())).hasSize(1);

		HttpResponse<String> page = SignedInPages.signIn(port, council + "-admin")
			.get("/councils/" + council + "/safeguarding/disclosures", null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("No safeguarding lead is named", "A lead should be named");
	}

	@Test
	void aCouncilsOwnListIsCheckedWholeThenReplacesThePlatformsAndAFailedScreeningStillFlags() throws Exception {
		String council = "screenshire";
		String officer = api.officerOfNewCouncil(council, "Screenshire Council", "E08009959");
		String base = "/api/councils/" + council;
		String admin = api.token(council + "-admin");
		Map<String, Object> wrong = new HashMap<>(Map.of("leadEmail", "the lead", "ownList", true, "phrases",
				List.of("purple elephant", "  !! "), "patterns", List.of("((a+)+)+b", "[unclosed"), "version", 0));
		var bad = api.put(base + "/safeguarding/settings", admin, wrong);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("leadEmail",
				"phrases[1]", "patterns[1]");
		assertThat(bad.body()).contains("[unclosed");
		assertThat(api.get(base + "/safeguarding/settings", admin).json().get("version").asLong())
			.as("nothing saved").isZero();
		assertThat(api.put(base + "/safeguarding/settings", officer, wrong).status()).isEqualTo(403);

		Map<String, Object> own = new HashMap<>(Map.of("leadEmail", "platform.support@screenshire.example",
				"ownList", true, "phrases", List.of("purple elephant"), "patterns", List.of("((a+)+)+b"), "version", 0));
		JsonNode saved = api.put(base + "/safeguarding/settings", admin, own).json();
		assertThat(saved.get("phrases").valueStream().map(JsonNode::asString)).containsExactly("purple elephant");
		assertThat(api.put(base + "/safeguarding/settings", admin, own).status()).as("a stale version")
			.isEqualTo(409);

		Survey survey = survey(council, officer, "Your school");
		assertThat(respond(survey, "My stepdad hits me").statusCode()).isEqualTo(302);
		assertThat(respond(survey, "I saw a PURPLE elephant.").statusCode()).isEqualTo(302);
		assertThat(respond(survey, "a".repeat(480) + "c").statusCode()).as("a screening that fails keeps the answer")
			.isEqualTo(302);
		JsonNode queue = await(() -> api.get(base + "/safeguarding/disclosures", admin).json(),
				found -> found.get("totalElements").asInt() == 2);
		List<String> matched = queue.get("content").valueStream()
			.map(item -> api.get(base + "/safeguarding/disclosures/" + item.get("id").asLong(), admin).json())
			.map(item -> item.get("matched").asString())
			.toList();
		assertThat(matched).containsExactlyInAnyOrder("purple elephant", "Could not be screened: read it to be sure");
		assertThat(api.get(base + "/safeguarding/settings/history", admin).json()).hasSize(1);
	}

	record Survey(String path, String question) {
	}

	private Survey survey(String council, String officer, String topic) {
		String base = "/api/councils/" + council;
		long id = api.post(base + "/consultations", officer, Map.of("topic", topic, "audiences",
				List.of("CHILDREN_IN_CARE_12_15"), "method", "SURVEY", "opensOn", "2026-11-01", "closesOn", "2027-03-31",
				"designedBy", "BOTH", "status", "OPEN")).json().get("id").asLong();
		api.post(base + "/consultations/" + id + "/questions", officer,
				Map.of("text", "Do you feel safe where you live?", "type", "YES_NO"));
		long question = api.post(base + "/consultations/" + id + "/questions", officer,
				Map.of("text", "Anything else you want to tell us?", "type", "FREE_TEXT", "maxLength", 500)).json()
			.get("id").asLong();
		String token = api.post(base + "/consultations/" + id + "/links", officer, Map.of()).json().get("token")
			.asString();
		return new Survey("/young-people/" + council + "/surveys/" + token, "q" + question);
	}

	private HttpResponse<String> respond(Survey survey, String words) throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		form.put(survey.question(), words);
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + survey.path()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(mailServer.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch(to -> to.toString().contains(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** What the supplier gives once it passes, within ten seconds (the listener runs after the answer is stored). */
	static <T> T await(java.util.function.Supplier<T> read, Predicate<T> done) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		T last = read.get();
		while (!done.test(last) && System.nanoTime() < deadline) {
			Thread.sleep(100);
			last = read.get();
		}
		assertThat(done.test(last)).as("within ten seconds: " + last).isTrue();
		return last;
	}
}
