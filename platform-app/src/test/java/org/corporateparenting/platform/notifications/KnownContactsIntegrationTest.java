package org.corporateparenting.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.SignedInPages;
import org.corporateparenting.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * The council's known contacts, gathered from every module that names people by email: the API lists and searches
 * them for any of the council's people (and nobody else), and the pages where an owner's email is typed offer them.
 * On a copy of Walsall whose role mailboxes are its own: its Housing Pathway Panel owns an action, its participation
 * team is a consultation's contact, and West Midlands Police's lead is a partner organisation's contact.
 */
@PlatformTest
class KnownContactsIntegrationTest {

	static final String COUNCIL = "contactsby";

	static final String HOUSING_PATHWAY = "housing.pathway@" + COUNCIL + ".example";

	static final String PARTICIPATION = "participation@" + COUNCIL + ".example";

	static final String POLICE = "police@" + COUNCIL + ".example";

	private static boolean onboarded;

	final int port;

	final PlatformApi api;

	final String base = "/api/councils/" + COUNCIL;

	KnownContactsIntegrationTest(@LocalServerPort int port, @Autowired ApplicationContext context) {
		this.port = port;
		this.api = new PlatformApi(port);
		synchronized (KnownContactsIntegrationTest.class) {
			if (!onboarded) {
				new CouncilMail(port, context).onboardWalsallWithOwnMailboxesAs(COUNCIL, "E08009991");
				onboarded = true;
			}
		}
	}

	@Test
	void listsTheContactsOfActionsConsultationsAndPartnerOrganisationsOncePerAddressByName() {
		JsonNode contacts = api.get(base + "/contacts?size=100", api.token(COUNCIL + "-officer")).json();

		List<String> emails = contacts.get("content").findValuesAsString("email");
		assertThat(emails).contains(HOUSING_PATHWAY, PARTICIPATION, POLICE).doesNotHaveDuplicates();
		assertThat(contacts.get("totalElements").asLong()).isEqualTo(emails.size());
		assertThat(contact(contacts, HOUSING_PATHWAY).get("name").asString()).isEqualTo("Housing Pathway Panel");
		assertThat(contact(contacts, PARTICIPATION).get("name").asString()).isEqualTo("Participation team");
		assertThat(contact(contacts, POLICE).get("name").asString())
			.isEqualTo("Lead from West Midlands Police, West Midlands Police");
		List<String> names = contacts.get("content").findValuesAsString("name");
		assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
	}

	@Test
	void findsContactsWhoseNameOrEmailHoldsTheTextInAnyCaseAPageAtATime() {
		String officer = api.token(COUNCIL + "-officer");

		JsonNode police = api.get(base + "/contacts?q=POLICE", officer).json();
		assertThat(police.get("content").findValuesAsString("email")).contains(POLICE)
			.allMatch(email -> email.contains("police"));
		assertThat(api.get(base + "/contacts?q=Pathway", officer).json()
			.get("content").findValuesAsString("email")).containsExactly(HOUSING_PATHWAY);
		assertThat(api.get(base + "/contacts?q=nobody-is-called-this", officer).json().get("totalElements").asLong())
			.isZero();

		JsonNode firstTwo = api.get(base + "/contacts?size=2", officer).json();
		assertThat(firstTwo.get("content")).hasSize(2);
		assertThat(firstTwo.get("totalPages").asInt()).isGreaterThan(1);
	}

	@Test
	void anotherCouncilsPeopleFindNoContactsAndPartnersViewersAndPlatformAdminsAreRefused() {
		assertThat(api.get(base + "/contacts", api.token(COUNCIL + "-partner")).status()).isEqualTo(403);
		assertThat(api.get(base + "/contacts", api.token(COUNCIL + "-viewer")).status()).isEqualTo(403);
		assertThat(api.get(base + "/contacts", api.token("wirral-officer")).status()).isEqualTo(404);
		assertThat(api.get(base + "/contacts", api.token("platform-admin")).status()).isIn(403, 404);
		assertThat(api.get(base + "/contacts", null).status()).isEqualTo(401);
	}

	@Test
	void theActionOwnerFormOffersTheKnownContactsAndSavesTheOneChosen() {
		String officer = api.token(COUNCIL + "-officer");
		JsonNode action = firstActionOfTheCurrentPlan(officer);
		String path = "/councils/" + COUNCIL + "/actions/" + action.get("id").asLong();
		SignedInPages pages = SignedInPages.signIn(port, COUNCIL + "-officer");

		assertThat(pages.get(path, null).body()).contains("href=\"" + path + "/owner\"");
		String form = pages.get(path + "/owner", null).body();
		assertThat(form).contains("<h1 class=\"govuk-heading-l\">Change the owner</h1>", "list=\"ownerEmail-contacts\"",
				"<datalist id=\"ownerEmail-contacts\">",
				"<option value=\"" + POLICE + "\" label=\"Lead from West Midlands Police, West Midlands Police\">");

		var refused = pages.post(path + "/owner", path + "/owner", Map.of("owner", "West Midlands Police",
				"ownerEmail", "the police", "version", String.valueOf(action.get("version").asLong())));
		assertThat(refused.body()).contains("There is a problem", "must be an email address",
				"<datalist id=\"ownerEmail-contacts\">");

		var saved = pages.post(path + "/owner", path + "/owner", Map.of("owner", "West Midlands Police",
				"ownerEmail", POLICE.toUpperCase(Locale.ROOT), "version", String.valueOf(action.get("version").asLong())));
		assertThat(saved.uri().getPath()).isEqualTo(path);
		assertThat(saved.body()).contains("The owner has been changed", "Reminded at <span>" + POLICE);
		assertThat(api.get(base + "/actions/" + action.get("id").asLong(), officer).json().get("ownerEmail").asString())
			.isEqualTo(POLICE);

		SignedInPages viewer = SignedInPages.signIn(port, COUNCIL + "-viewer");
		assertThat(viewer.get(path, null).body()).doesNotContain(path + "/owner");
		assertThat(viewer.get(path + "/owner", null).statusCode()).isEqualTo(403);
	}

	@Test
	void theConsultationFormsOfferTheKnownContactsForTheContactEmail() {
		SignedInPages officer = SignedInPages.signIn(port, COUNCIL + "-officer");
		assertThat(officer.get("/councils/" + COUNCIL + "/consultations", null).body())
			.contains("list=\"contactEmail-contacts\"", "<option value=\"" + PARTICIPATION + "\"");
	}

	private JsonNode firstActionOfTheCurrentPlan(String officer) {
		JsonNode strategy = api.get(base + "/strategies", officer).json().get("content").get(0);
		JsonNode plans = api.get(base + "/strategies/" + strategy.get("id").asLong() + "/action-plans", officer).json();
		long plan = plans.get(plans.size() - 1).get("id").asLong();
		return api.get(base + "/action-plans/" + plan + "/actions?size=1", officer).json().get("content").get(0);
	}

	private static JsonNode contact(JsonNode page, String email) {
		for (JsonNode contact : page.get("content")) {
			if (contact.get("email").asString().equals(email)) {
				return contact;
			}
		}
		throw new AssertionError("No contact " + email + " in " + page);
	}
}
