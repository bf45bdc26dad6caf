package org.corporateparenting.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.corporateparenting.alliance.AllianceProgress;
import org.corporateparenting.alliance.BodyType;
import org.corporateparenting.alliance.application.AllianceRequests.MeetingRequest;
import org.corporateparenting.alliance.application.MeetingManagement;
import org.corporateparenting.notifications.Recipient;
import org.corporateparenting.notifications.Reminder;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.ReminderSettings;
import org.corporateparenting.notifications.ReminderSource;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.reporting.application.BoardPackDrafts;
import org.corporateparenting.reporting.application.BoardPackGeneration;
import org.corporateparenting.reporting.application.BoardPackRequest;
import org.corporateparenting.reporting.application.MeasurementRecording;
import org.corporateparenting.reporting.application.MeasurementRequest;
import org.corporateparenting.reporting.domain.BoardPackRender;
import org.corporateparenting.tenancy.CouncilContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Reporting's reminders, as its sources find them in a copy of Walsall with the contacts a council admin names (the
 * settings' page is not there yet): the board's secretary hears of the pack for each board meeting, the performance
 * team of indicators' figures not entered. Walsall follows eleven indicators: five reported by the quarter up to
 * 2026-27 Q2, two by the year up to 2025-26, and four of its own last entered for 2019-20.
 */
@PlatformTest
class ReportingRemindersIntegrationTest {

	static final Recipient SECRETARY = new Recipient("board.secretary@walsall.example", "Board secretary");

	static final Recipient PERFORMANCE = new Recipient("performance@walsall.example", "Performance team");

	static final ReminderSettings SETTINGS = settings(SECRETARY, PERFORMANCE);

	static final ReminderSettings NO_CONTACTS = settings(null, null);

	/** A board meeting whose pack is due ten days before, on 2 March 2027. */
	static final LocalDate MEETING = LocalDate.of(2027, 3, 12);

	final CouncilMail mail;

	final ApplicationContext context;

	ReportingRemindersIntegrationTest(@LocalServerPort int port, @Autowired ApplicationContext context) {
		this.mail = new CouncilMail(port, context);
		this.context = context;
	}

	@Test
	void theSecretaryHearsAWeekBeforeABoardsPackIsDueAndFromTheDayItIsDueUntilAPackIsReady() {
		String council = mail.onboardWalsallAs("packby", "E08009971");
		MeetingManagement meetings = context.getBean(MeetingManagement.class);
		List<AllianceProgress.BodyCadence> bodies = CouncilContext.callIn(council,
				() -> context.getBean(AllianceProgress.class).cadence(MEETING));
		long board = bodyOf(bodies, BodyType.BOARD);
		long alliance = bodyOf(bodies, BodyType.ALLIANCE);
		CouncilContext.runIn(council, () -> {
			meetings.schedule(board, new MeetingRequest(MEETING, null, null, List.of(), null));
			meetings.schedule(alliance, new MeetingRequest(MEETING, null, null, List.of(), null));
		});
		String key = "board-pack:" + board + ":2027-03-12:";

		assertThat(packs(council, LocalDate.of(2027, 2, 22))).as("more than a week before the pack is due").isEmpty();
		Reminder weekBefore = packs(council, LocalDate.of(2027, 2, 23)).getFirst();
		assertThat(weekBefore).isEqualTo(new Reminder(ReminderKind.BOARD_PACK_DUE, SECRETARY, key + "due-in-7",
				"Corporate Parenting Board, 12 March 2027",
				"The pack for the meeting on 12 March 2027 is due on 2 March 2027, in 7 days",
				"/councils/" + council + "/board-packs", LocalDate.of(2027, 3, 2)));
		assertThat(packs(council, LocalDate.of(2027, 3, 1))).as("the alliance's meeting has no board pack")
			.singleElement()
			.satisfies(reminder -> assertThat(reminder.key()).isEqualTo(weekBefore.key()));
		assertThat(sources(council, LocalDate.of(2027, 2, 23), NO_CONTACTS)).as("nobody to tell").isEmpty();

		Reminder due = packs(council, LocalDate.of(2027, 3, 2)).getFirst();
		assertThat(due.key()).isEqualTo(key + "due");
		assertThat(due.detail()).isEqualTo("The pack for the meeting on 12 March 2027 is due today and has not been issued");
		long pack = CouncilContext.callIn(council, () -> context.getBean(BoardPackDrafts.class)
			.create(new BoardPackRequest("Performance report, 2026-27 Q3", "2026-27 Q3", "corporate parenting board",
					MEETING, null, null, null, null, null, null, null, null, null, null, null, null), "test")
			.id());
		assertThat(packs(council, MEETING)).as("a draft is not ready; until the meeting, the same occasion")
			.singleElement()
			.satisfies(reminder -> {
				assertThat(reminder.key()).isEqualTo(due.key());
				assertThat(reminder.detail()).isEqualTo(
						"The pack for the meeting on 12 March 2027 was due on 2 March 2027 and has not been issued");
				assertThat(reminder.path()).isEqualTo("/councils/" + council + "/board-packs/" + pack);
			});
		assertThat(packs(council, MEETING.plusDays(1))).as("the meeting has passed").isEmpty();

		BoardPackGeneration generation = context.getBean(BoardPackGeneration.class);
		CouncilContext.runIn(council, () -> generation.start(pack, "test"));
		await().atMost(Duration.ofMinutes(1))
			.until(() -> CouncilContext.callIn(council, () -> generation.progress(pack).status()),
					status -> status == BoardPackRender.Status.READY || status == BoardPackRender.Status.FAILED);
		assertThat(CouncilContext.callIn(council, () -> generation.progress(pack).status()))
			.isEqualTo(BoardPackRender.Status.READY);
		assertThat(packs(council, LocalDate.of(2027, 3, 3))).as("the pack is ready").isEmpty();
	}

