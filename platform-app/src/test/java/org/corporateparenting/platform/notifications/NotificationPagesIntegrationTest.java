package org.corporateparenting.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.corporateparenting.notifications.Frequency;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.application.Digests;
import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.SignedInPages;
import org.corporateparenting.tenancy.CouncilContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * A signed-in person's reminders in the product: the header counts the unread ones, the notifications page lists
 * them (and reads them), and each person chooses how often they hear of each kind; the council's admins read the log
 * of everything found and sent. Each test has a copy of Walsall of its own, whose officer reads its corporate parenting
 * team's mailbox, which owns four of the actions due on 31 March 2024, two of them with no progress since November.
 */
@PlatformTest
class NotificationPagesIntegrationTest {

	static final LocalDate FORTNIGHT_BEFORE = LocalDate.of(2024, 3, 17);

	@LocalServerPort
	int port;

	@Autowired
	Digests digests;

	@Autowired
	ApplicationContext context;

	@Test
	void theOfficerSeesTheirRemindersCountedInTheHeaderReadsThemAndChoosesHowToHearOfThem() {
		String council = onboard("inboxby", "E08009933");
		CouncilContext.runIn(council, () -> digests.run(FORTNIGHT_BEFORE));
		SignedInPages officer = SignedInPages.signIn(port, council + "-officer");

		assertThat(officer.get("/councils/" + council, null).body()).contains("/councils/" + council + "/notifications",
				"cpp-status-tag\">6</strong><span", "govuk-visually-hidden\"> unread</span>");
		String page = officer.get("/councils/" + council + "/notifications", null).body();
		assertThat(page).contains("corporate.parenting@" + council + ".example", "WAL-23-01", "WAL-23-02",
				"WAL-23-08", "WAL-23-11", "Due on 31 March 2024, in 14 days",
				"The latest progress was recorded on 13 November 2023", "New")
			.doesNotContain("WAL-23-04", "Everything sent in the council");
		assertThat(officer.get("/councils/" + council, null).body()).as("read once opened")
			.doesNotContain(" unread</span>");

		Map<String, String> choices = new LinkedHashMap<>();
		for (ReminderKind kind : ReminderKind.values()) {
			choices.put(kind.name(), kind == ReminderKind.ACTION_DUE_SOON ? "WEEKLY" : "DAILY");
		}
		var saved = officer.post("/councils/" + council + "/notifications",
				"/councils/" + council + "/notifications/preferences", choices);
		assertThat(saved.body()).contains("Your choices have been saved", "id=\"ACTION_DUE_SOON-WEEKLY\"");
		assertThat(saved.body()).containsPattern("id=\"ACTION_DUE_SOON-WEEKLY\"[^>]*checked");
	}

	@Test
	void theApiGivesEachPersonTheirOwnAndTheAdminsTheLogAndNoOtherCouncilAnything() {
		String council = onboard("inboxapi", "E08009934");
		CouncilContext.runIn(council, () -> digests.run(FORTNIGHT_BEFORE.plusDays(11)));
		PlatformApi api = new PlatformApi(port);
		String officer = api.token(council + "-officer");
		String base = "/api/councils/" + council;

		JsonNode mine = api.get(base + "/notifications", officer).json();
		assertThat(mine.get("content").findValuesAsString("recipientEmail"))
			.isNotEmpty()
			.allMatch(("corporate.parenting@" + council + ".example")::equals);
		assertThat(api.get(base + "/notifications", api.token(council + "-partner")).json()
			.get("content").findValuesAsString("subject")).doesNotContain("WAL-23-01 ");

		var chosen = api.put(base + "/notifications/preferences", officer,
				Map.of(ReminderKind.ACTION_OVERDUE.name(), Frequency.NONE.name()));
		assertThat(chosen.status()).isEqualTo(200);
		assertThat(chosen.json().get("ACTION_OVERDUE").asString()).isEqualTo("NONE");
		assertThat(api.put(base + "/notifications/preferences", officer,
				Map.of(ReminderKind.ACTION_OVERDUE.name(), "HOURLY")).status()).isEqualTo(400);
		assertThat(api.get(base + "/notifications/preferences", officer).json()
			.get("ACTION_OVERDUE").asString()).isEqualTo("NONE");

		assertThat(api.get(base + "/notification-log", officer).status()).isEqualTo(403);
		JsonNode log = api.get(base + "/notification-log", api.token(council + "-admin")).json();
		assertThat(log.get("totalElements").asLong()).isGreaterThanOrEqualTo(8);
		assertThat(log.get("content").findValuesAsString("status")).contains("SENT");

		String foreign = api.token("wirral-admin");
		for (String path : new String[] { "/notifications", "/notifications/preferences", "/notification-log" }) {
			assertThat(api.get(base + path, foreign).status()).as(path).isEqualTo(404);
		}
		assertThat(api.put(base + "/notifications/preferences", foreign,
				Map.of(ReminderKind.ACTION_OVERDUE.name(), "DAILY")).status()).isEqualTo(404);
		assertThat(SignedInPages.signIn(port, council + "-admin").get("/councils/" + council + "/notifications/log", null)
			.body()).contains("Reminders sent", "corporate.parenting@" + council + ".example", "emailed");
	}

	private String onboard(String slug, String onsCode) {
		return new CouncilMail(port, context).onboardWalsallWithOwnMailboxesAs(slug, onsCode);
	}
}
