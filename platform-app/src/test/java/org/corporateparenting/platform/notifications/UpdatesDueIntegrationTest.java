package org.corporateparenting.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.corporateparenting.notifications.DueDates;
import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.SignedInPages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reminders that a record is due an update, as a copy of Walsall's people receive them: a work stream's lead at the
 * email the work stream names, and every contact of the organisation that made a partner's pledge.
 */
@PlatformTest
class UpdatesDueIntegrationTest {

	static final String HOME = "Home – a safe place to live";

	static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	final int port;

	final CouncilMail mail;

	final PlatformApi api;

	UpdatesDueIntegrationTest(@LocalServerPort int port, @Autowired ApplicationContext context) {
		this.port = port;
		this.mail = new CouncilMail(port, context);
		this.api = new PlatformApi(port);
	}

	@Test
	void aWorkStreamsLeadEmailIsCheckedKeptAndShownToItsOwnCouncilOnly() {
		String council = mail.onboardWalsallAs("leadby", "E08009961");
		String officer = api.token(council + "-officer");
		JsonNode home = workStreamNamed(council, HOME);
		String path = "/api/councils/" + council + "/work-streams/" + home.get("id").asLong();

		var refused = api.put(path, officer, withLeadEmail(home, "home lead at leadby"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("leadEmail");
		var saved = api.put(path, officer, withLeadEmail(home, "Home.Lead@Leadby.example"));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().get("leadEmail").asString()).isEqualTo("home.lead@leadby.example");
		assertThat(api.get(path, officer).json().get("leadEmail").asString()).isEqualTo("home.lead@leadby.example");
		assertThat(api.get("/api/councils/" + council + "/contacts?q=home.lead", officer).json()
			.get("content").findValuesAsString("email")).as("a known contact from now on")
			.containsExactly("home.lead@leadby.example");

		String wirral = api.token("wirral-officer");
		assertThat(api.get(path, wirral).status()).isEqualTo(404);
		assertThat(api.put(path, wirral, withLeadEmail(saved.json(), "someone@wirral.example")).status())
			.isEqualTo(404);
		assertThat(api.get("/api/councils/" + council + "/work-streams", wirral).status()).isEqualTo(404);
	}

	@Test
	void aWorkStreamsLeadIsChangedOnItsPage() {
		String council = mail.onboardWalsallAs("pageby", "E08009962");
		JsonNode home = workStreamNamed(council, HOME);
		String page = "/councils/" + council + "/work-streams/" + home.get("id").asLong();
		SignedInPages officer = SignedInPages.signIn(port, council + "-officer");
		assertThat(officer.get(page, null).body()).contains("Lead’s email", "is due an update", "<datalist",
				"<option value=\"housing.pathway@walsall.example\"");

		var refused = officer.post(page, page, lead(home, "provider services"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Error: " + HOME, "must be an email address", "provider services");

		var saved = officer.post(page, page, lead(home, "provider.services@pageby.example"));
		assertThat(saved.body()).contains("The work stream has been saved",
				"Reminded at <span>provider.services@pageby.example</span>");
		assertThat(workStreamNamed(council, HOME).get("leadEmail").asString())
			.isEqualTo("provider.services@pageby.example");
	}

	/** The page's form, as an officer sends it changing only the lead's email of an active work stream. */
	private static Map<String, String> lead(JsonNode workStream, String leadEmail) {
		return Map.of("lead", workStream.get("lead").asString(), "leadEmail", leadEmail, "status", "ACTIVE",
				"statusDate", "", "statusReason", "", "mergedInto", "", "version", workStream.get("version").asString());
	}

	@Test
	void aWorkStreamsLeadHearsOnceWhenAnUpdateIsDueAndAgainOnlyTwelveWeeksAfterTheNext() {
		String council = mail.onboardWalsallAs("updateby", "E08009963");
		String officer = api.token(council + "-officer");
		JsonNode home = workStreamNamed(council, HOME);
		String lead = "home.lead@updateby.example";
		assertThat(api.put(path(council, home), officer, withLeadEmail(home, lead)).status()).isEqualTo(200);
		JsonNode dissolved = workStreamNamed(council, "Respect and influence");
		String dissolvedLead = "respect.lead@updateby.example";
		assertThat(api.put(path(council, dissolved), officer, withLeadEmail(dissolved, dissolvedLead)).status())
			.isEqualTo(200);

		// Walsall's work streams were last updated on 10 December 2019: twelve weeks on is 3 March 2020.
		mail.run(council, LocalDate.of(2020, 3, 2));
		assertThat(mail.to(council, lead)).as("a day short of twelve weeks").isEmpty();
		mail.run(council, LocalDate.of(2020, 3, 3));
		assertThat(mail.to(council, lead)).hasSize(1);
		assertThat(CouncilMail.text(mail.to(council, lead).getFirst())).contains(
				"Hello Group Manager, Provider Services,", "Work streams due an update", HOME,
				"The latest update was recorded on 10 December 2019, 12 weeks ago: record what has been delivered and"
						+ " what is in progress",
				"http://localhost:8080/councils/" + council + "/work-streams/" + home.get("id").asLong());
		mail.run(council, LocalDate.of(2020, 3, 4));
		assertThat(mail.to(council, lead)).as("not again the next day").hasSize(1);

		var update = api.post(path(council, home) + "/updates", officer,
				Map.of("date", "2020-03-10", "inProgress", List.of("Staying Put review under way")));
		assertThat(update.status()).as(update.body()).isEqualTo(201);
		mail.run(council, LocalDate.of(2020, 3, 11));
		mail.run(council, LocalDate.of(2020, 6, 1));
		assertThat(mail.to(council, lead)).as("the new update is not yet twelve weeks old").hasSize(1);
		mail.run(council, LocalDate.of(2020, 6, 2));
		assertThat(mail.to(council, lead)).hasSize(2);
		assertThat(CouncilMail.text(mail.to(council, lead).getLast()))
			.contains("The latest update was recorded on 10 March 2020, 12 weeks ago");
		assertThat(mail.to(council, dissolvedLead)).as("a work stream no longer at work").isEmpty();
	}

	@Test
	void aWorkStreamNeverUpdatedIsDueAnUpdateTwelveWeeksAfterItWasSetUp() {
		String council = mail.onboardWalsallAs("setupby", "E08009964");
		String officer = api.token(council + "-officer");
		long pledge = api.get("/api/councils/" + council + "/pledge-sets", officer)
			.json()
			.findValues("pledges")
			.getFirst()
			.get(0)
			.get("id")
			.asLong();
		String lead = "money.lead@setupby.example";
		var created = api.post("/api/councils/" + council + "/work-streams", officer, Map.of("name", "Money matters",
				"lead", "Leaving Care Manager", "leadEmail", lead, "pledgeIds", List.of(pledge)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		LocalDate setUp = LocalDate.now(ENGLAND);

		mail.run(council, setUp.plusWeeks(12).minusDays(1));
		assertThat(mail.to(council, lead)).isEmpty();
		mail.run(council, setUp.plusWeeks(12));
		assertThat(mail.to(council, lead)).singleElement()
			.extracting(CouncilMail::text)
			.asString()
			.contains("Hello Leaving Care Manager,", "Money matters", "No update has been recorded since it was set up on "
					+ DueDates.DAY.format(setUp) + ", 12 weeks ago: record what has been delivered and what is in progress");
	}

	@Test
	void everyContactOfAPartnerHearsOnceWhenItsPledgeIsDueAnUpdate() {
		String council = mail.onboardWalsallAs("pledgeby", "E08009965");
		String officer = api.token(council + "-officer");
		String base = "/api/councils/" + council;
		List<String> health = List.of("designated.nurse.cic@walsall.example", "health.commissioning@walsall.example",
				"designated.doctor.cla@walsall.example");

		// The integrated care board last reported on its pledge on 8 October 2024: twelve weeks on is 31 December.
		mail.run(council, LocalDate.of(2024, 12, 30));
		assertThat(health).allSatisfy(contact -> assertThat(pledgeReminders(council, contact)).isEmpty());
		mail.run(council, LocalDate.of(2024, 12, 31));
		assertThat(health).allSatisfy(contact -> assertThat(pledgeReminders(council, contact)).hasSize(1));
		assertThat(pledgeReminders(council, "health.commissioning@walsall.example").getFirst()).contains(
				"Hello Lead Commissioner - Health,", "Partners' pledges due an update",
				"NHS Black Country Integrated Care Board: The integrated care board will make sure every care leaver"
						+ " receives a health…",
				"The latest update was recorded on 8 October 2024, 12 weeks ago: report the progress made on it, with a"
						+ " red, amber or green rating",
				"http://localhost:8080/councils/" + council + "/alliance/partner-pledges/");
		mail.run(council, LocalDate.of(2025, 1, 1));
		assertThat(pledgeReminders(council, "health.commissioning@walsall.example")).as("not again the next day")
			.hasSize(1);

		JsonNode pledge = first(api.get(base + "/partner-pledges?size=100", officer).json().get("content"),
				"organisationKey", "health");
		var update = api.post(base + "/partner-pledges/" + pledge.get("id").asLong() + "/updates", officer,
				Map.of("date", "2025-01-06", "text", "Family health history section in use", "rag", "GREEN"));
		assertThat(update.status()).as(update.body()).isEqualTo(201);
		long probation = first(api.get(base + "/partner-organisations?size=100", officer).json().get("content"), "key",
				"probation")
			.get("id")
			.asLong();
		var made = api.post(base + "/partner-pledges", officer, Map.of("organisationId", probation, "theme",
				"Belonging in the community", "text", "A named probation officer for every care leaver on probation",
				"committedOn", "2025-01-06", "rag", "AMBER"));
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		mail.run(council, LocalDate.of(2025, 3, 30));
		assertThat(pledgeReminders(council, "health.commissioning@walsall.example")).hasSize(1);
		assertThat(pledgeReminders(council, "probation@walsall.example")).isEmpty();
		mail.run(council, LocalDate.of(2025, 3, 31));
		assertThat(pledgeReminders(council, "health.commissioning@walsall.example")).hasSize(2)
			.last()
			.asString()
			.contains("The latest update was recorded on 6 January 2025, 12 weeks ago");
		assertThat(pledgeReminders(council, "probation@walsall.example")).singleElement()
			.asString()
			.contains("Probation Service: A named probation officer for every care leaver on probation",
					"No update has been recorded since it was made on 6 January 2025, 12 weeks ago");
	}

	/** The texts of the council's mails to a contact that remind them of a partner's pledge. */
	private List<String> pledgeReminders(String council, String contact) {
		return mail.to(council, contact)
			.stream()
			.map(CouncilMail::text)
			.filter(text -> text.contains("Partners' pledges due an update"))
			.toList();
	}

	private static String path(String council, JsonNode workStream) {
		return "/api/councils/" + council + "/work-streams/" + workStream.get("id").asLong();
	}

	private JsonNode workStreamNamed(String council, String name) {
		return first(api.get("/api/councils/" + council + "/work-streams", api.token(council + "-officer")).json(),
				"name", name);
	}

	/** The first record of a list the API gave whose field has the value. */
	private static JsonNode first(JsonNode records, String field, String value) {
		return records.valueStream()
			.filter(record -> record.get(field).asString().equals(value))
			.findFirst()
			.orElseThrow();
	}

	/** The work stream as the API gave it, as a request to change it with this lead's email. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> withLeadEmail(JsonNode workStream, String leadEmail) {
		Map<String, Object> request = JsonMapper.builder().build().convertValue(workStream, Map.class);
		request.put("leadEmail", leadEmail);
		return request;
	}
}
