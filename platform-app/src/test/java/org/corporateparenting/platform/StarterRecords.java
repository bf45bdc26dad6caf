package org.corporateparenting.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The demo councils' records from their starter files, as API tests find and build on them: the alliance's bodies
 * and partner organisations, imported just after the platform starts.
 */
public final class StarterRecords {

	private StarterRecords() {
	}

	/** Waits up to 30 s for the council's governance bodies (and with them its partner organisations). */
	public static void awaitGovernance(PlatformApi api, String council, String token) throws InterruptedException {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
		while (api.get("/api/councils/" + council + "/governance-bodies", token).json().isEmpty()
				&& Instant.now().isBefore(giveUp)) {
			Thread.sleep(200);
		}
	}

	/** An action allocated to the partner organisation with this key, at the first meeting of the first body. */
	public static long allocatedAction(PlatformApi api, String council, String officer, String organisationKey,
			String title) {
		String base = "/api/councils/" + council;
		long organisation = -1;
		for (JsonNode found : api.get(base + "/partner-organisations?size=100", officer).json().get("content")) {
			if (found.get("key").asString().equals(organisationKey)) {
				organisation = found.get("id").asLong();
			}
		}
		long body = api.get(base + "/governance-bodies", officer).json().get(0).get("body").get("id").asLong();
		JsonNode meetings = api.get(base + "/governance-bodies/" + body + "/meetings", officer).json().get("content");
		var allocated = api.post(base + "/meetings/" + meetings.get(0).get("id").asLong() + "/actions", officer,
				Map.of("title", title, "organisationId", organisation));
		assertThat(allocated.status()).as(allocated.body()).isEqualTo(201);
		return allocated.json().get("id").asLong();
	}
}
