package org.corporateparenting.alliance.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.alliance.AllianceChanged;
import org.corporateparenting.alliance.AllocatedActionOverdue;
import org.corporateparenting.alliance.AttendanceStatus;
import org.corporateparenting.alliance.BodyType;
import org.corporateparenting.alliance.DecisionRecorded;
import org.corporateparenting.alliance.DecisionType;
import org.corporateparenting.alliance.HolderStatus;
import org.corporateparenting.alliance.MeetingHeld;
import org.corporateparenting.alliance.TermsOfReferenceReviewDue;
import org.corporateparenting.alliance.application.ActionManagement;
import org.corporateparenting.alliance.application.AllianceRequests.ActionRequest;
import org.corporateparenting.alliance.application.AllianceRequests.AttendanceRequest;
import org.corporateparenting.alliance.application.AllianceRequests.DecisionRequest;
import org.corporateparenting.alliance.application.AllianceRequests.HeldRequest;
import org.corporateparenting.alliance.application.AllianceRequests.MeetingRequest;
import org.corporateparenting.alliance.application.AllianceViews.Review;
import org.corporateparenting.alliance.application.AllianceViews.SeatView;
import org.corporateparenting.alliance.application.GovernanceManagement;
import org.corporateparenting.alliance.application.GovernanceManagement.BodyInTree;
import org.corporateparenting.alliance.application.MeetingManagement;
import org.corporateparenting.alliance.application.OrganisationManagement;
import org.corporateparenting.alliance.application.PartnerPledgeManagement;
import org.corporateparenting.alliance.application.SeatManagement;
import org.corporateparenting.alliance.application.TermsOfReferenceManagement;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.testing.FreshCouncils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

