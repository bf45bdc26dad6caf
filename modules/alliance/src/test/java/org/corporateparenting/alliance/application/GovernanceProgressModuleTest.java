package org.corporateparenting.alliance.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import org.corporateparenting.alliance.ActionStatus;
import org.corporateparenting.alliance.AllianceChanged;
import org.corporateparenting.alliance.AllianceProgress;
import org.corporateparenting.alliance.AllianceProgress.BodyCadence;
import org.corporateparenting.alliance.AllianceProgress.MeetingSummary;
import org.corporateparenting.alliance.AllianceProgress.UpcomingMeeting;
import org.corporateparenting.alliance.BodyStatus;
import org.corporateparenting.alliance.BodyType;
import org.corporateparenting.alliance.DecisionType;
import org.corporateparenting.alliance.Sector;
import org.corporateparenting.alliance.application.AllianceRequests.ActionRequest;
import org.corporateparenting.alliance.application.AllianceRequests.ActionUpdateRequest;
import org.corporateparenting.alliance.application.AllianceRequests.ApprovalRequest;
import org.corporateparenting.alliance.application.AllianceRequests.BodyRequest;
import org.corporateparenting.alliance.application.AllianceRequests.DecisionRequest;
import org.corporateparenting.alliance.application.AllianceRequests.HeldRequest;
import org.corporateparenting.alliance.application.AllianceRequests.MeetingRequest;
import org.corporateparenting.alliance.application.AllianceRequests.OrganisationRequest;
import org.corporateparenting.alliance.application.AllianceRequests.TermsOfReferenceRequest;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.testing.FreshCouncils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

