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
}