/**
 * The councils' governance as their documents describe it, and each event the module publishes with its council.
 * Each test works in a council of its own.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class AllianceModuleTest {

	@Autowired
	AllianceStarter starter;

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

	@BeforeEach
	void council() {
		council = FreshCouncils.onboard(onboarding, "allianceshire");
	}

	@Test
	void walsallsAllianceImportsWithItsTermsOfReferenceAndUnconfirmedSeats() {
		CouncilContext.runIn(council, () -> starter.importFile(Path.of("../../tenants/walsall/alliance.yaml")));

		CouncilContext.runIn(council, () -> {
			List<BodyInTree> tree = governance.tree();
			assertThat(tree.getFirst().body().type()).isEqualTo(BodyType.BOARD);
			assertThat(tree.getFirst().depth()).isZero();
			BodyInTree alliance = tree.stream()
				.filter(entry -> entry.body().type() == BodyType.ALLIANCE)
				.findFirst()
				.orElseThrow();
			assertThat(alliance.depth()).isEqualTo(1);
			assertThat(tree).filteredOn(entry -> entry.body().type() == BodyType.WORK_STREAM_GROUP).hasSize(5)
				.allSatisfy(entry -> assertThat(entry.depth()).isEqualTo(2));

			long allianceId = alliance.body().id();
			var inForce = terms.inForce(allianceId).orElseThrow();
			assertThat(inForce.meetingsPerYear()).isEqualTo(3);
			assertThat(inForce.approvedOn()).isEqualTo(LocalDate.of(2024, 6, 1));
			assertThat(inForce.reviewDate()).isEqualTo(LocalDate.of(2025, 6, 1));
			assertThat(inForce.review()).isEqualTo(Review.OVERDUE);
			assertThat(inForce.objectives()).hasSize(7);

			List<SeatView> bodySeats = seats.seats(allianceId);
			assertThat(bodySeats).hasSize(20);
			assertThat(bodySeats.getFirst().role().name()).isEqualTo("CHAIR");
			assertThat(bodySeats).filteredOn(seat -> seat.holderStatus() == HolderStatus.VACANT)
				.extracting(SeatView::position)
				.singleElement()
				.asString()
				.contains("Walsall Works");
			SeatView commissioning = bodySeats.stream()
				.filter(seat -> seat.position().contains("Commissioning") && seat.position().startsWith("Representative"))
				.findFirst()
				.orElseThrow();
			assertThat(commissioning.holderStatus()).isEqualTo(HolderStatus.TENTATIVE);
			assertThat(commissioning.candidates()).hasSize(2);
			assertThat(bodySeats).allSatisfy(seat -> assertThat(seat.holder() + " " + seat.candidates())
				.doesNotContain("Paula", "Isabel", "Zoe", "Hannah"));

			assertThat(organisations.organisation("housing")).isPresent();
			assertThat(pledges.pledges(org.corporateparenting.alliance.application.Caller.council("test")))
				.isNotEmpty();
		});
	}

	@Test
	void importingAStarterFilePublishesAllianceChangedOnce(AssertablePublishedEvents events) {
		CouncilContext.runIn(council, () -> starter.importFile(Path.of("../../tenants/walsall/alliance.yaml")));

		assertThat(events.ofType(AllianceChanged.class).matching(event -> event.council().equals(council)))
			.hasSize(1);
		assertThat(events.ofType(MeetingHeld.class).matching(event -> event.council().equals(council)))
			.as("each meeting still announces itself")
			.hasSizeGreaterThan(1);
	}

	@Test
	void wirralAndSouthwarkImportTheirBoardsAndGroups() {
		String other = FreshCouncils.onboard(onboarding, "allianceshire");

		assertThat(CouncilContext.callIn(council, () -> starter.importFile(Path.of("../../tenants/wirral/alliance.yaml"))))
			.isEqualTo(2);
		assertThat(CouncilContext.callIn(other, () -> starter.importFile(Path.of("../../tenants/southwark/alliance.yaml"))))
			.isGreaterThanOrEqualTo(1);
		CouncilContext.runIn(council, () -> assertThat(governance.tree())
			.extracting(entry -> entry.body().type())
			.containsExactly(BodyType.BOARD, BodyType.OPERATIONAL_GROUP));
	}

	@Test
	void aFileWithProblemsImportsNothingAndSaysWhere(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("alliance.yaml");
		Files.writeString(file, """
				organisations:
				  - key: housing
				    name: "Housing Group"
				    sector: HOUSING
				bodies:
				  - key: board
				    name: "Corporate Parenting Board"
				    type: BOARD
				    purpose: "Oversight"
				    reportsTo: nobody
				    meetingsPerYear: 4
				    status: ACTIVE
				    seats:
				      - role: CHAIR
				        position: "Lead Member"
				        organisation: police
				        holderStatus: CONFIRMED
				        holder: "Lead Member for Children"
				""");

		assertThatThrownBy(() -> CouncilContext.runIn(council, () -> starter.importFile(file)))
			.hasMessageContaining("bodies[0].reportsTo")
			.hasMessageContaining("bodies[0].seats[0].organisation");
		CouncilContext.runIn(council, () -> assertThat(governance.tree()).isEmpty());
	}

	@Test
	void aFileTheServicesRefuseSaysWhereAndImportsNothing(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("alliance.yaml");
		Files.writeString(file, """
				organisations:
				  - key: commissioning
				    name: "Commissioning"
				    sector: COUNCIL_DEPARTMENT
				bodies:
				  - key: board
				    name: "Corporate Parenting Board"
				    type: BOARD
				    purpose: "Oversight"
				    meetingsPerYear: 4
				    status: ACTIVE
				    seats:
				      - role: MEMBER
				        position: "Representative from Commissioning"
				        organisation: commissioning
				        holderStatus: TENTATIVE
				""");

		assertThatThrownBy(() -> CouncilContext.runIn(council, () -> starter.importFile(file)))
			.hasMessageContaining("bodies[0].candidates Name at least one candidate");
		CouncilContext.runIn(council, () -> assertThat(governance.tree()).isEmpty());
	}

	@Test
	void holdingAMeetingAndRecordingADecisionAnnounceThemWithTheCouncil(Scenario scenario) {
		CouncilContext.runIn(council, () -> starter.importFile(Path.of("../../tenants/southwark/alliance.yaml")));
		long board = CouncilContext.callIn(council, () -> governance.tree().getFirst().body().id());
		long seat = CouncilContext.callIn(council, () -> seats.seats(board).getFirst().id());
		var meeting = CouncilContext.callIn(council, () -> meetings.schedule(board,
				new MeetingRequest(LocalDate.of(2026, 10, 1), "Voice of the child", null, List.of("Minutes"), null)));

		CouncilContext.runIn(council, () -> {
			scenario.stimulate(() -> meetings.hold(meeting.id(), new HeldRequest(
					List.of(new AttendanceRequest(seat, AttendanceStatus.APOLOGIES, null)), 3, "Minutes", meeting.version())))
				.andWaitForEventOfType(MeetingHeld.class)
				.matching(event -> event.meetingId() == meeting.id())
				.toArriveAndVerify(event -> {
					assertThat(event.council()).isEqualTo(council);
					assertThat(event.youngPeoplePresent()).isEqualTo(3);
				});
			scenario.stimulate(() -> meetings.decide(meeting.id(),
					new DecisionRequest(DecisionType.ENDORSE, "The committee endorsed the care leavers' offer")))
				.andWaitForEventOfType(DecisionRecorded.class)
				.matching(event -> event.meetingId() == meeting.id())
				.toArriveAndVerify(event -> {
					assertThat(event.council()).isEqualTo(council);
					assertThat(event.wording()).contains("care leavers' offer");
				});
		});
	}

	@Test
	void overdueActionsAndDueReviewsAreAnnouncedOnceWithTheCouncil(Scenario scenario) {
		CouncilContext.runIn(council, () -> starter.importFile(Path.of("../../tenants/walsall/alliance.yaml")));

		CouncilContext.runIn(council, () -> scenario.stimulate(() -> terms.announceReviewsDue())
			.andWaitForEventOfType(TermsOfReferenceReviewDue.class)
			.matching(event -> event.reviewDate().equals(LocalDate.of(2025, 6, 1)))
			.toArriveAndVerify(event -> assertThat(event.council()).isEqualTo(council)));
		assertThat(CouncilContext.callIn(council, () -> terms.announceReviewsDue())).isZero();

		long board = CouncilContext.callIn(council, () -> governance.tree().getFirst().body().id());
		long housing = CouncilContext.callIn(council, () -> organisations.organisation("housing").orElseThrow().id());
		var meeting = CouncilContext.callIn(council, () -> meetings.schedule(board,
				new MeetingRequest(LocalDate.of(2026, 1, 12), null, null, List.of(), null)));
		CouncilContext.runIn(council, () -> meetings.allocate(meeting.id(),
				new ActionRequest("Report on care leavers' tenancies", null, housing, LocalDate.of(2026, 3, 31), null)));

		CouncilContext.runIn(council, () -> scenario.stimulate(() -> actions.announceOverdue())
			.andWaitForEventOfType(AllocatedActionOverdue.class)
			.matching(event -> event.title().startsWith("Report on care leavers"))
			.toArriveAndVerify(event -> {
				assertThat(event.council()).isEqualTo(council);
				assertThat(event.organisation()).contains("Housing");
			}));
		assertThat(CouncilContext.callIn(council, () -> actions.announceOverdue())).isZero();
	}
}
