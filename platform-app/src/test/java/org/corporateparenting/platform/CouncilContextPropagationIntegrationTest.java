package org.corporateparenting.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.corporateparenting.platform.probe.FlakyProbeEvent;
import org.corporateparenting.platform.probe.FlakyProbeListener;
import org.corporateparenting.platform.probe.ProbeAsync;
import org.corporateparenting.platform.probe.ProbeNotes;
import org.corporateparenting.platform.probe.ProbeWriter;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.events.IncompletePublications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.support.TransactionTemplate;

/** The council context follows work onto other threads, and survives a restart with the event that carries it. */
@PlatformTest
class CouncilContextPropagationIntegrationTest {

	@Autowired
	ProbeAsync async;

	@Autowired
	TaskScheduler scheduler;

	@Autowired
	ProbeWriter writer;

	@Autowired
	IncompletePublications incompletePublications;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Autowired
	Councils councils;

	@Autowired
	ProbeNotes notes;

	/** The flaky listener fails once, as most tests here expect, whatever a test set it to. */
	@AfterEach
	void restoreTheFlakyListener() {
		FlakyProbeListener.failTimes = 1;
	}

	@Test
	void anAsyncMethodRunsInTheCouncilThatCalledIt() throws Exception {
		CompletableFuture<String> council = CouncilContext.callIn("wirral", () -> async.currentCouncil());

		assertThat(council.get(5, TimeUnit.SECONDS)).isEqualTo("wirral");
		assertThat(CouncilContext.current()).isEmpty();
	}

	@Test
	void workScheduledFromACouncilRunsInThatCouncil() throws Exception {
		CompletableFuture<String> council = new CompletableFuture<>();

		CouncilContext.runIn("southwark", () -> scheduler.schedule(CouncilContext
			.wrap((Runnable) () -> council.complete(CouncilContext.current().orElse("none"))),
				Instant.now().plusMillis(20)));

		assertThat(council.get(5, TimeUnit.SECONDS)).isEqualTo("southwark");
	}

	@Test
	void aScheduledJobVisitsEachActiveCouncilInItsOwnContextAndSchema() throws Exception {
		CompletableFuture<List<String>> visits = new CompletableFuture<>();
		// Different numbers of notes in each council, so a visit counting the wrong schema would show.
		CouncilContext.runIn("wirral", () -> writer.write("wirral", "one more in Wirral"));
		for (int i = 0; i < 2; i++) {
			CouncilContext.runIn("southwark", () -> writer.write("southwark", "more in Southwark"));
		}

		scheduler.schedule(() -> {
			List<String> seen = new CopyOnWriteArrayList<>();
			councils.forEachActive(() -> seen.add(CouncilContext.require() + "@" + notes.count()));
			visits.complete(seen);
		}, Instant.now().plusMillis(20));

		// Each visit counted the notes in its own council's schema, through the routed repository.
		List<String> expected = List.of("walsall", "wirral", "southwark")
			.stream()
			.map(council -> council + "@" + jdbc.queryForObject(
					"select count(*) from cpp_council_" + council + ".probe_note", Long.class))
			.toList();
		assertThat(visits.get(10, TimeUnit.SECONDS)).containsAll(expected);
	}

