package org.corporateparenting.alliance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.corporateparenting.alliance.CollaborationKind;
import org.corporateparenting.alliance.CorporateParentDuty;
import org.corporateparenting.alliance.CovenantArea;
import org.corporateparenting.alliance.PartnerOfferDirectory;
import org.corporateparenting.alliance.PartnerOfferDirectory.AreaTakeUp;
import org.corporateparenting.alliance.PartnerOfferStatus;
import org.corporateparenting.alliance.application.AllianceRequests.CollaborationRequest;
import org.corporateparenting.alliance.application.AllianceRequests.CorporateParentRequest;
import org.corporateparenting.alliance.application.AllianceRequests.PartnerOfferRequest;
import org.corporateparenting.alliance.application.AllianceRequests.TakeUpRequest;
import org.corporateparenting.alliance.domain.PartnerOffer;
import org.corporateparenting.alliance.domain.CollaborationEntry;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.tenancy.StarterImport;
import org.corporateparenting.tenancy.testing.FreshCouncils;
import org.corporateparenting.web.CouncilPermissions;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;

/**
 * Partners' duties under the 2026 Act, their offers with take-up by quarter, and the collaboration log, as Walsall's
 * documents give them and as the services keep them. Each test works in a council of its own.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class PartnerOffersModuleTest {

	static final Caller HOUSING_PARTNER = new Caller("whg", CouncilPermissions.of(Set.of("ROLE_PARTNER"), "housing"));

	static final Caller OFFICER = Caller.council("officer");

	@Autowired
	List<StarterImport> starters;

	@Autowired
	PartnerOfferManagement offers;

	@Autowired
	PartnerOfferDirectory directory;

	@Autowired
	CorporateParentManagement duties;

	@Autowired
	CollaborationManagement log;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	RecordHistory history;

	@Autowired
	CouncilOnboarding onboarding;

	String council;

	@BeforeEach
	void council() {
		council = FreshCouncils.onboard(onboarding, "offershire");
		StarterImport alliance = starters.stream().filter(s -> s.file().equals("alliance.yaml")).findFirst().orElseThrow();
		CouncilContext.runIn(council, () -> alliance.load(Path.of("../../tenants/walsall/alliance.yaml")));
	}

	@Test
	void walsallsPartnersOffersAreCountedByAreaWithTheirLatestQuartersTakeUp() {
		CouncilContext.runIn(council, () -> {
			List<AreaTakeUp> areas = directory.byArea();
			assertThat(areas).extracting(AreaTakeUp::area).containsExactly(CovenantArea.values());
			AreaTakeUp health = areas.get(CovenantArea.MENTAL_AND_PHYSICAL_HEALTH.ordinal());
			assertThat(health.offers()).isEqualTo(2);
			assertThat(health.latestQuarter()).isEqualTo("2025-26 Q3");
			assertThat(health.takenUp()).isEqualTo(12);
			AreaTakeUp work = areas.get(CovenantArea.EDUCATION_TRAINING_EMPLOYMENT.ordinal());
			assertThat(work.places()).isEqualTo(20);
			assertThat(work.latestQuarter()).isNull();
			assertThat(areas.get(CovenantArea.FINANCE.ordinal()).offers()).isZero();

			var nurse = organisations.organisation("health").orElseThrow();
			assertThat(duties.duties(nurse.id()).corporateParent()).isTrue();
			assertThat(duties.duties(nurse.id()).duties()).contains(CorporateParentDuty.SHARE_INFORMATION);
			assertThat(log.entries(0, 20).content()).hasSize(2)
				.allSatisfy(entry -> assertThat(entry.organisations()).hasSize(2));
		});
	}

	@Test
	void takeUpIsGivenForQuartersThatHaveBegunEachOnceAndEveryProblemIsSaidAtOnce() {
		CouncilContext.runIn(council, () -> {
			long housing = organisations.organisation("housing").orElseThrow().id();
			PartnerOfferRequest bad = new PartnerOfferRequest(housing, null, "", "Bond guarantee", null, -1, null,
					PartnerOfferStatus.OPEN, false, List.of(new TakeUpRequest("2025-26 Q1", 2),
							new TakeUpRequest("2025-26 Q1", 3), new TakeUpRequest("2025-27 Q1", 1),
							new TakeUpRequest("Spring 2025", 1), new TakeUpRequest(nextYearsQuarter(), 1)),
					null);
			assertThatThrownBy(() -> offers.make(OFFICER, bad))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
					.extracting(FieldProblem::field)
					.containsExactlyInAnyOrder("area", "title", "places", "takeUp[1].quarter", "takeUp[2].quarter",
							"takeUp[3].quarter", "takeUp[4].quarter"));
			assertThat(offers.offerViews()).noneMatch(offer -> offer.whatIsOffered().equals("Bond guarantee"));
		});
	}

	@Test
	void aPartnerMakesAndChangesOnlyTheirOwnOrganisationsOffers() {
		CouncilContext.runIn(council, () -> {
			long housing = organisations.organisation("housing").orElseThrow().id();
			long police = organisations.organisation("police").orElseThrow().id();
			var own = offers.make(HOUSING_PARTNER, offer(housing, "Deposit guarantee", null));
			assertThat(own.organisationKey()).isEqualTo("housing");
			assertThatThrownBy(() -> offers.make(HOUSING_PARTNER, offer(police, "Not ours", null)))
				.isInstanceOf(AccessDeniedException.class);
			long policeOffer = offers.offerViews()
				.stream()
				.filter(offer -> offer.organisationKey().equals("police"))
				.findFirst()
				.orElseThrow()
				.id();
			assertThatThrownBy(() -> offers.change(HOUSING_PARTNER, policeOffer, offer(police, "Changed", 0L)))
				.isInstanceOf(AccessDeniedException.class);

			var changed = offers.change(HOUSING_PARTNER, own.id(), offer(housing, "Deposit and rent guarantee",
					own.version()));
			assertThat(changed.title()).isEqualTo("Deposit and rent guarantee");
			assertThat(history.of(PartnerOffer.class, own.id())).hasSize(2);
			assertThat(directory.offer(own.id())).get()
				.extracting(PartnerOfferDirectory.OfferSummary::organisationName)
				.isEqualTo("Walsall Housing Group (whg)");
		});
	}

	@Test
	void onlyARelevantCorporateParentHasDutiesAndAtLeastOne() {
		CouncilContext.runIn(council, () -> {
			var police = organisations.organisation("police").orElseThrow();
			assertThatThrownBy(() -> duties.record(police.id(),
					new CorporateParentRequest(true, List.of(), police.version())))
				.isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("duties");
			assertThatThrownBy(() -> duties.record(police.id(),
					new CorporateParentRequest(false, List.of(CorporateParentDuty.ADVISE), police.version())))
				.isInstanceOf(InvalidInputException.class);
			var recorded = duties.record(police.id(), new CorporateParentRequest(true,
					List.of(CorporateParentDuty.COLLABORATE, CorporateParentDuty.BE_ALERT), police.version()));
			assertThat(recorded.duties()).containsExactly(CorporateParentDuty.BE_ALERT, CorporateParentDuty.COLLABORATE);
			assertThat(history.of(org.corporateparenting.alliance.domain.PartnerOrganisation.class, police.id()))
				.hasSizeGreaterThan(1);
		});
	}

	@Test
	void theCollaborationLogIsReadNewestFirstAPageAtATime() {
		CouncilContext.runIn(council, () -> {
			long housing = organisations.organisation("housing").orElseThrow().id();
			long police = organisations.organisation("police").orElseThrow().id();
			assertThatThrownBy(() -> log.record(new CollaborationRequest(LocalDate.now().plusDays(1),
					CollaborationKind.ADVICE, List.of(housing, 999_999L), "", null, null)))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
					.extracting(FieldProblem::field)
					.containsExactlyInAnyOrder("date", "organisationIds[1]", "summary"));
			var entry = log.record(new CollaborationRequest(LocalDate.of(2026, 1, 12), CollaborationKind.JOINT_WORK,
					List.of(housing, police), "Joint visit to a care leaver at risk of losing a tenancy", null, null));
			var page = log.entries(0, 1);
			assertThat(page.totalElements()).isEqualTo(3);
			assertThat(page.totalPages()).isEqualTo(3);
			assertThat(page.content()).singleElement().extracting(AllianceViews.CollaborationView::id)
				.isEqualTo(entry.id());
			assertThat(log.entries(2, 1).content().getFirst().date()).isEqualTo(LocalDate.of(2019, 12, 10));
			assertThat(history.of(CollaborationEntry.class, entry.id())).hasSize(1);
		});
	}

	private static PartnerOfferRequest offer(long organisationId, String title, Long version) {
		return new PartnerOfferRequest(organisationId, CovenantArea.FINANCE, title, "A guarantee for a deposit",
				"Care leavers", 5, 2000, PartnerOfferStatus.OPEN, false, List.of(new TakeUpRequest("2025-26 Q1", 1)),
				version);
	}

	private static String nextYearsQuarter() {
		int year = LocalDate.now().getYear() + 1;
		return year + "-" + String.format("%02d", (year + 1) % 100) + " Q1";
	}
}
