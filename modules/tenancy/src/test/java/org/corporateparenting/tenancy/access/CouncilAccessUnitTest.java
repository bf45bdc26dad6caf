package org.corporateparenting.tenancy.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.CouncilStatus;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.Partnership;
import org.corporateparenting.tenancy.PlatformIssuers;
import org.corporateparenting.tenancy.access.CouncilAccess.Decision;
import org.corporateparenting.tenancy.access.CouncilAccess.Enter;
import org.corporateparenting.tenancy.access.CouncilAccess.Refuse;
import org.corporateparenting.tenancy.testing.FixedIdentityProviders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClaimAccessor;

/**
 * Each way a sign-in fails to open a council gets its own answer, on the API and the pages alike, and nothing said to
 * someone from outside the council tells them whether it is on the platform.
 */
class CouncilAccessUnitTest {

	static final String PLATFORM = "https://login.platform.example/realms/platform";

	static final String WALSALLS = "https://login.walsall.example/realms/walsall";

	static final String WIRRALS = "https://login.wirral.example/realms/wirral";

	static final Council WALSALL = council("walsall", "Walsall Council", CouncilStatus.ACTIVE, WALSALLS);

	static final Council WIRRAL = council("wirral", "Wirral Council", CouncilStatus.ACTIVE, WIRRALS);

	static final Council DUDLEY = council("dudley", "Dudley Council", CouncilStatus.SUSPENDED, PLATFORM);

	final CouncilAccess access = new CouncilAccess(councils(WALSALL, WIRRAL, DUDLEY),
			new StaticListableBeanFactory(Map.of("issuers", (PlatformIssuers) () -> java.util.Set.of(PLATFORM)))
				.getBeanProvider(PlatformIssuers.class),
			FixedIdentityProviders.of());

	@Test
	void aCouncilOpensToItsPeopleWithARoleFromAnIssuerItTrusts() {
		assertThat(access.decide("/api/councils/walsall/strategies", caller(WALSALLS, "walsall", "VIEWER")))
			.isEqualTo(new Enter(WALSALL));
		assertThat(access.decide("/councils/walsall", caller(PLATFORM, "walsall", "PARTNER")))
			.isEqualTo(new Enter(WALSALL));
	}

	@Test
	void itsOwnPeopleWithNoRoleAreToldWhichRolesOpenIt() {
		for (String path : List.of("/api/councils/walsall", "/councils/walsall/actions/1")) {
			for (Authentication roleless : List.of(caller(WALSALLS, "walsall", "offline_access"),
					caller(PLATFORM, "walsall"), caller(null, "walsall", "PLATFORM_ADMIN"))) {
				Refuse refused = refused(path, roleless, HttpStatus.FORBIDDEN);
				assertThat(refused.api()).isEqualTo(path.startsWith("/api/"));
				assertThat(refused.reason()).startsWith("Walsall Council is open only to people with one of the"
						+ " council's roles, and this sign-in gives none. The roles accepted are COUNCIL_ADMIN,"
						+ " OFFICER, BOARD_MEMBER, VIEWER, PARTNER");
			}
		}
	}

	@Test
	void aTokenNamingNoCouncilIsToldSo() {
		assertThat(refused("/api/councils/walsall", caller(WALSALLS, null, "OFFICER"), HttpStatus.NOT_FOUND).reason())
			.isEqualTo("No council walsall is open to this sign-in: its token names no council (it has no council"
					+ " claim)");
	}

	@Test
	void aTokenForAnotherCouncilIsToldSoWhetherOrNotTheCouncilExists() {
		Authentication wirrals = caller(PLATFORM, "wirral", "OFFICER");

		assertThat(refused("/api/councils/walsall", wirrals, HttpStatus.NOT_FOUND).reason())
			.isEqualTo("No council walsall is open to this sign-in: its token is for the council wirral");
		assertThat(refused("/api/councils/atlantis", wirrals, HttpStatus.NOT_FOUND).reason())
			.isEqualTo("No council atlantis is open to this sign-in: its token is for the council wirral");
	}

