package org.corporateparenting.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * What operators, API users and councils' officers rely on without signing in: health probes, metrics, the API
 * description and the schemas of a council's files.
 */
@PlatformTest
class OperationsEndpointsIntegrationTest {

	@LocalServerPort
	int port;

	PlatformApi api;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
	}

	@Test
	void livenessAndReadinessProbesAnswerUp() {
		assertThat(api.get("/actuator/health/liveness", null).json().get("status").asString()).isEqualTo("UP");
		assertThat(api.get("/actuator/health/readiness", null).json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void prometheusMetricsIncludeTheSharedConnectionPoolAndNeedTheScrapeCredential() {
		assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(401);
		assertThat(api.get("/actuator/prometheus", api.token("platform-admin")).status()).isEqualTo(401);

		var metrics = api.scrape("/actuator/prometheus");

		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("hikaricp_connections_max{pool=\"cpp-default\"}");
	}

	@Test
	void theOpenApiDescriptionListsTheAdminAndCouncilEndpoints() {
		var openApi = api.get("/v3/api-docs", null).json();

		assertThat(openApi.get("paths").propertyNames()).contains("/api/admin/councils",
				"/api/admin/councils/{slug}/suspend", "/api/admin/partnerships/{partnership}/councils/{council}",
				"/api/councils/{council}", "/api/councils/{council}/governance-bodies",
				"/api/councils/{council}/allocated-actions/{id}/updates", "/api/councils/{council}/consultations",
				"/api/councils/{council}/consultations/{id}/results", "/api/councils/{council}/findings/{id}/publication",
				"/api/councils/{council}/indicators/{code}/measurements", "/api/councils/{council}/dashboard",
				"/api/councils/{council}/finalised-periods", "/api/councils/{council}/board-packs/{id}/pdf",
				"/api/partnerships/{partnership}/comparison", "/api/admin/indicators/{code}/england-values",
				"/api/councils/{council}/identity-provider", "/api/councils/{council}/identity-provider/token-check");
	}

	@Test
	void theSchemasOfACouncilsFilesAreReadWithoutSigningInAndMayBeKeptForAnHour() {
		for (String file : List.of("council", "pledges", "alliance", "strategy", "consultation", "indicators")) {
			String address = "/schemas/" + file + ".schema.json";

			var schema = api.get(address, null);

			assertThat(schema.status()).as(address).isEqualTo(200);
			assertThat(schema.headers().getContentType()).isEqualTo(MediaType.parseMediaType("application/schema+json"));
			assertThat(schema.headers().getCacheControl()).contains("max-age=3600", "public");
			assertThat(schema.json().get("$id").asString()).isEqualTo(address);
			assertThat(schema.json().get("title").asString()).isEqualTo(file + ".yaml");
			assertThat(api.withHeader("If-None-Match", schema.headers().getETag()).get(address, null).status())
				.isEqualTo(304);
		}
		assertThat(api.get("/schemas/notes.schema.json", null).status()).isEqualTo(404);
	}

	@Test
	void pagesNeedSigningInButTheHomePageDoesNot() {
		assertThat(api.get("/", null).status()).isEqualTo(200);
		assertThat(api.get("/partnerships/corporate-parenting-peer-network", null).status()).isEqualTo(302);
		var council = api.get("/councils/walsall", null);
		assertThat(council.status()).isEqualTo(302);
		assertThat(council.headers().getLocation().getPath()).isEqualTo("/oauth2/authorization/cpp");
	}
}
