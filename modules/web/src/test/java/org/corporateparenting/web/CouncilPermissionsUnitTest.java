package org.corporateparenting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClaimAccessor;

/** The one table of what each council role may do, and the {@code @PreAuthorize} expressions that read it. */
class CouncilPermissionsUnitTest {

	/** For each role: what it may do besides reading every record of its council. */
	static final Map<String, Set<String>> TABLE = Map.of(
			"COUNCIL_ADMIN", Set.of("edit", "approve", "reportProgress", "administer"),
			"OFFICER", Set.of("edit", "approve", "reportProgress"),
			"BOARD_MEMBER", Set.of("approve"),
			"VIEWER", Set.of(),
			"PARTNER", Set.of("reportProgress", "partnerOnly"));

	@Test
	void eachRoleMayDoWhatTheTableSaysAndNothingMore() {
		TABLE.forEach((role, may) -> {
			CouncilPermissions permissions = CouncilPermissions.of(authentication(null, "ROLE_" + role));

			assertThat(granted(permissions)).as(role).isEqualTo(new TreeSet<>(may));
			assertThat(permissions.read()).as(role).isTrue();
		});
	}

	@Test
	void theAccessExpressionsAnswerAsThePermissionsDo() {
		var parser = new SpelExpressionParser();
		for (String role : TABLE.keySet()) {
			Authentication caller = authentication(null, "ROLE_" + role);
			var context = new StandardEvaluationContext(new Root(caller));
			CouncilPermissions may = CouncilPermissions.of(caller);

			assertThat(parser.parseExpression(Access.EDIT).getValue(context, Boolean.class)).as(role)
				.isEqualTo(may.edit());
			assertThat(parser.parseExpression(Access.APPROVE).getValue(context, Boolean.class)).as(role)
				.isEqualTo(may.approve());
			assertThat(parser.parseExpression(Access.REPORT_PROGRESS).getValue(context, Boolean.class)).as(role)
				.isEqualTo(may.reportProgress());
		}
	}

	@Test
	void aPartnerSeesAndReportsForTheirOwnOrganisationOnlyUnlessTheyAlsoHoldACouncilWideRole() {
		CouncilPermissions partner = CouncilPermissions.of(authentication("housing", "ROLE_PARTNER"));
		CouncilPermissions onTheBoard = CouncilPermissions.of(
				authentication("housing", "ROLE_PARTNER", "ROLE_BOARD_MEMBER"));
		CouncilPermissions officer = CouncilPermissions.of(authentication(null, "ROLE_OFFICER"));

		assertThat(partner.sees("housing")).isTrue();
		assertThat(partner.sees("police")).isFalse();
		assertThat(partner.reportsFor("housing")).isTrue();
		assertThat(partner.reportsFor("police")).isFalse();
		assertThat(onTheBoard.sees("police")).isTrue();
		assertThat(onTheBoard.reportsFor("police")).isFalse();
		assertThat(officer.reportsFor("police")).isTrue();
	}

	@Test
	void someoneWithNoCouncilRoleMayDoNothingNotEvenRead() {
		CouncilPermissions nobody = CouncilPermissions.of(authentication(null, "ROLE_PLATFORM_ADMIN"));

		assertThat(nobody).isEqualTo(CouncilPermissions.none());
		assertThat(nobody.read()).isFalse();
		assertThat(nobody.sees("housing")).isFalse();
		assertThat(CouncilPermissions.of((Authentication) null)).isEqualTo(CouncilPermissions.none());
	}

	private static Set<String> granted(CouncilPermissions may) {
		Set<String> granted = new TreeSet<>();
		List.of(Map.entry("edit", may.edit()), Map.entry("approve", may.approve()),
				Map.entry("reportProgress", may.reportProgress()), Map.entry("administer", may.administer()),
				Map.entry("partnerOnly", may.partnerOnly()))
			.stream()
			.filter(Map.Entry::getValue)
			.forEach(entry -> granted.add(entry.getKey()));
		return granted;
	}

	private static Authentication authentication(String organisation, String... authorities) {
		Map<String, Object> claims = organisation == null ? Map.of("sub", "someone")
				: Map.of("sub", "someone", CouncilPermissions.ORGANISATION_CLAIM, organisation);
		ClaimAccessor token = () -> claims;
		return new TestingAuthenticationToken(token, null, authorities);
	}

	/** The root object method security evaluates {@code @PreAuthorize} against, as far as these expressions go. */
	record Root(Authentication authentication) {

		public Authentication getAuthentication() {
			return authentication;
		}
	}
}