	@Test
	void oneCouncilsFailureDoesNotCostTheOthersTheirTurn() {
		List<String> seen = new CopyOnWriteArrayList<>();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> councils.forEachActive(() -> {
			if (CouncilContext.require().equals("walsall")) {
				throw new IllegalStateException("Walsall's work failed");
			}
			seen.add(CouncilContext.require());
		})).hasMessage("Walsall's work failed");
		assertThat(seen).contains("wirral", "southwark");
	}

	@Test
	void aVirtualThreadStartedWithWrapRunsInTheCouncil() throws Exception {
		CompletableFuture<String> council = new CompletableFuture<>();

		CouncilContext.runIn("walsall", () -> Thread.ofVirtual()
			.start(CouncilContext.wrap((Runnable) () -> council.complete(CouncilContext.current().orElse("none"))))
			.join());

		assertThat(council.get(5, TimeUnit.SECONDS)).isEqualTo("walsall");
	}

	@Test
	void anIncompletePublicationIsResubmittedInItsCouncilAfterARestart() throws Exception {
		FlakyProbeListener.FAILURES.set(0);
		String marker = UUID.randomUUID().toString();

		CouncilContext.runIn("walsall", () -> writer.announce(new FlakyProbeEvent("walsall", marker)));
		awaitIncompleteIn("cpp_council_walsall", marker);
		assertThat(FlakyProbeListener.HANDLED_IN).doesNotContainKey(marker);

		incompletePublications.resubmitPublishedBefore(java.time.Instant.now());

		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!FlakyProbeListener.HANDLED_IN.containsKey(marker) && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(FlakyProbeListener.HANDLED_IN.get(marker)).isEqualTo("walsall");
	}

	/**
	 * A council's event published outside any council (as a partnership joined on the admin pages is) is stored in
	 * the platform schema; its listener runs in the council, and the publication is marked completed where it is
	 * stored, not looked for in the council's schema (where it was never found, so it stayed incomplete for ever).
	 */
	@Test
	void aCouncilsEventPublishedOutsideAnyCouncilIsCompletedWhereItIsStored() throws InterruptedException {
		FlakyProbeListener.FAILURES.set(0);
		FlakyProbeListener.failTimes = 0;
		String marker = UUID.randomUUID().toString();

		writer.announce(new FlakyProbeEvent("southwark", marker));

		awaitCompletedIn("cpp_platform", marker);
		assertThat(FlakyProbeListener.HANDLED_IN.get(marker)).isEqualTo("southwark");
		assertThat(publications("cpp_council_southwark", marker)).isZero();
	}

	/**
	 * A publication an instance resubmitted and then stopped under stays claimed by that resubmission, which Spring
	 * Modulith never lets another claim: once it has been waiting for minutes it is tried again, and completed.
	 */
	@Test
	void aPublicationLeftResubmittedByAStoppedInstanceIsTriedAgain() throws InterruptedException {
		FlakyProbeListener.FAILURES.set(0);
		FlakyProbeListener.failTimes = Integer.MAX_VALUE;
		String marker = UUID.randomUUID().toString();
		CouncilContext.runIn("walsall", () -> writer.announce(new FlakyProbeEvent("walsall", marker)));
		awaitIncompleteIn("cpp_council_walsall", marker);

		// As a resubmission ten minutes ago left it. A retry under way meanwhile fails, and marks it failed again:
		// then it is left as that resubmission left it once more.
		TransactionTemplate committed = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
		java.sql.Timestamp tenMinutesAgo = java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(10)));
		int failures;
		do {
			failures = FlakyProbeListener.FAILURES.get();
			committed.executeWithoutResult(status -> jdbc.update("update cpp_council_walsall.event_publication"
					+ " set status = 'RESUBMITTED', last_resubmission_date = ? where serialized_event like ?",
					tenMinutesAgo, "%" + marker + "%"));
			Thread.sleep(500);
		}
		while (FlakyProbeListener.FAILURES.get() != failures || jdbc.queryForObject("select count(*) from"
				+ " cpp_council_walsall.event_publication where serialized_event like ? and status = 'RESUBMITTED'"
				+ " and last_resubmission_date = ?", Long.class, "%" + marker + "%", tenMinutesAgo) != 1);
		FlakyProbeListener.failTimes = 0;

		incompletePublications.retryDue(Instant.now(), Duration.ofSeconds(2));

		awaitCompletedIn("cpp_council_walsall", marker);
		assertThat(FlakyProbeListener.HANDLED_IN.get(marker)).isEqualTo("walsall");
	}

	/**
	 * While the platform runs (no restart), a failed listener is tried again in its council, after a wait that grows
	 * with each failure, and until then platform admins see the council's count of waiting events (a count, never the
	 * events) in the API and in the metrics.
	 */
	@Test
	void aFailedListenerIsTriedAgainWhileThePlatformRunsAndAdminsSeeTheCountMeanwhile() throws InterruptedException {
		FlakyProbeListener.FAILURES.set(0);
		FlakyProbeListener.failTimes = 3;
		String marker = UUID.randomUUID().toString();
		CouncilContext.runIn("wirral", () -> writer.announce(new FlakyProbeEvent("wirral", marker)));
		PlatformApi api = new PlatformApi(port);
		String admin = api.token("platform-admin");

		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		boolean counted = false;
		boolean measured = false;
		while (!FlakyProbeListener.HANDLED_IN.containsKey(marker) && System.nanoTime() < deadline) {
			counted |= api.get("/api/admin/councils/event-publications", admin)
				.json()
				.findValues("council")
				.stream()
				.anyMatch(council -> council.asString().equals("wirral"))
					&& api.get("/api/admin/councils/event-publications", admin).body().contains("\"incomplete\":1");
			measured |= api.scrape("/actuator/prometheus")
				.body()
				.contains("cpp_events_incomplete{council=\"wirral\"} 1.0");
			Thread.sleep(100);
		}

		assertThat(FlakyProbeListener.HANDLED_IN.get(marker)).isEqualTo("wirral");
		assertThat(FlakyProbeListener.FAILURES).hasValue(3);
		assertThat(counted).as("admins saw the waiting event counted").isTrue();
		assertThat(measured).as("the metric counted it").isTrue();
	}

	private long publications(String schema, String marker) {
		return jdbc.queryForObject("select count(*) from " + schema + ".event_publication where serialized_event like ?",
				Long.class, "%" + marker + "%");
	}

	private void awaitCompletedIn(String schema, String marker) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			if (jdbc.queryForObject("select count(*) from " + schema + ".event_publication where serialized_event like ?"
					+ " and completion_date is not null", Long.class, "%" + marker + "%") == 1) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("The publication of " + marker + " in " + schema + " was not completed: "
				+ jdbc.queryForList("select status, completion_attempts from " + schema
						+ ".event_publication where serialized_event like ?", "%" + marker + "%"));
	}

	private void awaitIncompleteIn(String schema, String marker) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			if (FlakyProbeListener.FAILURES.get() > 0 && jdbc.queryForObject("select count(*) from " + schema
					+ ".event_publication where serialized_event like ? and completion_date is null", Long.class,
					"%" + marker + "%") == 1) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("No failed publication of " + marker + " in " + schema);
	}
}
