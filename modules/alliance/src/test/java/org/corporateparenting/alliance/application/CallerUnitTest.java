package org.corporateparenting.alliance.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.corporateparenting.alliance.domain.PartnerOrganisation;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.core.ClaimAccessor;

/** Who sees and who reports on an organisation's actions and pledges, from the roles and organisation claim. */
class CallerUnitTest {

	static final PartnerOrganisation HOUSING = new PartnerOrganisation("housing");

	static final PartnerOrganisation POLICE = new PartnerOrganisation("police");

	@Test
	void aPartnerSeesAndReportsOnTheirOwnOrganisationOnly() {
		Caller partner = caller("housing", "ROLE_PARTNER");

		assertThat(partner.covers(HOUSING)).isTrue();
		assertThat(partner.covers(POLICE)).isFalse();
		assertThat(partner.reportsFor(HOUSING)).isTrue();
		assertThat(partner.reportsFor(POLICE)).isFalse();
	}

	@Test
	void aPartnerWhoSitsOnTheBoardReadsEverythingButStillReportsOnlyForTheirOwn() {
		Caller partner = caller("housing", "ROLE_PARTNER", "ROLE_BOARD_MEMBER");

		assertThat(partner.covers(POLICE)).isTrue();
		assertThat(partner.reportsFor(POLICE)).isFalse();
		assertThat(partner.reportsFor(HOUSING)).isTrue();
	}

	@Test
	void officersReportOnAnyOrganisationAndAPartnerWithoutAnOrganisationOnNone() {
		assertThat(caller(null, "ROLE_OFFICER").reportsFor(POLICE)).isTrue();
		assertThat(caller(null, "ROLE_PARTNER").covers(HOUSING)).isFalse();
		assertThat(caller(null, "ROLE_PARTNER").reportsFor(HOUSING)).isFalse();
		assertThat(Caller.nobody().covers(HOUSING)).isFalse();
	}

	private static Caller caller(String organisation, String... roles) {
		Map<String, Object> claims = organisation == null ? Map.of("sub", "someone")
				: Map.of("sub", "someone", Caller.ORGANISATION_CLAIM, organisation);
		ClaimAccessor token = () -> claims;
		return Caller.of(new TestingAuthenticationToken(token, null, roles));
	}
}