	@Test
	void thePerformanceTeamHearsOfEachIndicatorWithNoFigureForItsLastPeriodEndedSixWeeksAgo() {
		String council = mail.onboardWalsallAs("figureby", "E08009972");
		String path = "/councils/" + council + "/indicators/";

		List<Reminder> november = figures(council, LocalDate.of(2026, 11, 15));
		assertThat(november).as("the year 2025-26 for Walsall's own, however long since their last figures")
			.extracting(Reminder::key)
			.containsExactly("indicator:WAL-GOOD-GCSES:2025-26", "indicator:WAL-CL-UNIVERSITY:2025-26",
					"indicator:WAL-APPRENTICESHIPS-CREATED:2025-26", "indicator:WAL-APPRENTICESHIPS-FILLED:2025-26");
		assertThat(november.getFirst()).isEqualTo(new Reminder(ReminderKind.INDICATOR_FIGURES_MISSING, PERFORMANCE,
				"indicator:WAL-GOOD-GCSES:2025-26", "WAL-GOOD-GCSES Children looked after achieving a good set of GCSEs",
				"No figure for 2025-26 has been entered; the period ended on 31 March 2026", path + "WAL-GOOD-GCSES",
				LocalDate.of(2026, 3, 31)));
		assertThat(figures(council, LocalDate.of(2026, 11, 16))).as("the same occasions the next day")
			.isEqualTo(november);
		assertThat(sources(council, LocalDate.of(2026, 11, 15), NO_CONTACTS)).as("nobody to tell").isEmpty();

		CouncilContext.runIn(council, () -> context.getBean(MeasurementRecording.class)
			.record("WAL-GOOD-GCSES", new MeasurementRequest("2025-26", new BigDecimal("31"), null, null, null, null,
					null, null, null), "test"));
		assertThat(figures(council, LocalDate.of(2027, 2, 10))).as("2026-27 Q2 is the last quarter six weeks ended")
			.extracting(Reminder::key)
			.containsExactly("indicator:WAL-CL-UNIVERSITY:2025-26", "indicator:WAL-APPRENTICESHIPS-CREATED:2025-26",
					"indicator:WAL-APPRENTICESHIPS-FILLED:2025-26");

		List<Reminder> quarter = figures(council, LocalDate.of(2027, 2, 11));
		assertThat(quarter).extracting(Reminder::key)
			.containsExactly("indicator:PLACEMENT-STABILITY:2026-27 Q3", "indicator:HEALTH-ASSESSMENT:2026-27 Q3",
					"indicator:PEP-TIMESCALE:2026-27 Q3", "indicator:CL-EET-19-21:2026-27 Q3",
					"indicator:WAL-CL-UNIVERSITY:2025-26", "indicator:WAL-APPRENTICESHIPS-CREATED:2025-26",
					"indicator:WAL-APPRENTICESHIPS-FILLED:2025-26", "indicator:CL-ACCOM-19-21:2026-27 Q3");
		assertThat(quarter.getFirst().detail())
			.isEqualTo("No figure for 2026-27 Q3 has been entered; the period ended on 31 December 2026");
		assertThat(quarter.getFirst().path()).isEqualTo(path + "PLACEMENT-STABILITY");
	}

	private static long bodyOf(List<AllianceProgress.BodyCadence> bodies, BodyType type) {
		return bodies.stream().filter(body -> body.type() == type).findFirst().orElseThrow().bodyId();
	}

	private List<Reminder> packs(String council, LocalDate day) {
		return reminders(council, "boardPackReminders", day, SETTINGS);
	}

	private List<Reminder> figures(String council, LocalDate day) {
		return reminders(council, "indicatorFigureReminders", day, SETTINGS);
	}

	/** What both of reporting's sources find on the day. */
	private List<Reminder> sources(String council, LocalDate day, ReminderSettings settings) {
		return List.of("boardPackReminders", "indicatorFigureReminders")
			.stream()
			.flatMap(source -> reminders(council, source, day, settings).stream())
			.toList();
	}

	private List<Reminder> reminders(String council, String source, LocalDate day, ReminderSettings settings) {
		return CouncilContext.callIn(council, () -> context.getBean(source, ReminderSource.class).reminders(day, settings));
	}

	private static ReminderSettings settings(Recipient boardPacks, Recipient indicators) {
		return new ReminderSettings(Set.of(), 14, 3, 6, 30, 3, 8, 12, 12, 10, 42, boardPacks, indicators);
	}
}