	@Test
	void anIssuerTheCouncilDoesNotTrustIsToldSoWhetherOrNotTheCouncilExists() {
		Authentication fromWirralsIssuer = caller(WIRRALS, "walsall", "OFFICER");

		assertThat(refused("/api/councils/walsall", fromWirralsIssuer, HttpStatus.NOT_FOUND).reason())
			.isEqualTo("No council walsall is open to sign-ins from " + WIRRALS
					+ ": that issuer is not one the council trusts");
		assertThat(refused("/councils/atlantis", caller(WIRRALS, "atlantis", "OFFICER"), HttpStatus.NOT_FOUND)
			.reason()).isEqualTo("No council atlantis is open to sign-ins from " + WIRRALS
					+ ": that issuer is not one the council trusts");
	}

	@Test
	void anUnknownCouncilIsNotOnThePlatformAndASuspendedOneSaysWhy() {
		assertThat(refused("/api/councils/atlantis", caller(PLATFORM, "atlantis", "OFFICER"), HttpStatus.NOT_FOUND)
			.reason()).isEqualTo("No council atlantis is on the platform");
		assertThat(refused("/councils/dudley", caller(PLATFORM, "dudley", "OFFICER"), HttpStatus.FORBIDDEN).reason())
			.startsWith("Dudley Council is suspended on the platform");
	}

	@Test
	void aPartnershipOpensOnlyToItsCouncilsPeopleWithARole() {
		assertThat(access.decide("/partnerships/west-midlands", caller(PLATFORM, "walsall", "VIEWER")))
			.isInstanceOf(CouncilAccess.PassThrough.class);
		assertThat(refused("/partnerships/west-midlands", caller(PLATFORM, "walsall"), HttpStatus.FORBIDDEN).reason())
			.startsWith("Partnership west-midlands is open only to people with one of the council's roles");
		assertThat(refused("/partnerships/west-midlands", caller(PLATFORM, "wirral", "VIEWER"), HttpStatus.NOT_FOUND)
			.reason()).isEqualTo("No partnership west-midlands is on the platform");
	}

	private Refuse refused(String path, Authentication caller, HttpStatus status) {
		Decision decision = access.decide(path, caller);
		assertThat(decision).isInstanceOf(Refuse.class);
		Refuse refuse = (Refuse) decision;
		assertThat(refuse.status()).as(refuse.reason()).isEqualTo(status);
		return refuse;
	}

	/** A signed-in caller: a token's claims, or a session's (no issuer). */
	private static Authentication caller(String issuer, String council, String... roles) {
		Map<String, Object> claims = new HashMap<>();
		claims.put("sub", "someone");
		if (issuer != null) {
			claims.put("iss", issuer);
		}
		if (council != null) {
			claims.put("council", council);
		}
		ClaimAccessor principal = () -> claims;
		return new TestingAuthenticationToken(principal, null,
				java.util.Arrays.stream(roles).map(role -> "ROLE_" + role).toArray(String[]::new));
	}

	private static Council council(String slug, String name, CouncilStatus status, String issuer) {
		return new Council(slug, name, "E08000030", "West Midlands", status, List.of("west-midlands"), List.of(issuer),
				Instant.EPOCH, Instant.EPOCH, 1);
	}

	private static Councils councils(Council... all) {
		Partnership westMidlands = new Partnership("west-midlands", "West Midlands",
				Partnership.PartnershipKind.REGIONAL, List.of("walsall", "dudley"), 1);
		return new Councils() {

			@Override
			public Optional<Council> find(String slug) {
				return List.of(all).stream().filter(council -> council.slug().equals(slug)).findFirst();
			}

			@Override
			public List<Council> all() {
				return List.of(all);
			}

			@Override
			public <E extends Exception> void forEachActive(CouncilContext.Work<E> work) {
				throw new UnsupportedOperationException();
			}

			@Override
			public Optional<Partnership> findPartnership(String slug) {
				return Optional.of(westMidlands).filter(partnership -> partnership.slug().equals(slug));
			}

			@Override
			public List<Partnership> partnerships() {
				return List.of(westMidlands);
			}
		};
	}
}
