package org.corporateparenting.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.corporateparenting.platform.web.ServiceNavigation.Crumb;
import org.corporateparenting.platform.web.ServiceNavigation.Section;
import org.junit.jupiter.api.Test;

/**
 * The header's place, sections and breadcrumbs, worked out from who is signed in and the address: a council's
 * people get its sections (a partner all but the evidence for inspection), a platform admin the administration's, an analyst their partnership.
 */
class ServiceNavigationUnitTest {

	static final SignedInUser OFFICER = new SignedInUser("Alex", "walsall", "Walsall Council", null, Set.of("OFFICER"));

	static final SignedInUser ADMIN = new SignedInUser("Sam", null, null, null, Set.of("PLATFORM_ADMIN"));

	static final SignedInUser ANALYST = new SignedInUser("Jo", null, null, "peer-network", Set.of("PARTNERSHIP_ANALYST"));

	@Test
	void aCouncilsPeopleGetItsSectionsWithTheOneThePageIsInMarked() {
		var navigation = of(OFFICER, "/councils/walsall/actions/12");

		assertThat(navigation.serviceName()).isEqualTo("Walsall Council");
		assertThat(navigation.serviceHref()).isEqualTo("/councils/walsall");
		assertThat(navigation.sections()).extracting(Section::name)
			.containsExactly("Home", "Strategy", "Pledges", "Alliance", "Consultations", "Local offer", "Indicators",
				"Inspection", "Board packs");
		assertThat(navigation.sections()).filteredOn(Section::current).extracting(Section::name).containsExactly("Strategy");
		assertThat(navigation.trail()).containsExactly(new Crumb("Home", "/councils/walsall"),
				new Crumb("Strategy", "/councils/walsall/strategy"));
	}

	@Test
	void aPartnerIsNotOfferedTheCouncilsEvidenceForInspection() {
		var partner = new SignedInUser("Pat", "walsall", "Walsall Council", null, Set.of("PARTNER"));

		assertThat(of(partner, "/councils/walsall").sections()).extracting(Section::name).doesNotContain("Inspection")
			.contains("Strategy", "Local offer");
		assertThat(current(of(OFFICER, "/councils/walsall/inspection/self-evaluations/3"))).isEqualTo("Inspection");
		assertThat(of(OFFICER, "/councils/walsall/inspection/evidence-links/3").trail())
			.containsExactly(new Crumb("Home", "/councils/walsall"), new Crumb("Inspection", "/councils/walsall/inspection"));
	}

	@Test
	void aSectionsFirstPageLeadsBackHomeAndTheHomePageHasNoBreadcrumbs() {
		assertThat(of(OFFICER, "/councils/walsall/board-packs").trail()).containsExactly(new Crumb("Home", "/councils/walsall"));
		assertThat(of(OFFICER, "/councils/walsall").trail()).isEmpty();
		// The strategy section's first page is the strategy in force, at its own address.
		assertThat(of(OFFICER, "/councils/walsall/strategies/1").trail()).containsExactly(new Crumb("Home", "/councils/walsall"));
		assertThat(of(OFFICER, "/councils/walsall").sections()).filteredOn(Section::current)
			.extracting(Section::name)
			.containsExactly("Home");
	}

	@Test
	void pagesNoSectionNamesAreUnderHomeAndOtherAddressesOfASectionAreInIt() {
		assertThat(of(OFFICER, "/councils/walsall/dashboard").sections()).filteredOn(Section::current)
			.extracting(Section::name)
			.containsExactly("Home");
		assertThat(current(of(OFFICER, "/councils/walsall/forums/3"))).isEqualTo("Consultations");
		assertThat(current(of(OFFICER, "/councils/walsall/sharing"))).isEqualTo("Indicators");
		assertThat(current(of(OFFICER, "/councils/walsall/work-streams/2"))).isEqualTo("Pledges");
		assertThat(current(of(OFFICER, "/councils/walsall/offer-sections/4"))).isEqualTo("Local offer");
		assertThat(current(of(OFFICER, "/councils/walsall/benchmarking"))).isEqualTo("Indicators");
		// A council whose slug begins like a section's address is not taken for it.
		assertThat(current(of(OFFICER, "/councils/walsall/alliances-of-others"))).isEqualTo("Home");
	}

	@Test
	void aPartnershipSeenFromACouncilLeadsBackToTheCouncilAndThePartnership() {
		var navigation = of(OFFICER, "/partnerships/peer-network/indicators/PEP");

		assertThat(navigation.sections()).noneMatch(Section::current);
		assertThat(navigation.trail()).containsExactly(new Crumb("Home", "/councils/walsall"),
				new Crumb("Corporate Parenting Peer Network", "/partnerships/peer-network"));
	}

	@Test
	void someoneOfTheCouncilWithNoRoleIsOfferedNoneOfItsSections() {
		SignedInUser member = new SignedInUser("Kim", "walsall", "Walsall Council", null, Set.of());

		assertThat(of(member, "/").sections()).isEmpty();
		assertThat(of(member, "/councils/walsall/strategy").trail()).isEmpty();
	}

	@Test
	void platformAdminsGetTheAdministrationsSections() {
		var navigation = of(ADMIN, "/admin/councils/walsall");

		assertThat(navigation.serviceName()).isEqualTo("Platform administration");
		assertThat(navigation.sections()).extracting(Section::name).containsExactly("Councils", "Partnerships", "Indicators",
				"Statistical neighbours");
		assertThat(current(navigation)).isEqualTo("Councils");
		assertThat(navigation.trail()).containsExactly(new Crumb("Councils", "/admin/councils"));
		assertThat(of(ADMIN, "/admin/partnerships").trail()).isEmpty();
	}

	@Test
	void theBoardsAnnualReportsAreInTheBoardPacksSection() {
		var navigation = of(OFFICER, "/councils/walsall/annual-reports/3");

		assertThat(current(navigation)).isEqualTo("Board packs");
		assertThat(navigation.trail()).containsExactly(new Crumb("Home", "/councils/walsall"),
				new Crumb("Board packs", "/councils/walsall/board-packs"));
	}

	@Test
	void analystsGetTheirPartnership() {
		var navigation = of(ANALYST, "/partnerships/peer-network/indicators/PEP");

		assertThat(navigation.serviceName()).isEqualTo("Corporate Parenting Peer Network");
		assertThat(navigation.trail()).containsExactly(new Crumb("Corporate Parenting Peer Network", "/partnerships/peer-network"));
		assertThat(of(ANALYST, "/partnerships/peer-network").trail()).isEmpty();
	}

	@Test
	void nobodySignedInHasNoPlace() {
		assertThat(ServiceNavigation.of(null, "/accessibility", slug -> Optional.empty()).shown()).isFalse();
	}

	private static ServiceNavigation of(SignedInUser person, String path) {
		return ServiceNavigation.of(person, path,
				slug -> slug.equals("peer-network") ? Optional.of("Corporate Parenting Peer Network") : Optional.empty());
	}

	private static String current(ServiceNavigation navigation) {
		return navigation.sections().stream().filter(Section::current).map(Section::name).findFirst().orElse(null);
	}
}
