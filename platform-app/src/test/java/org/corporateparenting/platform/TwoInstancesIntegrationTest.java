package org.corporateparenting.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.corporateparenting.CorporateParentingPlatform;
import org.corporateparenting.tenancy.testing.TestDatabaseServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Two instances of the platform on one database, with a second database server holding some councils, as replicas
 * run behind a load balancer: a token taken from one instance and a page session signed in on one are honoured by the
 * other, for a council on the platform's server and for one on the other server (sessions and signing keys live on
 * the platform's server, whatever council a request is for).
 */
@SpringBootTest(classes = CorporateParentingPlatform.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cpp.database.schema-prefix=cpptwin_", "cpp.tenants.onboard-at-start=false" })
@ActiveProfiles({ "local", "test" })
class TwoInstancesIntegrationTest {

	static ConfigurableApplicationContext other;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void secondServer(DynamicPropertyRegistry properties) {
		properties.add("cpp.database.shards.second.url", () -> TestDatabaseServer.named("second").url());
	}

	@BeforeAll
	static void startTheOtherInstance() {
		// As arguments, which win over the test profile's settings (properties given to the builder would not).
		other = new SpringApplicationBuilder(CorporateParentingPlatform.class).profiles("local", "test")
			.run("--server.port=0", "--cpp.database.schema-prefix=cpptwin_", "--cpp.tenants.onboard-at-start=false",
					"--cpp.database.shards.second.url=" + TestDatabaseServer.named("second").url());
	}

	@AfterAll
	static void stopIt() {
		if (other != null) {
			other.close();
		}
	}

	@Test
	void aTokenAndAPageSessionFromOneInstanceWorkOnTheOtherForCouncilsOnEitherServer() {
		PlatformApi first = new PlatformApi(port);
		int otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
		PlatformApi second = new PlatformApi(otherPort);
		String admin = first.token("platform-admin");
		for (String[] council : new String[][] { { "twin-near", "E09009101", "default" },
				{ "twin-far", "E09009102", "second" } }) {
			if (first.get("/api/admin/councils/" + council[0], admin).status() == 404) {
				var onboarded = first.post("/api/admin/councils", admin, Map.of("slug", council[0], "name",
						council[0] + " Council", "onsCode", council[1], "region", "London", "shard", council[2]));
				assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(201);
			}
		}

		for (String council : new String[] { "twin-near", "twin-far" }) {
			String token = first.token(council + "-officer");
			await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
				var there = second.get("/api/councils/" + council + "/dashboard", token);
				assertThat(there.status()).as(there.headers().getFirst("WWW-Authenticate") + " " + there.body())
					.isEqualTo(200);
			});

			SignedInPages pages = SignedInPages.signIn(port, council + "-officer");
			assertThat(pages.get("/councils/" + council, null).statusCode()).isEqualTo(200);
			var there = pages.at(otherPort).get("/councils/" + council, null);
			assertThat(there.statusCode()).isEqualTo(200);
			assertThat(there.uri().getPath()).as("signed in there too, not sent to sign in").isEqualTo("/councils/" + council);
		}
	}

	/**
	 * Each instance keeps the plan's action list it last built; a change made through the other instance is in the
	 * next list either gives, at once: the list is given again only while the plan's actions are as they were.
	 */
	@Test
	void aChangeMadeOnOneInstanceIsInTheOtherInstancesListOfThePlansActionsAtOnce() {
		PlatformApi first = new PlatformApi(port);
		PlatformApi second = otherInstance();
		String officer = officerOfANewCouncil(first, "twin-lists", "Twin Lists Council", "E09009103", "London");
		String base = "/api/councils/twin-lists";
		long strategy = first.post(base + "/strategies", officer, Map.of("title", "Our promise to you", "periodStart",
				"2025-04-01", "periodEnd", "2028-03-31")).json().get("id").asLong();
		long priority = first.post(base + "/strategies/" + strategy + "/priorities", officer, Map.of("title",
				"Education and Employment", "principles", java.util.List.of(5), "theme", "EDUCATION_EMPLOYMENT_TRAINING"))
			.json().get("id").asLong();
		long plan = first.post(base + "/strategies/" + strategy + "/action-plans", officer, Map.of("year", "2025/26"))
			.json().get("id").asLong();
		String list = base + "/action-plans/" + plan + "/actions";
		long action = first.post(list, officer, Map.of("priorityId", priority, "title",
				"Every child in care has an up-to-date Personal Education Plan", "owner", "Virtual School Head",
				"startDate", "2025-04-01", "dueDate", "2026-03-31")).json().get("id").asLong();
		assertThat(first.get(list, officer).json().get("content")).hasSize(1);
		// The other instance learns of a council onboarded here within 5 s (its registry cache).
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(second.get(list, officer).status()).isEqualTo(200));
		assertThat(second.get(list, officer).json().get("content")).hasSize(1);

		// Changed through the second: the first's next list shows it, and the second's.
		var read = second.get(base + "/actions/" + action, officer).json();
		((tools.jackson.databind.node.ObjectNode) read).put("title", "Every child in care has a Personal Education Plan");
		assertThat(second.put(base + "/actions/" + action, officer, read.toString()).status()).isEqualTo(200);
		assertThat(first.get(list, officer).json().get("content").get(0).get("title").asString())
			.isEqualTo("Every child in care has a Personal Education Plan");

		// Progress recorded through the first, an action added through the second.
		assertThat(first.post(base + "/actions/" + action + "/progress", officer, Map.of("narrative",
				"Termly PEP reviews held", "status", "ON_TRACK", "percentComplete", 40)).status()).isEqualTo(201);
		assertThat(second.get(list, officer).json().get("content").get(0).get("percentComplete").asInt()).isEqualTo(40);
		assertThat(second.post(list, officer, Map.of("priorityId", priority, "title", "Care leavers offered an"
				+ " apprenticeship", "owner", "Head of Leaving Care", "startDate", "2025-04-01", "dueDate", "2026-03-31"))
			.status()).isEqualTo(201);
		assertThat(first.get(list, officer).json().get("content")).hasSize(2);
		assertThat(first.get(base + "/action-plans/999999/actions", officer).status()).isEqualTo(404);
	}

	/**
	 * Each instance gives again the dashboard and list of indicators it last made for a council, asking the database
	 * whether they changed at most once a second: a change made through one instance shows on that instance at once,
	 * and on the other within the second (allowed three here, for a slow machine).
	 */
	@Test
	void aChangeMadeOnOneInstanceIsOnTheOtherInstancesDashboardWithinASecondAndOnItsOwnAtOnce() {
		PlatformApi first = new PlatformApi(port);
		PlatformApi second = otherInstance();
		String officer = officerOfANewCouncil(first, "twin-dash", "Twin Dash Council", "E08009978", "West Midlands");
		String base = "/api/councils/twin-dash";
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(second.get(base + "/dashboard", officer).status()).isEqualTo(200));
		String code = null;
		for (JsonNode entry : first.get(base + "/indicators", officer).json()) {
			if (!entry.get("tracked").asBoolean()) {
				code = entry.get("indicator").get("code").asString();
				break;
			}
		}
		assertThat(code).as("an indicator the new council does not follow").isNotNull();
		String followed = code;
		// Both instances have made the dashboard and the list as they are now.
		for (PlatformApi instance : new PlatformApi[] { first, second }) {
			assertThat(tiles(instance, base, officer)).doesNotContain(followed);
			assertThat(trackedCodes(instance, base, officer)).doesNotContain(followed);
		}

		assertThat(first.put(base + "/indicators/" + followed + "/tracking", officer, Map.of()).status()).isEqualTo(200);
		assertThat(tiles(first, base, officer)).contains(followed);
		assertThat(trackedCodes(first, base, officer)).contains(followed);
		await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
			assertThat(tiles(second, base, officer)).contains(followed);
			assertThat(trackedCodes(second, base, officer)).contains(followed);
		});

		assertThat(second.delete(base + "/indicators/" + followed + "/tracking", officer).status()).isEqualTo(204);
		assertThat(tiles(second, base, officer)).doesNotContain(followed);
		assertThat(trackedCodes(second, base, officer)).doesNotContain(followed);
		await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
			assertThat(tiles(first, base, officer)).doesNotContain(followed);
			assertThat(trackedCodes(first, base, officer)).doesNotContain(followed);
		});
	}

	private static PlatformApi otherInstance() {
		return new PlatformApi(((WebServerApplicationContext) other).getWebServer().getPort());
	}

	/** Onboards the council through this instance unless an earlier test did, and gives its officer's token. */
	private static String officerOfANewCouncil(PlatformApi instance, String slug, String name, String onsCode,
			String region) {
		String admin = instance.token("platform-admin");
		if (instance.get("/api/admin/councils/" + slug, admin).status() == 404) {
			assertThat(instance.post("/api/admin/councils", admin,
					Map.of("slug", slug, "name", name, "onsCode", onsCode, "region", region)).status()).isEqualTo(201);
		}
		return instance.token(slug + "-officer");
	}

	private static java.util.List<String> tiles(PlatformApi instance, String base, String token) {
		var dashboard = instance.get(base + "/dashboard", token);
		assertThat(dashboard.status()).as(dashboard.body()).isEqualTo(200);
		return dashboard.json().get("tiles").findValuesAsString("code");
	}

	private static java.util.List<String> trackedCodes(PlatformApi instance, String base, String token) {
		java.util.List<String> codes = new java.util.ArrayList<>();
		for (JsonNode entry : instance.get(base + "/indicators", token).json()) {
			if (entry.get("tracked").asBoolean()) {
				codes.add(entry.get("indicator").get("code").asString());
			}
		}
		return codes;
	}
}
