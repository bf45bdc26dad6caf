package org.corporateparenting.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.corporateparenting.platform.probe.ProbeListener;
import org.corporateparenting.platform.probe.ProbeNote;
import org.corporateparenting.platform.probe.ProbeWriter;
import org.corporateparenting.tenancy.CouncilContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** No council sees another council's records, whether by token, by schema or by event. */
@PlatformTest
class CouncilIsolationIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProbeWriter writer;

	PlatformApi api;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
	}

	@Test
	void aCouncilsOwnTokenReadsItsCouncil() {
		var response = api.get("/api/councils/walsall", api.token("walsall-officer"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("name").asString()).isEqualTo("Walsall Council");
		assertThat(response.json().get("onsCode").asString()).isEqualTo("E08000030");
	}

	@Test
	void aWalsallTokenReadingAWirralResourceGets404() {
		var response = api.get("/api/councils/wirral", api.token("walsall-officer"));

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.headers().getContentType().toString()).contains("problem+json");
		assertThat(response.json().get("status").asInt()).isEqualTo(404);
		assertThat(response.json().get("title").asString()).isEqualTo("Not Found");
		assertThat(response.json().get("detail").asString())
			.isEqualTo("No council wirral is open to this sign-in: its token is for the council walsall");
		assertThat(response.body()).doesNotContain("Wirral Council");
	}

	@Test
	void aPlatformAdminTokenIsRefusedOnCouncilResources() {
		var response = api.get("/api/councils/walsall", api.token("platform-admin"));

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("Walsall Council");
	}

	@Test
	void aCouncilTokenCannotReachTheAdminApi() {
		assertThat(api.get("/api/admin/councils", api.token("walsall-admin")).status()).isEqualTo(403);
	}

	@Test
	void anUnauthenticatedCallGets401() {
		assertThat(api.get("/api/councils/walsall", null).status()).isEqualTo(401);
		assertThat(api.get("/api/admin/councils", null).status()).isEqualTo(401);
	}

	@Test
	void aForgedTokenGets401() {
		String token = api.token("walsall-officer");
		String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

		assertThat(api.get("/api/councils/walsall", forged).status()).isEqualTo(401);
	}

	@Test
	void anUnknownCouncilGets404() {
		assertThat(api.get("/api/councils/atlantis", api.token("walsall-officer")).status()).isEqualTo(404);
	}

	@Test
	void rowsWrittenInWalsallAreAbsentFromWirralsSchema() {
		ProbeNote note = CouncilContext.callIn("walsall", () -> writer.write("walsall", "Walsall's own record"));

		assertThat(count("cpp_council_walsall", note)).isEqualTo(1);
		assertThat(count("cpp_council_wirral", note)).isZero();
		assertThat(count("cpp_council_southwark", note)).isZero();
	}

	@Test
	void anEventPublishedInWirralIsHandledAsynchronouslyInWirralsSchema() throws Exception {
		ProbeListener.HANDLED.clear();

		ProbeNote note = CouncilContext.callIn("wirral", () -> writer.write("wirral", "Wirral's record"));

		ProbeListener.Handled handled = ProbeListener.HANDLED.poll(10, TimeUnit.SECONDS);
		assertThat(handled).isNotNull();
		assertThat(handled.event().note()).isEqualTo(note.getId());
		assertThat(handled.context()).isEqualTo("wirral");
		assertThat(handled.schema()).isEqualTo("cpp_council_wirral");
		assertThat(handled.noteVisible()).isTrue();
		assertThat(handled.virtualThread()).isTrue();
		// The publication was recorded, and completed, in Wirral's own event publication table.
		awaitCompleted("cpp_council_wirral", Duration.ofSeconds(10));
		assertThat(jdbc.queryForObject("select count(*) from cpp_council_wirral.event_publication"
				+ " where serialized_event like ?", Long.class, "%" + note.getId() + "%")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from cpp_council_walsall.event_publication"
				+ " where serialized_event like ?", Long.class, "%" + note.getId() + "%")).isZero();
	}

	private long count(String schema, ProbeNote note) {
		return jdbc.queryForObject("select count(*) from " + schema + ".probe_note where id = unhex(replace(?, '-', ''))",
				Long.class, note.getId().toString());
	}

	private void awaitCompleted(String schema, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Long incomplete = jdbc.queryForObject("select count(*) from " + schema
					+ ".event_publication where event_type like '%ProbeNoteWritten' and completion_date is null",
					Long.class);
			Long all = jdbc.queryForObject("select count(*) from " + schema
					+ ".event_publication where event_type like '%ProbeNoteWritten'", Long.class);
			if (all > 0 && incomplete == 0) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("The publication in " + schema + " was not completed within " + timeout);
	}
}
