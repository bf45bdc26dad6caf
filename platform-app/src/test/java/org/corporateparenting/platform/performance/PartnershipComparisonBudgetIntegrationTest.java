package org.corporateparenting.platform.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.corporateparenting.CorporateParentingPlatform;
import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.tenancy.registry.CouncilRegistry;
import org.corporateparenting.tenancy.testing.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * A partnership of all 153 councils compared side by side: the statements it costs do not grow with the councils.
 * A platform of its own (its own schemas, no demo councils), whose registry holds 153 councils and whose published
 * values hold every council's figures for a year, as finalised periods put them there; the councils' own schemas
 * play no part, since a comparison reads only what was published.
 */
@SpringBootTest(classes = CorporateParentingPlatform.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cpp.database.schema-prefix=cppbig_", "cpp.tenants.onboard-at-start=false" })
@ActiveProfiles({ "local", "test" })
class PartnershipComparisonBudgetIntegrationTest {

	static final int COUNCILS = 153;

	static final List<String> INDICATORS = List.of("PLACEMENT-STABILITY", "HEALTH-ASSESSMENT", "PEP-TIMESCALE",
			"CL-EET-19-21", "CL-ACCOM-19-21", "STAYING-PUT");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CouncilRegistry registry;

	@BeforeEach
	void aPartnershipOfEveryCouncil() {
		if (registry.findPartnership("every-council").isPresent()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			jdbc.update("insert into cppbig_platform.partnership (slug, name, kind, created_at, updated_at, version)"
					+ " values ('every-council', 'Every council', 'PEER_NETWORK', now(6), now(6), 0)");
			for (int i = 0; i < COUNCILS; i++) {
				String slug = "council-%03d".formatted(i);
				jdbc.update("insert into cppbig_platform.council (slug, name, ons_code, region, status, schema_name, shard,"
						+ " created_at, updated_at, version) values (?, ?, ?, 'London', 'ACTIVE', ?, 'default', now(6),"
						+ " now(6), 0)", slug, "Council " + i, "E10%06d".formatted(900000 + i), "cppbig_council_" + i);
				jdbc.update("insert into cppbig_platform.partnership_member (partnership_id, council_id) select p.id, c.id"
						+ " from cppbig_platform.partnership p, cppbig_platform.council c where p.slug = 'every-council'"
						+ " and c.slug = ?", slug);
				for (String code : INDICATORS) {
					// Every fifth council's figure was a small number, published suppressed.
					boolean small = i % 5 == 0;
					jdbc.update("insert into cppbig_platform.published_value (partnership_slug, council_slug,"
							+ " indicator_code, period, period_start, value, suppressed, published_at) values"
							+ " ('every-council', ?, ?, '2025-26', '2025-04-01', ?, ?, now(6))", slug, code,
							small ? null : 40 + i % 50, small);
				}
			}
			jdbc.update("update cppbig_platform.registry_change set version = version + 1 where id = 1");
		});
		registry.reload();
	}

	@Test
	void comparingAPartnershipOf153CouncilsCostsAFewStatements() {
		PlatformApi api = new PlatformApi(port);
		String analyst = api.token("every-council-analyst");
		api.get("/api/partnerships/every-council/comparison", analyst);
		String id = "budget-" + UUID.randomUUID();
		StatementCounter.watch(id);

		var comparison = api.withHeader("X-Request-Id", id).get("/api/partnerships/every-council/comparison", analyst);

		List<String> sent = StatementCounter.stop(id);
		StatementBudgetsIntegrationTest.report("partnership comparison of " + COUNCILS + " councils", sent);
		assertThat(comparison.status()).as(comparison.body()).isEqualTo(200);
		JsonNode body = comparison.json();
		assertThat(body.get("councils")).hasSize(COUNCILS);
		assertThat(body.get("comparisons")).hasSize(INDICATORS.size());
		assertThat(sent).as("statements for the comparison").hasSizeLessThanOrEqualTo(16);
	}
}