/**
 * What reporting reads of a council's governance: the board's and alliance's cadence as the body pages count it,
 * overdue actions, and the meetings of a period with their decisions and actions. Each test works in a council
 * of its own, with a board, an alliance and an operational group whose meetings are recorded here.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class GovernanceProgressModuleTest {

	static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	@Autowired
	AllianceProgress progress;

	@Autowired
	GovernanceManagement governance;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	ActionManagement actions;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	PartnerPledgeManagement pledges;

	@Autowired
	TermsOfReferenceManagement terms;

	@Autowired
	SeatManagement seats;

	@Autowired
	CouncilOnboarding onboarding;

	String council;

	long board;

	long alliance;

	long housing;

	long operational;

	long formerAlliance;

	@BeforeEach
	void council() {
		council = FreshCouncils.onboard(onboarding, "progressshire");
		CouncilContext.runIn(council, () -> {
			housing = organisations.create(new OrganisationRequest("housing", "Housing Group", Sector.HOUSING, List.of(), null))
				.id();
			board = body("Corporate Parenting Board", BodyType.BOARD, BodyStatus.ACTIVE, 4, null, 2);
			alliance = body("Children in Care Alliance", BodyType.ALLIANCE, BodyStatus.ACTIVE, 3, 1, 1);
			operational = body("Operational Group", BodyType.OPERATIONAL_GROUP, BodyStatus.ACTIVE, 12, null, null);
			formerAlliance = body("Former Alliance", BodyType.ALLIANCE, BodyStatus.DISSOLVED, 4, null, null);
			var draft = terms.draft(alliance, new TermsOfReferenceRequest("Partners working together", null,
					List.of(), null, "Every two months", 6, List.of(), null, LocalDate.of(2026, 1, 1), null));
			terms.approve(draft.id(), new ApprovalRequest(LocalDate.of(2024, 1, 1), null, draft.version()));
		});
	}

	private long body(String name, BodyType type, BodyStatus status, int meetingsPerYear, Integer quorum,
			Integer youngPeopleMeetingsPerYear) {
		return governance.create(new BodyRequest(name, type, "Oversight", null, meetingsPerYear, status, quorum,
				youngPeopleMeetingsPerYear, null, null))
			.id();
	}

	private long held(long body, LocalDate date, int youngPeoplePresent) {
		var meeting = meetings.schedule(body, new MeetingRequest(date, "Theme of " + date, null, List.of(), null));
		meetings.hold(meeting.id(), new HeldRequest(List.of(), youngPeoplePresent, null, meeting.version()));
		return meeting.id();
	}

	private long scheduled(long body, LocalDate date) {
		return meetings.schedule(body, new MeetingRequest(date, null, null, List.of(), null)).id();
	}

	private long allocate(long meeting, LocalDate dueDate) {
		return meetings.allocate(meeting, new ActionRequest("Action due " + dueDate, null, housing, dueDate, null)).id();
	}

	@Test
	void cadenceIsTheBoardsAndAlliancesAsTheCadenceChecksCountIt() {
		List<LocalDate> boardMeetings = List.of(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 1),
				LocalDate.of(2025, 3, 10));
		CouncilContext.runIn(council, () -> {
			held(board, boardMeetings.get(0), 2);
			held(board, boardMeetings.get(1), 5);
			held(board, boardMeetings.get(2), 0);
			meetings.schedule(board, new MeetingRequest(LocalDate.of(2025, 5, 20), null, null, List.of(), null));
			held(alliance, LocalDate.of(2025, 2, 11), 3);
		});

		List<BodyCadence> cadence = CouncilContext.callIn(council, () -> progress.cadence(TODAY));

		assertThat(cadence).extracting(BodyCadence::name)
			.containsExactly("Corporate Parenting Board", "Children in Care Alliance");
		BodyCadence boardCadence = cadence.getFirst();
		assertThat(boardCadence.held()).isEqualTo(Cadence.heldInWindow(boardMeetings, TODAY)).isEqualTo(2);
		assertThat(boardCadence.expected()).isEqualTo(4);
		assertThat(boardCadence.withYoungPeople()).as("the meeting of 30 June 2024 is a year ago: out of the window")
			.isEqualTo(1);
		assertThat(boardCadence.withYoungPeopleExpected()).isEqualTo(2);
		assertThat(boardCadence.onCourse()).isFalse();
		BodyCadence allianceCadence = cadence.get(1);
		assertThat(allianceCadence.type()).isEqualTo(BodyType.ALLIANCE);
		assertThat(allianceCadence.held()).isEqualTo(1);
		assertThat(allianceCadence.expected()).as("the terms of reference in force, not the body's own frequency")
			.isEqualTo(6);
		assertThat(allianceCadence.withYoungPeople()).as("only a board's promise is reported").isNull();
		assertThat(allianceCadence.withYoungPeopleExpected()).isNull();

		var pages = CouncilContext.callIn(council, () -> governance.cadence(TODAY));
		assertThat(pages).filteredOn(body -> body.bodyId() == board)
			.singleElement()
			.satisfies(body -> assertThat(body.checks()).extracting(Cadence.Check::held).containsExactly(2, 1));
	}

	@Test
	void overdueActionsAreThoseUnfinishedPastTheirDueDate() {
		CouncilContext.runIn(council, () -> {
			long meeting = held(board, LocalDate.of(2025, 1, 15), 0);
			allocate(meeting, LocalDate.of(2025, 2, 28));
			long complete = allocate(meeting, LocalDate.of(2025, 3, 31));
			actions.progress(Caller.council("test"), complete,
					new ActionUpdateRequest(LocalDate.of(2025, 3, 30), "Reported to the board", ActionStatus.COMPLETE));
			allocate(meeting, TODAY);
		});

		assertThat(CouncilContext.callIn(council, () -> progress.overdueActions(TODAY))).isEqualTo(1);
		assertThat(CouncilContext.callIn(council, () -> progress.overdueActions(TODAY.plusDays(1)))).isEqualTo(2);
	}

	@Test
	void meetingsBetweenAreTheHeldMeetingsOfThePeriodWithTheirDecisionsAndActions() {
		var ids = CouncilContext.callIn(council, () -> {
			long before = held(board, LocalDate.of(2024, 12, 31), 1);
			meetings.decide(before, new DecisionRequest(DecisionType.NOTE, "Noted the annual report"));
			long first = held(board, LocalDate.of(2025, 1, 1), 2);
			meetings.decide(first, new DecisionRequest(DecisionType.AGREE, "Agreed the pledges"));
			meetings.decide(first, new DecisionRequest(DecisionType.NOTE, "Noted the sufficiency report"));
			allocate(first, LocalDate.of(2025, 2, 28));
			long second = held(alliance, LocalDate.of(2025, 2, 11), 0);
			allocate(second, LocalDate.of(2025, 3, 31));
			allocate(second, LocalDate.of(2025, 4, 30));
			long scheduled = meetings
				.schedule(board, new MeetingRequest(LocalDate.of(2025, 3, 1), null, null, List.of(), null))
				.id();
			meetings.decide(scheduled, new DecisionRequest(DecisionType.NOTE, "Noted, though never held"));
			long last = held(board, LocalDate.of(2025, 3, 31), 0);
			return List.of(first, second, last);
		});

		List<MeetingSummary> summaries = CouncilContext.callIn(council,
				() -> progress.meetingsBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));

		assertThat(summaries).extracting(MeetingSummary::id).containsExactlyElementsOf(ids);
		assertThat(summaries).extracting(MeetingSummary::decisions).containsExactly(2, 0, 0);
		assertThat(summaries).extracting(MeetingSummary::actionsAllocated).containsExactly(1, 2, 0);
		MeetingSummary allianceMeeting = summaries.get(1);
		assertThat(allianceMeeting.bodyName()).isEqualTo("Children in Care Alliance");
		assertThat(allianceMeeting.bodyType()).isEqualTo(BodyType.ALLIANCE);
		assertThat(allianceMeeting.theme()).isEqualTo("Theme of 2025-02-11");
		assertThat(allianceMeeting.quorate()).as("a quorum of one, and no seat's attendance recorded").isFalse();
		assertThat(summaries.getFirst().quorate()).as("the board has no quorum rule").isNull();
		assertThat(summaries.getFirst().youngPeoplePresent()).isEqualTo(2);
	}

	@Test
	void decisionsAndAttendanceBetweenAreThoseOfTheMeetingsHeldInThePeriod() {
		long first = CouncilContext.callIn(council, () -> {
			List<Long> seatIds = java.util.stream.Stream.of("Chair", "Designated Nurse", "Housing lead")
				.map(position -> seats.addSeat(board, new AllianceRequests.SeatRequest(org.corporateparenting.alliance.SeatRole.MEMBER,
						position, housing, org.corporateparenting.alliance.HolderStatus.CONFIRMED, position, List.of(),
						List.of(), null)).id())
				.toList();
			long before = held(board, LocalDate.of(2024, 12, 31), 0);
			meetings.decide(before, new DecisionRequest(DecisionType.NOTE, "Noted before the period"));
			var meeting = meetings.schedule(board, new MeetingRequest(LocalDate.of(2025, 1, 1), null, null, List.of(), null));
			meetings.hold(meeting.id(), new HeldRequest(List.of(
					new AllianceRequests.AttendanceRequest(seatIds.get(0), org.corporateparenting.alliance.AttendanceStatus.PRESENT, null),
					new AllianceRequests.AttendanceRequest(seatIds.get(1), org.corporateparenting.alliance.AttendanceStatus.DEPUTY_ATTENDED, "Deputy nurse"),
					new AllianceRequests.AttendanceRequest(seatIds.get(2), org.corporateparenting.alliance.AttendanceStatus.APOLOGIES, null)),
					2, null, meeting.version()));
			meetings.decide(meeting.id(), new DecisionRequest(DecisionType.APPROVE, "Approved the annual report"));
			meetings.decide(meeting.id(), new DecisionRequest(DecisionType.NOTE, "Noted the sufficiency report"));
			held(alliance, LocalDate.of(2025, 2, 11), 0);
			return meeting.id();
		});

		var decisions = CouncilContext.callIn(council,
				() -> progress.decisionsBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
		var attendance = CouncilContext.callIn(council,
				() -> progress.attendanceBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));

		assertThat(decisions).containsExactly(
				new AllianceProgress.DecisionLine(first, "Corporate Parenting Board", BodyType.BOARD,
						LocalDate.of(2025, 1, 1), 1, DecisionType.APPROVE, "Approved the annual report"),
				new AllianceProgress.DecisionLine(first, "Corporate Parenting Board", BodyType.BOARD,
						LocalDate.of(2025, 1, 1), 2, DecisionType.NOTE, "Noted the sufficiency report"));
		assertThat(attendance).as("the alliance's meeting recorded no attendance")
			.containsExactly(new AllianceProgress.MeetingAttendance(first, 1, 1, 1, 0));
		assertThat(attendance.getFirst().represented()).isEqualTo(2);
		assertThat(attendance.getFirst().seats()).isEqualTo(3);
	}

	@Test
	void meetingsScheduledBetweenAreTheActiveBodiesMeetingsStillToBeHeldOnThoseDates() {
		var ids = CouncilContext.callIn(council, () -> {
			scheduled(board, LocalDate.of(2025, 6, 30));
			long first = scheduled(board, LocalDate.of(2025, 7, 1));
			held(alliance, LocalDate.of(2025, 7, 15), 0);
			long group = scheduled(operational, LocalDate.of(2025, 8, 1));
			scheduled(formerAlliance, LocalDate.of(2025, 8, 15));
			long last = scheduled(board, LocalDate.of(2025, 9, 30));
			scheduled(board, LocalDate.of(2025, 10, 1));
			return List.of(first, group, last);
		});

		List<UpcomingMeeting> upcoming = CouncilContext.callIn(council,
				() -> progress.meetingsScheduledBetween(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)));

		assertThat(upcoming).extracting(UpcomingMeeting::id).containsExactlyElementsOf(ids);
		assertThat(upcoming.getFirst()).isEqualTo(new UpcomingMeeting(ids.getFirst(), board,
				"Corporate Parenting Board", BodyType.BOARD, LocalDate.of(2025, 7, 1)));
		assertThat(upcoming.get(1).bodyType()).isEqualTo(BodyType.OPERATIONAL_GROUP);
	}

	@Test
	void completingAnAllocatedActionPublishesAllianceChanged(Scenario scenario, AssertablePublishedEvents events) {
		long action = CouncilContext.callIn(council,
				() -> allocate(held(board, LocalDate.of(2025, 1, 15), 0), LocalDate.of(2025, 2, 28)));
		long before = allianceChanges(events);

		CouncilContext.runIn(council, () -> actions.progress(Caller.council("test"), action,
				new ActionUpdateRequest(LocalDate.of(2025, 2, 1), "Under way", ActionStatus.IN_PROGRESS)));
		assertThat(allianceChanges(events)).as("still open: nothing changed for reporting")
			.isEqualTo(before);

		CouncilContext.runIn(council, () -> scenario
			.stimulate(() -> actions.progress(Caller.council("test"), action,
					new ActionUpdateRequest(LocalDate.of(2025, 2, 20), "Done", ActionStatus.COMPLETE)))
			.andWaitForEventOfType(AllianceChanged.class)
			.matching(event -> event.council().equals(council))
			.toArrive());
		assertThat(allianceChanges(events)).isEqualTo(before + 1);
	}

	private static long allianceChanges(AssertablePublishedEvents events) {
		return StreamSupport.stream(events.ofType(AllianceChanged.class).spliterator(), false).count();
	}
}
