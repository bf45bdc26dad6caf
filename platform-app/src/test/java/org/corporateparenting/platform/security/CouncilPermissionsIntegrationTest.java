package org.corporateparenting.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.SignedInPages;
import org.corporateparenting.platform.StarterRecords;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * For each council role, what it may do (the table of {@code CouncilPermissions}), and that the API and the pages
 * agree with it: where the API lets a role change something, the page offers that role the form, and where the API
 * refuses (403), the page offers nothing. Requests the API lets through are invalid on purpose (400), so nothing is
 * written.
 */
@PlatformTest
class CouncilPermissionsIntegrationTest {

	static final String API = "/api/councils/walsall";

	static final String PAGES = "/councils/walsall";

	/** Each demo role of Walsall and what it may do besides reading. */
	static final Map<String, Set<String>> MAY = new LinkedHashMap<>();

	static {
		MAY.put("walsall-admin", Set.of("edit", "approve", "report"));
		MAY.put("walsall-officer", Set.of("edit", "approve", "report"));
		MAY.put("walsall-board-member", Set.of("approve"));
		MAY.put("walsall-viewer", Set.of());
		MAY.put("walsall-partner", Set.of("report"));
	}

	@LocalServerPort
	int port;

	@Test
	void theApiAndThePagesAgreeWithThePermissionTableForEveryRole() throws InterruptedException {
		PlatformApi api = new PlatformApi(port);
		String officer = api.token("walsall-officer");
		long terms = firstTermsOfReference(api, officer);
		long pack = api.post(API + "/board-packs", officer, Map.of("title", "Permissions check", "period", "2025-26 Q4",
				"meetingBody", "Corporate Parenting Board", "meetingDate", "2026-06-15")).json().get("id").asLong();
		// An action allocated to the housing partner, the organisation the demo partner belongs to.
		long housingAction = StarterRecords.allocatedAction(api, "walsall", officer, "housing",
				"Check who may report on this");

		MAY.forEach((role, may) -> {
			String token = api.token(role);
			SignedInPages pages = SignedInPages.signIn(port, role);

			boolean edits = api.post(API + "/partner-organisations", token, Map.of()).status() != 403;
			boolean approves = api.post(API + "/terms-of-reference/" + terms + "/approval", token, Map.of())
				.status() != 403;
			boolean reports = api.post(API + "/allocated-actions/" + housingAction + "/updates", token, Map.of())
				.status() != 403;
			assertThat(edits).as(role + " edits through the API").isEqualTo(may.contains("edit"));
			assertThat(approves).as(role + " approves through the API").isEqualTo(may.contains("approve"));
			assertThat(reports).as(role + " reports progress through the API").isEqualTo(may.contains("report"));

			assertThat(pages.get(PAGES + "/alliance/organisations", null).body())
				.as(role + " is offered the form to add an organisation")
				.satisfies(page -> assertThat(page.contains("action=\"/councils/walsall/alliance/organisations\""))
					.isEqualTo(edits));
			assertThat(pages.get(PAGES + "/board-packs/" + pack, null).body())
				.as(role + " is offered the button to generate a board pack's PDF")
				.satisfies(page -> assertThat(page.contains("/board-packs/" + pack + "/pdf\"")).isEqualTo(approves));
			assertThat(pages.get(PAGES + "/alliance/actions/" + housingAction, null).body())
				.as(role + " is offered the form to report progress on the housing partner's action")
				.satisfies(page -> assertThat(page.contains("/alliance/actions/" + housingAction + "/updates\""))
					.isEqualTo(reports));
		});
	}

	private static long firstTermsOfReference(PlatformApi api, String officer) throws InterruptedException {
		StarterRecords.awaitGovernance(api, "walsall", officer);
		for (JsonNode entry : api.get(API + "/governance-bodies", officer).json()) {
			long body = entry.get("body").get("id").asLong();
			JsonNode editions = api.get(API + "/governance-bodies/" + body + "/terms-of-reference", officer).json();
			if (!editions.isEmpty()) {
				return editions.get(0).get("id").asLong();
			}
		}
		throw new AssertionError("Walsall's bodies have no terms of reference");
	}
}
