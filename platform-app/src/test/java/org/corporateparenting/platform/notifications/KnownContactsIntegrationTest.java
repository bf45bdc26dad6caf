package org.corporateparenting.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * The council's known contacts, gathered from every module that names people by email: the API lists and searches
 * them for any of the council's people (and nobody else).
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

	final PlatformApi api;

	final String base = "/api/councils/" + COUNCIL;

	KnownContactsIntegrationTest(@LocalServerPort int port, @Autowired ApplicationContext context) {
		this.api = new PlatformApi(port);
		synchronized (KnownContactsIntegrationTest.class) {
			if (!onboarded) {
				new CouncilMail(port, context).onboardWalsallWithOwnMailboxesAs(COUNCIL, "E08009961");
				onboarded = true;
			}
		}
	}

	@Test
	void listsTheContactsOfActionsConsultationsAndPartnerOrganisationsOncePerAddressByName() {
		JsonNode contacts = api.get(base + "/contacts?size=100", api.token(COUNCIL + "-viewer")).json();

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
		String partner = api.token(COUNCIL + "-partner");

		JsonNode police = api.get(base + "/contacts?q=POLICE", partner).json();
		assertThat(police.get("content").findValuesAsString("email")).contains(POLICE)
			.allMatch(email -> email.contains("police"));
		assertThat(api.get(base + "/contacts?q=Pathway", partner).json()
			.get("content").findValuesAsString("email")).containsExactly(HOUSING_PATHWAY);
		assertThat(api.get(base + "/contacts?q=nobody-is-called-this", partner).json().get("totalElements").asLong())
			.isZero();

		JsonNode firstTwo = api.get(base + "/contacts?size=2", partner).json();
		assertThat(firstTwo.get("content")).hasSize(2);
		assertThat(firstTwo.get("totalPages").asInt()).isGreaterThan(1);
	}

	@Test
	void anotherCouncilsPeopleFindNoContactsAndPlatformAdminsAreRefused() {
		assertThat(api.get(base + "/contacts", api.token("wirral-officer")).status()).isEqualTo(404);
		assertThat(api.get(base + "/contacts", api.token("platform-admin")).status()).isIn(403, 404);
		assertThat(api.get(base + "/contacts", null).status()).isEqualTo(401);
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
