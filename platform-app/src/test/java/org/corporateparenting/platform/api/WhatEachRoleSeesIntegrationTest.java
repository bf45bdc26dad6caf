package org.corporateparenting.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;

/**
 * Nothing more than a caller's role needs, role by role: the council read, the partnership comparison and every list
 * of a council (found from the request mappings) name no identity issuer, schema, database server or partnership the
 * council is not in; a council's issuers are shown to its admins alone, who set up its sign-in.
 */
@PlatformTest
class WhatEachRoleSeesIntegrationTest {

	static final String PEER_NETWORK = "/api/partnerships/corporate-parenting-peer-network";

	/** Each role by the demo client that has it. */
	static final Map<String, String> ROLES = Map.of("COUNCIL_ADMIN", "walsall-admin", "OFFICER", "walsall-officer",
			"BOARD_MEMBER", "walsall-board-member", "VIEWER", "walsall-viewer", "PARTNER", "walsall-partner",
			"PARTNERSHIP_ANALYST", "corporate-parenting-peer-network-analyst", "PLATFORM_ADMIN", "platform-admin");

	/** What says where the platform keeps a council, or which partnerships other councils are in. */
	static final List<String> NOBODYS_BUSINESS = List.of("\"schema", "\"shard", "cpp_council_", "cpp_platform",
			"\"north-west\"", "\"london\"");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theCouncilReadShowsItsIssuersToItsAdminsAloneAndNeverWhereItIsKept() {
		PlatformApi api = new PlatformApi(port);
		for (var role : ROLES.entrySet()) {
			var read = api.get("/api/councils/walsall", api.token(role.getValue()));
			switch (role.getKey()) {
				case "PARTNERSHIP_ANALYST", "PLATFORM_ADMIN" -> assertThat(read.status()).as(role.getKey()).isIn(403, 404);
				default -> {
					assertThat(read.status()).as(role.getKey()).isEqualTo(200);
					assertThat(read.json().has("trustedIssuers")).as(role.getKey())
						.isEqualTo("COUNCIL_ADMIN".equals(role.getKey()));
					assertThat(read.body()).as(role.getKey()).doesNotContain(NOBODYS_BUSINESS);
				}
			}
		}
	}

	@Test
	void thePartnershipComparisonNamesItsCouncilsOnlyForEveryRoleThatMayReadIt() {
		PlatformApi api = new PlatformApi(port);
		List<String> readers = new ArrayList<>();
		for (var role : ROLES.entrySet()) {
			var overview = api.get(PEER_NETWORK + "/comparison", api.token(role.getValue()));
			if (overview.status() != 200) {
				assertThat(overview.status()).as(role.getKey()).isIn(403, 404);
				continue;
			}
			readers.add(role.getKey());
			for (JsonNode council : overview.json().get("councils")) {
				assertThat(council.propertyNames()).as(role.getKey()).containsExactlyInAnyOrder("slug", "name", "onsCode");
			}
			assertThat(overview.body()).as(role.getKey()).doesNotContain("trustedIssuers", "\"partnerships\"")
				.doesNotContain(NOBODYS_BUSINESS);
		}
		assertThat(readers).contains("PARTNERSHIP_ANALYST", "OFFICER", "VIEWER");
		assertThat(readers).doesNotContain("PLATFORM_ADMIN");
	}

	@Test
	void noListOfACouncilNamesAnIssuerASchemaAServerOrAnotherPartnershipForAnyRole() {
		PlatformApi api = new PlatformApi(port);
		List<String> lists = mappings.getHandlerMethods()
			.keySet()
			.stream()
			.filter(mapping -> mapping.getMethodsCondition().getMethods().contains(RequestMethod.GET))
			.flatMap(mapping -> mapping.getPatternValues().stream())
			.filter(path -> path.startsWith("/api/councils/{council}/") && !path.matches(".*(\\{(?!council)|\\.\\w+$).*"))
			.map(path -> path.replace("{council}", "walsall"))
			.sorted()
			.toList();
		int read = 0;
		for (var role : ROLES.entrySet()) {
			String token = api.token(role.getValue());
			for (String path : lists) {
				var answer = api.get(path, token);
				if (answer.status() == 200) {
					read++;
					assertThat(answer.body()).as(role.getKey() + " " + path).doesNotContain(NOBODYS_BUSINESS);
					if (!"COUNCIL_ADMIN".equals(role.getKey())) {
						assertThat(answer.body()).as(role.getKey() + " " + path).doesNotContain("trustedIssuers");
					}
				}
			}
		}
		assertThat(lists).contains("/api/councils/walsall/strategies", "/api/councils/walsall/partner-organisations");
		assertThat(read).as("lists read by some role").isGreaterThan(lists.size());
	}

	@Test
	void thePlatformAdminsListsOfCouncilsAndPartnershipsSayNothingOfWhereTheyAreKept() {
		PlatformApi api = new PlatformApi(port);
		String admin = api.token("platform-admin");

		for (String path : List.of("/api/admin/councils?size=100", "/api/admin/partnerships", "/api/admin/councils/walsall")) {
			var answer = api.get(path, admin);
			assertThat(answer.status()).as(path).isEqualTo(200);
			assertThat(answer.body()).as(path).doesNotContain("\"schema", "\"shard", "cpp_council_", "cpp_platform");
		}
	}
}
