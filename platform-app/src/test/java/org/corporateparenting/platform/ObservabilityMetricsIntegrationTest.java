package org.corporateparenting.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corporateparenting.tenancy.CouncilStatus;
import org.corporateparenting.tenancy.Councils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.util.ReflectionTestUtils;

/** What an operator scrapes at /actuator/prometheus: requests per council, with bounded series, and the councils. */
@PlatformTest
class ObservabilityMetricsIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	Councils councils;

	@Autowired
	FilterChainProxy securityFilters;

	PlatformApi api;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
	}

	@Test
	void aCouncilsApiRequestsAreTimedUnderThatCouncilAndTheirUriTemplate() {
		assertThat(api.get("/api/councils/walsall", api.token("walsall-officer")).status()).isEqualTo(200);

		assertThat(requestSeries()).anySatisfy(series -> assertThat(series).contains("council=\"walsall\"",
				"uri=\"/api/councils/{council}\"", "method=\"GET\"", "status=\"200\""));
	}

	@Test
	void eachCouncilsDatabaseTimeIsTimedUnderThatCouncil() {
		assertThat(api.get("/api/councils/walsall/dashboard", api.token("walsall-officer")).status()).isEqualTo(200);

		assertThat(scrape().lines().filter(line -> line.startsWith("cpp_database_connection_held_seconds_count{")))
			.anySatisfy(series -> assertThat(series).contains("council=\"walsall\""))
			.noneSatisfy(series -> assertThat(series).contains("made-up"));
	}

	@Test
	void requestsOutsideAnyCouncilAreTaggedNone() {
		assertThat(api.get("/api/admin/councils", api.token("platform-admin")).status()).isEqualTo(200);

		assertThat(requestSeries()).anySatisfy(
				series -> assertThat(series).contains("council=\"none\"", "uri=\"/api/admin/councils\""));
	}

	@Test
	void aMadeUpCouncilInTheUrlCreatesNoSeriesOfItsOwn() {
		String walsall = api.token("walsall-officer");
		assertThat(api.get("/api/councils/made-up/strategies", walsall).status()).isEqualTo(404);
		assertThat(api.get("/api/councils/made-up", walsall).status()).isEqualTo(404);

		List<String> series = requestSeries();
		assertThat(series).noneSatisfy(line -> assertThat(line).contains("made-up"));
		assertThat(series).anySatisfy(line -> assertThat(line).contains("council=\"none\"", "status=\"404\""));
	}

	@Test
	void springSecurityMakesNoObservationsAndWrapsNoFilterToMakeThem() {
		assertThat(api.get("/api/councils/walsall/dashboard", api.token("walsall-officer")).status()).isEqualTo(200);

		assertThat(ReflectionTestUtils.getField(securityFilters, "filterChainDecorator"))
			.isNotInstanceOf(ObservationFilterChainDecorator.class);
		assertThat(scrape()).doesNotContain("spring_security_");
		assertThat(requestSeries()).anySatisfy(series -> assertThat(series).contains("council=\"walsall\"",
				"uri=\"/api/councils/{council}/dashboard\""));
	}

	@Test
	void requestsAreTimedWhenTheyEndWithNoTimerOfRequestsInProgress() {
		assertThat(api.get("/api/councils/walsall/dashboard", api.token("walsall-officer")).status()).isEqualTo(200);

		assertThat(requestSeries()).anySatisfy(series -> assertThat(series).contains("council=\"walsall\"",
				"uri=\"/api/councils/{council}/dashboard\""));
		assertThat(scrape()).doesNotContain("http_server_requests_active");
	}

	@Test
	void councilsAreCountedByStatus() {
		String metrics = scrape();
		long active = councils.all().stream().filter(council -> council.status() == CouncilStatus.ACTIVE).count();

		assertThat(gauge(metrics, "cpp_councils{status=\"ACTIVE\"}")).isEqualTo(active).isGreaterThanOrEqualTo(3);
		assertThat(gauge(metrics, "cpp_councils{status=\"OFFBOARDED\"}")).isNotNegative();
		assertThat(gauge(metrics, "cpp_migrations_pending")).as("every council migrated at start").isZero();
		assertThat(metrics).contains("hikaricp_connections_max{pool=\"cpp-default\"}");
	}

	private List<String> requestSeries() {
		return scrape().lines().filter(line -> line.startsWith("http_server_requests_seconds_count{")).toList();
	}

	private String scrape() {
		var metrics = api.scrape("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		return metrics.body();
	}

	private static long gauge(String metrics, String series) {
		Matcher value = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
		assertThat(value.find()).as(series + " in the scrape").isTrue();
		return (long) Double.parseDouble(value.group(1));
	}
}
