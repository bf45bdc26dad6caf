package org.corporateparenting.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.application.Digests;
import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.SignedInPages;
import org.corporateparenting.platform.onboarding.CouncilBundles;
import org.corporateparenting.tenancy.CouncilContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

/**
 * What a council's admins decide of its reminders (which kinds, how many days ahead, who hears of board packs and
 * figures), what each person decides for themselves (hearing of a kind at once), and that a suspended or offboarded
 * council sends nothing. Each test has a copy of Walsall of its own, whose 2023/24 actions fall due on 31 March 2024.
 */
@PlatformTest
class ReminderSettingsIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Digests digests;

	CouncilMail mail;

	PlatformApi api;

	@BeforeEach
	void setUp() {
		mail = new CouncilMail(port, context);
		api = new PlatformApi(port);
	}

	@Test
	void anAdminChangesTheCouncilsSettingsThroughTheApiEveryProblemAtOnceAndAStaleVersionRefused() {
		String council = withoutSettings("settleby", "E08009981");
		String base = "/api/councils/" + council + "/notifications/settings";
		String admin = api.token(council + "-admin");

		JsonNode defaults = api.get(base, api.token(council + "-officer")).json();
		assertThat(defaults.get("defaults").asBoolean()).isTrue();
		assertThat(defaults.get("version").asLong()).isZero();
		assertThat(defaults.get("dueSoonDays").asInt()).isEqualTo(14);
		assertThat(defaults.get("dueSoonFinalDays").asInt()).isEqualTo(3);

		Map<String, Object> wrong = settings(0);
		wrong.put("dueSoonDays", 0);
		wrong.put("youSaidWeDidOverdueWeeks", 8);
		wrong.put("boardPackContactEmail", "not an address");
		wrong.put("indicatorContactEmail", null);
		wrong.remove("staleProgressWeeks");
		wrong.put("switchedOff", List.of("ACTION_OVERDUE", "POSSIBLE_DISCLOSURE"));
		var refused = api.put(base, admin, wrong);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("dueSoonDays",
				"staleProgressWeeks", "youSaidWeDidOverdueWeeks", "boardPackContactEmail", "indicatorContactEmail",
				"switchedOff[1]");
		assertThat(api.get(base, admin).json().get("defaults").asBoolean()).as("nothing half-saved").isTrue();

		assertThat(api.put(base, api.token(council + "-officer"), settings(0)).status()).isEqualTo(403);
		var saved = api.put(base, admin, settings(0));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().get("version").asLong()).isEqualTo(1);
		assertThat(saved.json().get("dueSoonDays").asInt()).isEqualTo(21);
		assertThat(saved.json().get("boardPackContactEmail").asString()).isEqualTo("democratic.services@settleby.example");
		assertThat(saved.json().get("switchedOff").get(0).asString()).isEqualTo("ACTION_OVERDUE");
		assertThat(api.put(base, admin, settings(0)).status()).as("read before the first save").isEqualTo(409);
		assertThat(api.put(base, admin, settings(1)).status()).isEqualTo(200);

		String foreign = api.token("wirral-admin");
		assertThat(api.get(base, foreign).status()).isEqualTo(404);
		assertThat(api.put(base, foreign, settings(2)).status()).isEqualTo(404);
		assertThat(api.get(base, api.token("platform-admin")).status()).isIn(403, 404);
	}

	@Test
	void remindersFollowTheCouncilsDaysAndLeaveOutTheKindsItSwitchedOff() {
		String council = mail.onboardWalsallAs("dayford", "E08009982");
		String base = "/api/councils/" + council + "/notifications/settings";
		String admin = api.token(council + "-admin");
		JsonNode fromTheFile = api.get(base, admin).json();
		assertThat(fromTheFile.get("defaults").asBoolean()).as("Walsall's notifications.yaml").isFalse();
		assertThat(fromTheFile.get("boardPackContactEmail").asString()).isEqualTo("democratic.services@walsall.example");
		assertThat(fromTheFile.get("dueSoonDays").asInt()).isEqualTo(14);
		assertThat(api.put(base, admin, settings(fromTheFile.get("version").asLong())).status()).isEqualTo(200);

		assertThat(mail.run(council, LocalDate.of(2024, 3, 10))).isPositive();
		assertThat(mail.to(council, "performance@settleby.example")).as("the contact the settings name")
			.singleElement()
			.extracting(CouncilMail::text)
			.asString()
			.contains("Hello Performance and Insight,", "Indicator figures not yet entered");
		assertThat(mail.received(council)).extracting(CouncilMail::text)
			.anyMatch(text -> text.contains("Due on 31 March 2024, in 21 days"))
			.noneMatch(text -> text.contains("Strategy actions overdue"))
			.noneMatch(text -> text.contains("Was due on"));
		int before = mail.received(council).size();

		mail.run(council, LocalDate.of(2024, 3, 17));
		assertThat(mail.received(council).subList(before, mail.received(council).size()))
			.as("14 days before is no longer an occasion of its own")
			.extracting(CouncilMail::text)
			.noneMatch(text -> text.contains("in 14 days"));
	}

	@Test
	void anAdminSeesEveryProblemOnThePageThenSavesAndTheChangeIsInTheHistory() {
		String council = withoutSettings("pageford", "E08009983");
		SignedInPages admin = SignedInPages.signIn(port, council + "-admin");
		String page = "/councils/" + council + "/notifications/settings";
		assertThat(admin.get(page, null).body()).contains("Reminder settings", "nobody has changed them yet",
				"id=\"sends-ACTION_DUE_SOON\"", "value=\"14\"");
		assertThat(SignedInPages.signIn(port, council + "-officer").get(page, null).statusCode()).isEqualTo(403);

		List<Map.Entry<String, String>> form = new ArrayList<>();
		for (ReminderKind kind : ReminderKind.values()) {
			if (kind != ReminderKind.CONSULTATION_CLOSING) {
				form.add(Map.entry("sends", kind.name()));
			}
		}
		settings(0).forEach((name, value) -> {
			if (!name.equals("switchedOff")) {
				form.add(Map.entry(name, String.valueOf(value)));
			}
		});
		List<Map.Entry<String, String>> wrong = new ArrayList<>(form);
		wrong.replaceAll(field -> switch (field.getKey()) {
			case "dueSoonDays" -> Map.entry("dueSoonDays", "three weeks");
			case "indicatorContactEmail" -> Map.entry("indicatorContactEmail", "performance at council");
			default -> field;
		});
		String shown = admin.post(page, page, wrong).body();
		assertThat(shown).contains("There is a problem", "Enter a whole number", "Enter an email address",
				"value=\"three weeks\"");

		String saved = admin.post(page, page, form).body();
		assertThat(saved).contains("The council&#39;s reminder settings have been saved", "Every change to the reminder settings",
				"value=\"21\"");
		assertThat(saved).doesNotContainPattern("id=\"sends-CONSULTATION_CLOSING\"[^>]*checked");
		assertThat(saved).containsPattern("id=\"sends-ACTION_OVERDUE\"[^>]*checked");
		assertThat(api.get("/api/councils/" + council + "/notifications/settings", api.token(council + "-admin"))
			.json()
			.get("switchedOff")
			.get(0)
			.asString()).isEqualTo("CONSULTATION_CLOSING");
	}

	@Test
	void someoneWhoChoseToHearAtOnceGetsOneEmailEachWithinTheHourAndNotAgainInTheDigest() {
		String council = new CouncilMail(port, context).onboardWalsallWithOwnMailboxesAs("swiftby", "E08009984");
		String officer = api.token(council + "-officer");
		String mailbox = "corporate.parenting@" + council + ".example";
		LocalDateTime before = LocalDateTime.of(2024, 3, 17, 8, 30);
		assertThat(runImmediate(council, before)).as("nobody hears of anything at once yet").isZero();
		assertThat(runImmediate(council, before)).as("so the hour was not even claimed").isZero();
		assertThat(mail.received(council)).isEmpty();
		assertThat(api.put("/api/councils/" + council + "/notifications/preferences", officer,
				Map.of("ACTION_DUE_SOON", "IMMEDIATE")).status()).isEqualTo(200);

		LocalDateTime morning = LocalDateTime.of(2024, 3, 17, 9, 30);
		assertThat(runImmediate(council, morning)).isEqualTo(4);
		assertThat(runImmediate(council, morning.plusMinutes(20))).as("the hour is done").isEqualTo(-1);
		assertThat(runImmediate(council, morning.plusHours(1))).as("nothing new an hour later").isZero();
		List<MimeMessage> single = mail.to(council, mailbox);
		assertThat(single).hasSize(4)
			.extracting(CouncilMail::subject)
			.allMatch(subject -> subject.startsWith(council + " Council: Strategy actions due soon: WAL-23-"));
		assertThat(CouncilMail.text(single.getFirst())).contains("Due on 31 March 2024, in 14 days",
				"/notifications/unsubscribe?token=");
		assertThat(mail.received(council)).as("people on daily digests wait for the morning").hasSize(4);

		mail.run(council, morning.toLocalDate());
		List<MimeMessage> after = mail.to(council, mailbox);
		assertThat(after).hasSize(5);
		assertThat(CouncilMail.text(after.getLast())).contains("Strategy actions with no recent progress")
			.doesNotContain("Strategy actions due soon");
	}

	@Test
	void aSuspendedOrOffboardedCouncilSendsNothingWhenTheScheduleRuns() {
		String active = mail.onboardWalsallAs("liveby", "E08009985");
		String suspended = mail.onboardWalsallAs("pausby", "E08009986");
		String offboarded = mail.onboardWalsallAs("goneby", "E08009987");
		String admin = api.token("platform-admin");
		assertThat(api.post("/api/admin/councils/" + suspended + "/suspend", admin, null).status()).isEqualTo(200);
		assertThat(api.post("/api/admin/councils/" + offboarded + "/offboard", admin, null).status()).isEqualTo(200);

		Object schedule = context.getBean("digestSchedule");
		ReflectionTestUtils.invokeMethod(schedule, "sendDigests");
		ReflectionTestUtils.invokeMethod(schedule, "sendAtOnce");

		assertThat(mail.received(active)).as("today, every 2023/24 action is long overdue").isNotEmpty();
		assertThat(mail.received(suspended)).isEmpty();
		assertThat(mail.received(offboarded)).isEmpty();
	}

	/** A copy of Walsall onboarded without its notifications.yaml: the platform's default settings. */
	private String withoutSettings(String slug, String onsCode) {
		Map<String, byte[]> files = CouncilBundles.walsallAs(slug, onsCode);
		files.remove("notifications.yaml");
		return mail.onboard(slug, files);
	}

	private int runImmediate(String council, LocalDateTime at) {
		return CouncilContext.callIn(council, () -> digests.runImmediate(at));
	}

	/** Settings with every figure given: 21 days' notice, overdue actions switched off, both contacts named. */
	private static Map<String, Object> settings(long version) {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("switchedOff", List.of("ACTION_OVERDUE"));
		settings.put("dueSoonDays", 21);
		settings.put("dueSoonFinalDays", 3);
		settings.put("staleProgressWeeks", 6);
		settings.put("termsReviewNoticeDays", 30);
		settings.put("consultationClosingDays", 3);
		settings.put("youSaidWeDidWeeks", 8);
		settings.put("youSaidWeDidOverdueWeeks", 12);
		settings.put("updateDueWeeks", 12);
		settings.put("boardPackDaysBefore", 10);
		settings.put("indicatorFiguresDays", 42);
		settings.put("boardPackContactEmail", "democratic.services@settleby.example");
		settings.put("boardPackContactName", "Democratic Services");
		settings.put("indicatorContactEmail", "performance@settleby.example");
		settings.put("indicatorContactName", "Performance and Insight");
		settings.put("version", version);
		return settings;
	}
}
