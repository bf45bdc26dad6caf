package org.corporateparenting.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Log lines as production writes them (JSON, Elastic Common Schema): every line of a council's request names the
 * council, the user and the request id, and so do the lines of the async listeners the request sets off. Spring
 * Modulith's debug lines stand in for any module's: one on the request's thread as the event is published, one on
 * the listener's thread once it has run.
 */
@PlatformTest
class ObservabilityLogsIntegrationTest {

	static final String COUNCIL = "testshire";

	static final String REQUEST_ID = "abc-123";

	static final String EVENTS_LOGGER = "org.springframework.modulith.events.core";

	@LocalServerPort
	int port;

	@Autowired
	LoggingSystem logging;

	@Test
	void aRequestsLinesAndItsAsyncListenersLinesCarryCouncilUserAndRequestId() throws InterruptedException {
		PlatformApi api = new PlatformApi(port);
		onboardTestshire(api);
		String officer = api.token(COUNCIL + "-officer");

		List<JsonNode> lines;
		logging.setLogLevel(EVENTS_LOGGER, LogLevel.DEBUG);
		try (var log = new StructuredLogCapture("ecs")) {
			// Finalising a period sends its shared figures to the platform schema, by a listener on another thread.
			var changed = api.withHeader("X-Request-Id", REQUEST_ID)
				.post("/api/councils/" + COUNCIL + "/finalised-periods", officer, Map.of("period", "2024-25"));

			assertThat(changed.status()).as(changed.body()).isEqualTo(202);
			assertThat(changed.headers().getFirst("X-Request-Id")).isEqualTo(REQUEST_ID);
			lines = awaitLines(log, "Marking publication of event");
		}
		finally {
			logging.setLogLevel(EVENTS_LOGGER, null);
		}

		assertThat(lines).allSatisfy(line -> {
			assertThat(line.path("council").asString()).isEqualTo(COUNCIL);
			assertThat(line.path("user").asString()).isEqualTo(COUNCIL + "-officer");
			// A client's token has no display name: it is named by its subject, which every line keeps as well.
			assertThat(line.path("subject").asString()).isEqualTo(COUNCIL + "-officer");
		});
		JsonNode published = find(lines, "Registering publication of");
		JsonNode completed = find(lines, "Marking publication of event");
		assertThat(completed.at("/process/thread/name").asString())
			.isNotEqualTo(published.at("/process/thread/name").asString());
	}

	@Test
	void aMalformedRequestIdIsReplacedByOneOfThePlatformsOwn() {
		PlatformApi api = new PlatformApi(port);
		String forged = "abc-123\" council=\"wirral";

		var answered = api.withHeader("X-Request-Id", forged).get("/api/councils/walsall", api.token("walsall-viewer"));

		assertThat(answered.headers().getFirst("X-Request-Id")).matches("[0-9a-f-]{36}");
	}

	/** The lines with the request id, once the listener's has come (or ten seconds have passed). */
	private static List<JsonNode> awaitLines(StructuredLogCapture log, String expected) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (true) {
			List<JsonNode> lines = log.lines()
				.stream()
				.filter(line -> REQUEST_ID.equals(line.path("requestId").asString()))
				.toList();
			if (lines.stream().anyMatch(line -> line.path("message").asString().startsWith(expected))
					|| System.nanoTime() > deadline) {
				return lines;
			}
			Thread.sleep(50);
		}
	}

	private static JsonNode find(List<JsonNode> lines, String message) {
		return lines.stream()
			.filter(line -> line.path("message").asString().startsWith(message))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No line \"" + message + "...\" with the request id in " + lines));
	}

	private static void onboardTestshire(PlatformApi api) {
		String admin = api.token("platform-admin");
		if (api.get("/api/admin/councils/" + COUNCIL, admin).status() == 404) {
			api.post("/api/admin/councils", admin, Map.of("slug", COUNCIL, "name", "Testshire County Council",
					"onsCode", "E10000099", "region", "East of England"));
		}
	}
}
