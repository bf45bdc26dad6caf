package org.corporateparenting.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.corporateparenting.CorporateParentingPlatform;
import org.corporateparenting.tenancy.testing.TestDatabaseServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Database servers going down and coming back while the platform runs, on servers of this test's own (so no other
 * test's platform loses its database): a request that needs a server that is down is answered 503 with
 * {@code Retry-After} within three seconds, councils on a server that is up carry on, readiness follows the
 * platform's own server down and up again without a restart, and a write acknowledged before an outage is there
 * after it.
 */
@SpringBootTest(classes = CorporateParentingPlatform.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cpp.tenants.onboard-at-start=false", "cpp.database.username=root", "cpp.database.password=" })
@ActiveProfiles({ "local", "test" })
class DatabaseOutageIntegrationTest {

	static final TestDatabaseServer PLATFORM = TestDatabaseServer.named("outage-platform");

	static final TestDatabaseServer SECOND = TestDatabaseServer.named("outage-second");

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry properties) {
		properties.add("cpp.database.url", PLATFORM::url);
		properties.add("cpp.database.shards.second.url", SECOND::url);
	}

	@Test
	void outagesFailFastWithRetryAfterAndEveryCouncilOnAServerThatIsUpCarriesOn() {
		PlatformApi api = new PlatformApi(port);
		String admin = api.token("platform-admin");
		for (String[] council : new String[][] { { "steady", "E09009201", "default" },
				{ "shaky", "E09009202", "second" } }) {
			var onboarded = api.post("/api/admin/councils", admin, Map.of("slug", council[0], "name",
					council[0] + " Council", "onsCode", council[1], "region", "London", "shard", council[2]));
			assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(201);
		}
		String steady = api.token("steady-officer");
		String shaky = api.token("shaky-officer");
		var figure = api.post("/api/councils/steady/indicators/CLA-RATE/measurements", steady,
				Map.of("period", "2025-26", "value", 71));
		assertThat(figure.status()).as(figure.body()).isEqualTo(200);

		SECOND.stop();
		try {
			long started = System.nanoTime();
			var down = api.get("/api/councils/shaky/dashboard", shaky);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
			assertThat(down.status()).isEqualTo(503);
			assertThat(down.headers().getFirst("Retry-After")).isEqualTo("5");
			assertThat(down.headers().getContentType()).hasToString("application/problem+json");
			assertThat(down.headers().getFirst("Content-Security-Policy")).contains("default-src 'self'");
			assertThat(down.json().get("detail").asString()).contains("Try again");
			assertThat(api.get("/api/councils/steady/dashboard", steady).status()).isEqualTo(200);
			assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
		}
		finally {
			SECOND.start();
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> api.get("/api/councils/shaky/dashboard", shaky).status() == 200);

		PLATFORM.stop();
		try {
			long started = System.nanoTime();
			var down = api.get("/api/councils/steady/indicators/CLA-RATE/measurements", steady);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
			assertThat(down.status()).isEqualTo(503);
			assertThat(down.headers().getFirst("Retry-After")).isEqualTo("5");
			await().atMost(Duration.ofSeconds(5))
				.until(() -> api.get("/actuator/health/readiness", null).status() == 503);
		}
		finally {
			PLATFORM.start();
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> api.get("/actuator/health/readiness", null).status() == 200);
		var after = api.get("/api/councils/steady/indicators/CLA-RATE/measurements", steady);
		assertThat(after.status()).isEqualTo(200);
		assertThat(after.json().findValuesAsString("period")).contains("2025-26");
	}
}
