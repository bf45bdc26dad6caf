package org.corporateparenting.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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
		assertThat(officer.get(page, null).body()).contains("Lead’s email", "is due an update");

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

	private JsonNode workStreamNamed(String council, String name) {
		return api.get("/api/councils/" + council + "/work-streams", api.token(council + "-officer"))
			.json()
			.valueStream()
			.filter(workStream -> workStream.get("name").asString().equals(name))
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
