package org.corporateparenting.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.corporateparenting.tenancy.database.DatabaseShards;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.onboarding.OnboardingRequest;
import org.corporateparenting.tenancy.registry.CouncilRecord;
import org.corporateparenting.tenancy.registry.CouncilRegistry;
import org.corporateparenting.tenancy.testing.FreshCouncils;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Councils on two database servers: onboarding places each on the server it is told, or the one with the fewest
 * councils, and everything written in a council's context (its migrations, event publications, history rows and
 * plain SQL alike) lands on that council's server only, while the registry stays on the default server.
 */
class CouncilShardsIntegrationTest extends TwoServerIntegrationTest {

	@Autowired
	CouncilOnboarding onboarding;

	@Autowired
	CouncilRegistry registry;

	@Autowired
	OnboardedCouncilsListener listener;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void putsEachCouncilsRowsOnItsOwnServerOnly() throws Exception {
		CouncilRecord told = record(onboarding.onboard(FreshCouncils.request("farshire", SECOND), "test"));
		String fewest = shardWithFewestCouncils();
		CouncilRecord placed = record(onboarding.onboard(FreshCouncils.request("nearshire", null), "test"));

		assertThat(told.shard()).isEqualTo(SECOND);
		assertThat(placed.shard()).isEqualTo(fewest);
		for (CouncilRecord council : new CouncilRecord[] { told, placed }) {
			CouncilContext.runIn(council.slug(), () -> transactions.executeWithoutResult(tx -> jdbc
				.sql("insert into revinfo (revision_at, author) values (current_timestamp(6), 'shard test')")
				.update()));
			await().atMost(Duration.ofSeconds(10)).until(() -> listener.seen(council.slug()).isPresent());
			String other = council.shard().equals(SECOND) ? DatabaseShards.DEFAULT : SECOND;
			String schema = council.schemaName();

			assertThat(schemaExists(council.shard(), schema)).isTrue();
			assertThat(schemaExists(other, schema)).isFalse();
			assertThat(count(council.shard(), "select count(*) from " + schema + ".DATABASECHANGELOG")).isPositive();
			assertThat(count(council.shard(), "select count(*) from " + schema + ".revinfo where author = ?",
					"shard test")).isEqualTo(1);
			// The publication is marked complete after the listener returns, so it may lag what the listener saw.
			await().atMost(Duration.ofSeconds(10))
				.until(() -> count(council.shard(), "select count(*) from " + schema + ".event_publication"
						+ " where event_type = ? and completion_date is not null", CouncilOnboarded.class.getName()),
						completed -> completed == 1);
			assertThat(listener.seen(council.slug()).orElseThrow().status()).isEqualTo(CouncilStatus.ACTIVE);
		}
		assertThat(count(DatabaseShards.DEFAULT, "select count(*) from " + schemaNames.platform()
				+ ".council where slug in (?, ?)", told.slug(), placed.slug())).isEqualTo(2);
		assertThat(count(SECOND, "select count(*) from information_schema.tables where table_schema = ?"
				+ " and table_name = 'council'", schemaNames.platform())).isZero();
	}

	@Test
	void placesACouncilOnTheDefaultServerWhenTheServersHoldAsManyCouncils() {
		Map<String, Long> before = registry.councilsPerShard();
		long difference = before.getOrDefault(DatabaseShards.DEFAULT, 0L) - before.getOrDefault(SECOND, 0L);
		for (long i = 0; i < difference; i++) {
			onboarding.onboard(FreshCouncils.request("evenshire", SECOND), "test");
		}
		for (long i = 0; i < -difference; i++) {
			onboarding.onboard(FreshCouncils.request("evenshire", DatabaseShards.DEFAULT), "test");
		}

		CouncilRecord placed = record(onboarding.onboard(FreshCouncils.request("tieshire", null), "test"));

		assertThat(placed.shard()).isEqualTo(DatabaseShards.DEFAULT);
	}

	@Test
	void refusesAnUnknownServerAsAFieldProblem() {
		OnboardingRequest request = FreshCouncils.request("lostshire", "nowhere");

		assertThatThrownBy(() -> onboarding.onboard(request, "test")).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
					.containsExactly("shard"));
		assertThat(registry.findRecord(request.slug())).isEmpty();
	}

	private CouncilRecord record(Council council) {
		return registry.findRecord(council.slug()).orElseThrow();
	}

	private String shardWithFewestCouncils() {
		Map<String, Long> councils = registry.councilsPerShard();
		return councils.getOrDefault(SECOND, 0L) < councils.getOrDefault(DatabaseShards.DEFAULT, 0L) ? SECOND
				: DatabaseShards.DEFAULT;
	}
}
