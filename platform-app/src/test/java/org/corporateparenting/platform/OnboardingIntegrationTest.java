package org.corporateparenting.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.corporateparenting.platform.probe.ProbeListener;
import org.corporateparenting.platform.probe.ProbeWriter;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.IssuerAddresses;
import org.corporateparenting.tenancy.database.DatabaseShards;
import org.corporateparenting.tenancy.migration.CouncilChangelog;
import org.corporateparenting.tenancy.migration.CouncilMigrations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

/** Platform admins onboard, suspend and reactivate councils; migrations reach every council and only once. */
@PlatformTest
class OnboardingIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CouncilMigrations migrations;

	@Autowired
	DatabaseShards shards;

	@Autowired
	ProbeWriter writer;

	PlatformApi api;

	String admin;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
		admin = api.token("platform-admin");
	}

	@Test
	void theDemoCouncilsAreOnboardedFromTheTenantsFolder() {
		var councils = api.get("/api/admin/councils", admin).json().get("content");

		assertThat(councils.findValuesAsString("slug")).contains("southwark", "walsall", "wirral");
		assertThat(councils.findValuesAsString("onsCode")).contains("E09000028", "E08000030", "E08000015");
		var walsall = api.get("/api/admin/councils/walsall", admin).json();
		assertThat(walsall.get("region").asString()).isEqualTo("West Midlands");
		assertThat(walsall.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(walsall.get("partnerships").toString()).contains("corporate-parenting-peer-network", "west-midlands");
	}

	@Test
	void onboardingCreatesAndMigratesASchemaAndGivesTheCouncilDemoClients() {
		var response = api.post("/api/admin/councils", admin, Map.of("slug", "dudley", "name", "Dudley Council",
				"onsCode", "E08000027", "region", "West Midlands", "partnerships", List.of("west-midlands")));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(tableExists("cpp_council_dudley", "event_publication")).isTrue();
		assertThat(jdbc.queryForObject("select changelog_version from cpp_platform.council where slug = 'dudley'",
				String.class)).isEqualTo(migrations.changelog().version());
		// The modules hear of it in the new council's own context and schema, ready to import its starter files.
		assertThat(awaitOnboarded("dudley")).isEqualTo("dudley@cpp_council_dudley");
		var profile = api.get("/api/councils/dudley", api.token("dudley-officer"));
		assertThat(profile.status()).isEqualTo(200);
		assertThat(profile.json().get("partnerships").toString()).contains("west-midlands");
	}

	@Test
	void badOnboardingInputGets400WithEveryFieldErrorAndCreatesNothing() {
		var response = api.post("/api/admin/councils", admin, Map.of("slug", "Not A Slug", "name", "",
				"onsCode", "W06000001", "region", "Narnia", "partnerships", List.of("no-such-partnership"),
				"trustedIssuers",
				List.of("http://login.narnia.example/realms/narnia", "http://127.0.0.1:8180/realms/x")));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.headers().getContentType().toString()).contains("problem+json");
		assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("name", "onsCode",
				"partnerships[0]", "region", "slug", "trustedIssuers[0]");
		// The tests run in the local profile, where a provider on the platform's own machine may use plain http.
		assertThat(response.json().get("errors").findValuesAsString("message")).contains(IssuerAddresses.RULE);
		assertThat(jdbc.queryForObject("select count(*) from cpp_platform.council where name = ''", Long.class))
			.isZero();
		assertThat(schemaExists("cpp_council_not a slug")).isFalse();
	}

	@Test
	void malformedJsonGets400() {
		var response = api.post("/api/admin/councils", admin, "{\"slug\": ");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
	}

	@Test
	void onboardingACouncilThatExistsGets409AndChangesNothing() {
		long before = jdbc.queryForObject("select version from cpp_platform.council where slug = 'walsall'", Long.class);

		var sameSlug = api.post("/api/admin/councils", admin, Map.of("slug", "walsall", "name", "Walsall again",
				"onsCode", "E08000099", "region", "West Midlands"));
		var sameOnsCode = api.post("/api/admin/councils", admin, Map.of("slug", "walsall-two", "name",
				"Walsall again", "onsCode", "E08000030", "region", "West Midlands"));

		assertThat(sameSlug.status()).isEqualTo(409);
		assertThat(sameOnsCode.status()).isEqualTo(409);
		assertThat(sameOnsCode.json().get("detail").asString()).contains("E08000030");
		assertThat(jdbc.queryForObject("select version from cpp_platform.council where slug = 'walsall'", Long.class))
			.isEqualTo(before);
		assertThat(schemaExists("cpp_council_walsall_two")).isFalse();
	}

	@Test
	void aSuspendedCouncilsUsersGet403AndItsDataIsIntactAfterReactivation() {
		CouncilContext.runIn("southwark", () -> writer.write("southwark", "kept through suspension"));
		long notes = jdbc.queryForObject("select count(*) from cpp_council_southwark.probe_note", Long.class);
		String officer = api.token("southwark-officer");

		assertThat(api.post("/api/admin/councils/southwark/suspend", admin, null).status()).isEqualTo(200);
		var refused = api.get("/api/councils/southwark", officer);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("detail").asString()).contains("Southwark Council is suspended");
		assertThat(api.post("/api/admin/councils/southwark/suspend", admin, null).status()).isEqualTo(409);

		assertThat(api.post("/api/admin/councils/southwark/reactivate", admin, null).status()).isEqualTo(200);
		assertThat(api.get("/api/councils/southwark", officer).status()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select count(*) from cpp_council_southwark.probe_note", Long.class))
			.isEqualTo(notes);
	}

	@Test
	void partnershipsAreCreatedAndTheirMembersChanged() {
		var created = api.post("/api/admin/partnerships", admin, Map.of("slug", "test-network", "name",
				"Test Network", "kind", "PEER_NETWORK", "councils", List.of("walsall")));
		assertThat(created.status()).isEqualTo(201);

		var added = api.put("/api/admin/partnerships/test-network/councils/wirral", admin);
		assertThat(added.json().get("councils").toString()).contains("walsall", "wirral");
		var removed = api.delete("/api/admin/partnerships/test-network/councils/walsall", admin);
		assertThat(removed.json().get("councils").toString()).doesNotContain("walsall");
		assertThat(api.put("/api/admin/partnerships/test-network/councils/atlantis", admin).status()).isEqualTo(404);
		assertThat(api.post("/api/admin/partnerships", admin, Map.of("slug", "test-network", "name", "Again",
				"kind", "REGIONAL")).status()).isEqualTo(409);
		assertThat(api.post("/api/admin/partnerships", admin, Map.of("slug", "", "name", "")).json()
			.get("errors")
			.findValuesAsString("field")).containsExactly("kind", "name", "slug");
	}

	@Test
	void aSecondStartRunsNoLiquibaseForUpToDateCouncilsAndANewChangesetReachesEveryCouncil() {
		var secondStart = migrations.migrateOutdated();
		assertThat(secondStart.migrated()).isEmpty();
		assertThat(secondStart.upToDate()).contains("walsall", "wirral", "southwark");

		var next = CouncilChangelog.of("db/test-next/changelog.xml");
		var withNewChangeset = migrations.migrateOutdated(next);
		assertThat(withNewChangeset.migrated()).contains("walsall", "wirral", "southwark");
		for (String council : withNewChangeset.migrated()) {
			assertThat(tableExists("cpp_council_" + council.replace('-', '_'), "probe_next")).as(council).isTrue();
		}
		assertThat(migrations.migrateOutdated(next).migrated()).isEmpty();
		migrations.migrateOutdated();
	}

	@Test
	void theConnectionPoolDoesNotGrowWhenTenMoreCouncilsAreOnboarded() {
		HikariDataSource pool = shards.defaultDataSource();
		int maximum = pool.getMaximumPoolSize();
		long serverConnectionsBefore = serverConnections();

		for (int i = 1; i <= 10; i++) {
			var response = api.post("/api/admin/councils", admin, Map.of("slug", "pool-test-" + i, "name",
					"Pool Test Council " + i, "onsCode", String.format("E060099%02d", i), "region", "South West"));
			assertThat(response.status()).as(response.body()).isEqualTo(201);
		}

		assertThat(shards.names()).containsExactly(DatabaseShards.DEFAULT);
		assertThat(pool.getMaximumPoolSize()).isEqualTo(maximum);
		assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isLessThanOrEqualTo(maximum);
		assertThat(serverConnections() - serverConnectionsBefore).isLessThan(10);
	}

	private String awaitOnboarded(String council) {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
		while (!ProbeListener.ONBOARDED_IN.containsKey(council) && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		return ProbeListener.ONBOARDED_IN.get(council);
	}

	private long serverConnections() {
		return jdbc.queryForObject("select count(*) from information_schema.processlist", Long.class);
	}

	private boolean tableExists(String schema, String table) {
		return jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = ?"
				+ " and table_name = ?", Long.class, schema, table) == 1;
	}

	private boolean schemaExists(String schema) {
		return jdbc.queryForObject("select count(*) from information_schema.schemata where schema_name = ?",
				Long.class, schema) == 1;
	}
}
