package org.corporateparenting.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.corporateparenting.pledges.PledgeProgress.PledgeLine;
import org.corporateparenting.pledges.PledgeProgress.PledgeSetProgress;
import org.corporateparenting.pledges.PledgeProgress.WorkStreamProgress;
import org.corporateparenting.pledges.application.PledgeDeliveries;
import org.corporateparenting.pledges.application.PledgeManagement;
import org.corporateparenting.pledges.application.PledgeRequests.TransitionRequest;
import org.corporateparenting.pledges.application.PledgeRequests.WorkStreamRequest;
import org.corporateparenting.pledges.application.PledgeRequests.WorkStreamUpdateRequest;
import org.corporateparenting.pledges.application.WorkStreamManagement;
import org.corporateparenting.pledges.domain.PledgeSet;
import org.corporateparenting.pledges.domain.WorkStream;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.testing.FreshCouncils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * Walsall's pledges and work streams as reporting reads them, in a council onboarded with Walsall's starter file:
 * each pledge as the pledge wall shows it, the work streams with their latest updates, and the event that tells
 * reporting to read them again. Each test works in a council of its own.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class PledgeProgressModuleTest {

	static final Path WALSALL = Path.of("../../tenants/walsall");

	@Autowired
	PledgeProgress progress;

	@Autowired
	PledgeManagement pledges;

	@Autowired
	PledgeDeliveries deliveries;

	@Autowired
	WorkStreamManagement workStreams;

	@Autowired
	CouncilOnboarding onboarding;

	String council;

	/** Onboards a council with Walsall's files and waits for its pledges, imported after onboarding commits. */
	@BeforeEach
	void councilWithWalsallsPledges() {
		council = FreshCouncils.onboard(onboarding, "promiseshire", WALSALL);
		await().atMost(Duration.ofSeconds(30)).until(() -> !inCouncil(progress::inForce).isEmpty());
	}

	@Test
	void givesEachPledgeInForceTheStatusThePledgeWallShows() {
		List<PledgeSetProgress> sets = inCouncil(progress::inForce);

		assertThat(sets).extracting(PledgeSetProgress::title, PledgeSetProgress::audience,
				PledgeSetProgress::inForceFrom)
			.containsExactly(
					tuple("Our Pledge to Children in Care", Audience.CHILDREN_IN_CARE, LocalDate.of(2017, 4, 1)),
					tuple("Our Pledge to Young People leaving care", Audience.CARE_LEAVERS, LocalDate.of(2017, 4, 1)));
		assertThat(sets.getFirst().pledges()).extracting(PledgeLine::number)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
		assertThat(sets.getFirst().pledges().get(6).theme()).isEqualTo("Things to do");
		assertThat(sets.get(1).pledges()).extracting(PledgeLine::number).containsExactly(12, 13, 14, 15, 16, 17);

		Map<Integer, DeliveryStatus> byNumber = statusByNumber(sets);
		// Dissolved as delivered (8, 9, 11, 17) and merged into the Virtual School's board (1, 2, 12) count as done.
		assertThat(numbersWith(byNumber, DeliveryStatus.DELIVERED)).containsExactlyInAnyOrder(1, 2, 8, 9, 11, 12, 17);
		assertThat(numbersWith(byNumber, DeliveryStatus.IN_PROGRESS))
			.containsExactlyInAnyOrder(3, 4, 5, 6, 7, 10, 13, 14);
		assertThat(numbersWith(byNumber, DeliveryStatus.NOT_ASSIGNED)).containsExactlyInAnyOrder(15, 16);

		Map<Long, DeliveryStatus> onTheWall = inCouncil(this::statusesOnTheWall);
		assertThat(sets.stream().flatMap(set -> set.pledges().stream()))
			.allSatisfy(line -> assertThat(line.status()).isEqualTo(onTheWall.get(line.id())));
	}

	@Test
	void listsActiveWorkStreamsFirstEachWithItsLatestUpdate() {
		long leisure = workStreamNamed("Lifestyle and leisure").getId();
		inCouncil(() -> workStreams.report(leisure, new WorkStreamUpdateRequest(LocalDate.of(2020, 3, 2),
				List.of("Leisure passes issued to every child in care"), List.of("Summer activity programme")),
				"officer"));
		// Recorded later but dated earlier: the latest update is the latest dated one.
		inCouncil(() -> workStreams.report(leisure, new WorkStreamUpdateRequest(LocalDate.of(2019, 6, 1),
				List.of("Contact policy drafted"), List.of()), "officer"));

		List<WorkStreamProgress> streams = inCouncil(progress::workStreams);

		assertThat(streams).extracting(WorkStreamProgress::name, WorkStreamProgress::status)
			.containsExactly(tuple("Good health and wellbeing", WorkStreamStatus.ACTIVE),
					tuple("Home – a safe place to live", WorkStreamStatus.ACTIVE),
					tuple("Lifestyle and leisure", WorkStreamStatus.ACTIVE),
					tuple("Education, training and employment", WorkStreamStatus.MERGED),
					tuple("Respect and influence", WorkStreamStatus.DELIVERED_AND_DISSOLVED));
		assertThat(streams.get(2)).satisfies(stream -> {
			assertThat(stream.lastUpdated()).isEqualTo(LocalDate.of(2020, 3, 2));
			assertThat(stream.delivered()).containsExactly("Leisure passes issued to every child in care");
			assertThat(stream.inProgress()).containsExactly("Summer activity programme");
		});
		assertThat(streams.getLast()).satisfies(stream -> {
			assertThat(stream.lastUpdated()).isEqualTo(LocalDate.of(2019, 12, 10));
			assertThat(stream.delivered()).hasSize(8)
				.startsWith("Children in Care Council is now established and working well");
			assertThat(stream.inProgress()).hasSize(4);
		});
	}

	@Test
	void aWorkStreamSetUpForAPledgePublishesPledgesChangedAndPutsThePledgeInProgress(Scenario scenario) {
		long budgeting = pledgeNumbered(15);

		CouncilContext.runIn(council, () -> scenario
			.stimulate(() -> workStreams.create(new WorkStreamRequest("Money matters", "Leaving Care Manager", null,
					List.of("Personal Adviser"), Set.of(budgeting), null, null, null, null, null)))
			.andWaitForEventOfType(PledgesChanged.class)
			.matching(event -> event.council().equals(council))
			.toArrive());

		assertThat(statusByNumber(inCouncil(progress::inForce))).containsEntry(15, DeliveryStatus.IN_PROGRESS);
		assertThat(inCouncil(progress::workStreams)).filteredOn(stream -> stream.name().equals("Money matters"))
			.singleElement()
			.satisfies(stream -> {
				assertThat(stream.lastUpdated()).isNull();
				assertThat(stream.delivered()).isEmpty();
			});
	}

	@Test
	void aWorkStreamDissolvedAsDeliveredPublishesPledgesChangedAndDeliversItsPledges(Scenario scenario) {
		WorkStream home = workStreamNamed("Home – a safe place to live");

		CouncilContext.runIn(council, () -> scenario
			.stimulate(() -> workStreams.update(home.getId(), new WorkStreamRequest(home.getName(), home.getLead(),
					home.getLeadEmail(), List.copyOf(home.getMembers()), Set.copyOf(home.getPledgeIds()),
					WorkStreamStatus.DELIVERED_AND_DISSOLVED, LocalDate.of(2021, 3, 31), "Its action plan is complete",
					null, home.getVersion())))
			.andWaitForEventOfType(PledgesChanged.class)
			.matching(event -> event.council().equals(council))
			.toArrive());

		assertThat(statusByNumber(inCouncil(progress::inForce))).containsEntry(5, DeliveryStatus.DELIVERED)
			.containsEntry(13, DeliveryStatus.DELIVERED);
	}

	@Test
	void aSetWithdrawnWithoutANewEditionPublishesPledgesChangedAndLeavesTheSetsInForce(Scenario scenario) {
		long careLeavers = inCouncil(progress::inForce).getLast().id();

		CouncilContext.runIn(council, () -> scenario
			.stimulate(() -> pledges.transition(careLeavers, new TransitionRequest(PledgeSetStatus.REPLACED)))
			.andWaitForEventOfType(PledgesChanged.class)
			.matching(event -> event.council().equals(council))
			.toArrive());

		assertThat(inCouncil(progress::inForce)).extracting(PledgeSetProgress::title)
			.containsExactly("Our Pledge to Children in Care");
	}

	private Map<Long, DeliveryStatus> statusesOnTheWall() {
		List<PledgeSet> standing = pledges.setsWithPledges()
			.stream()
			.filter(set -> set.getStatus().standing())
			.toList();
		return deliveries.of(standing.stream().flatMap(set -> set.pledges().stream()).toList())
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().status()));
	}

	private static Map<Integer, DeliveryStatus> statusByNumber(List<PledgeSetProgress> sets) {
		return sets.stream()
			.flatMap(set -> set.pledges().stream())
			.collect(Collectors.toMap(PledgeLine::number, PledgeLine::status));
	}

	private static List<Integer> numbersWith(Map<Integer, DeliveryStatus> byNumber, DeliveryStatus status) {
		return byNumber.entrySet().stream().filter(entry -> entry.getValue() == status).map(Map.Entry::getKey).toList();
	}

	private long pledgeNumbered(int number) {
		return inCouncil(progress::inForce).stream()
			.flatMap(set -> set.pledges().stream())
			.filter(line -> line.number() == number)
			.findFirst()
			.orElseThrow()
			.id();
	}

	private WorkStream workStreamNamed(String name) {
		return inCouncil(() -> workStreams.workStreams()
			.stream()
			.filter(workStream -> workStream.getName().equals(name))
			.findFirst()
			.orElseThrow());
	}

	private <T> T inCouncil(CouncilContext.Task<T, RuntimeException> task) {
		return CouncilContext.callIn(council, task);
	}
}
