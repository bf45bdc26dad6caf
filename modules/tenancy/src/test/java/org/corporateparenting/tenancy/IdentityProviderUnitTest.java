package org.corporateparenting.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.corporateparenting.tenancy.IdentityProvider.Grant;
import org.corporateparenting.tenancy.IdentityProvider.RoleMapping;
import org.corporateparenting.web.CouncilPermissions.Role;
import org.junit.jupiter.api.Test;

/** How the groups or roles in a council provider's token become the platform's roles. */
class IdentityProviderUnitTest {

	static final List<RoleMapping> MAPPINGS = List.of(new RoleMapping("officers", Role.OFFICER, null),
			new RoleMapping("housing-team", Role.PARTNER, "housing"),
			new RoleMapping("police-team", Role.PARTNER, "police"), new RoleMapping("everyone", Role.VIEWER, null));

	@Test
	void readsKeycloaksRealmRolesFromANestedClaim() {
		Grant grant = provider("realm_access.roles")
			.grant(Map.of("realm_access", Map.of("roles", List.of("officers", "offline_access"))));

		assertThat(grant.groups()).containsExactly("officers", "offline_access");
		assertThat(grant.roles()).containsExactly(Role.OFFICER);
		assertThat(grant.unmapped()).containsExactly("offline_access");
		assertThat(grant.organisation()).isNull();
	}

	@Test
	void readsAClaimWhoseNameHasDotsInItAsAWhole() {
		Grant grant = provider("https://council.example/roles")
			.grant(Map.of("https://council.example/roles", List.of("everyone")));

		assertThat(grant.roles()).containsExactly(Role.VIEWER);
	}

	@Test
	void readsASpaceSeparatedString() {
		assertThat(provider("groups").grant(Map.of("groups", " officers  everyone ")).roles())
			.containsExactly(Role.OFFICER, Role.VIEWER);
	}

	@Test
	void aPartnerActsForTheOrganisationOfTheFirstPartnerMappingTheyMatch() {
		Grant grant = provider("groups").grant(Map.of("groups", List.of("police-team", "housing-team")));

		assertThat(grant.roles()).containsExactly(Role.PARTNER);
		assertThat(grant.organisation()).isEqualTo("housing");
	}

	@Test
	void aRawRolesClaimGivesNothingWhenTheGroupsAreElsewhere() {
		Grant grant = provider("groups").grant(Map.of("roles", List.of("COUNCIL_ADMIN")));

		assertThat(grant.groups()).isEmpty();
		assertThat(grant.roles()).isEmpty();
	}

	@Test
	void valuesAreMatchedExactly() {
		assertThat(provider("groups").grant(Map.of("groups", List.of("Officers", "/officers"))).roles()).isEmpty();
	}

	@Test
	void expectsTheCouncilsAudienceOrElseThePlatforms() {
		assertThat(provider("roles").accepts(List.of(), "corporate-parenting")).isFalse();
		assertThat(provider("roles").accepts(List.of("account"), "corporate-parenting")).isFalse();
		assertThat(provider("roles").accepts(List.of("corporate-parenting", "account"), "corporate-parenting"))
			.isTrue();
		IdentityProvider withAudience = new IdentityProvider("walsall", "https://login.example/realms/walsall",
				"roles", "api://cpp", MAPPINGS, Instant.now(), "someone", 1);
		assertThat(withAudience.accepts(List.of("account", "api://cpp"), "corporate-parenting")).isTrue();
		assertThat(withAudience.accepts(List.of("account", "corporate-parenting"), "corporate-parenting")).isFalse();
	}

	private static IdentityProvider provider(String claim) {
		return new IdentityProvider("walsall", "https://login.example/realms/walsall", claim, null, MAPPINGS,
				Instant.now(), "someone", 1);
	}
}
