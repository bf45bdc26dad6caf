package org.corporateparenting.platform.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.corporateparenting.notifications.application.Digests;
import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.SignedInPages;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.testing.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Each hot request held to the number of statements it may send to the database, counted at the driver (so the
 * {@code USE}, {@code SET}, commits and rollbacks the driver sends count too), including the work of the listeners a
 * write starts. Measured on Walsall, the demo council with the most records. One statement of an API request is not
 * held against it: the {@code USE} it sends first when the pool hands it a connection that other work (a page's
 * session, a retry of event publications) left on another schema, since which connection comes is the pool's choice;
 * any other {@code USE} counts, and that a connection already on the schema gets none is
 * {@code SchemaSwitchingIntegrationTest}'s.
 */
@PlatformTest
class StatementBudgetsIntegrationTest {

	static final String WALSALL = "/api/councils/walsall";

	@LocalServerPort
	int port;

	PlatformApi api;

	String officer;

	@Autowired
	Digests digests;

	@Value("${cpp.database.schema-prefix}")
	String schemaPrefix;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
		officer = api.token("walsall-officer");
		// Once, so that what a first request warms (the registry, Hibernate's caches) is not counted against a budget.
		api.get(WALSALL + "/dashboard", officer);
	}

	@Test
	void readingACouncilCostsNothingOnceTheRegistryIsCached() {
		assertBudget("GET council", 0, get(WALSALL));
	}

	@Test
	void theDashboardIsReadInAHandfulOfStatements() {
		assertThat(readAgainWithinTheRecheckInterval(WALSALL + "/dashboard"))
			.as("GET dashboard, read again within a second of the last read of its sections").isZero();
		pastTheRecheckInterval();
		assertBudget("GET dashboard, unchanged since this instance built it, its sections' counts read again", 3,
				get(WALSALL + "/dashboard"));
		// A figure changed: the dashboard is built again from the read model, still within its budget.
		var figure = api.post(WALSALL + "/indicators/PEP-TIMESCALE/measurements", officer,
				Map.of("period", "2031-32", "value", 95));
		assertThat(figure.status()).as(figure.body()).isEqualTo(200);
		assertBudget("GET dashboard, built again", 6, get(WALSALL + "/dashboard"));
		api.delete(WALSALL + "/indicators/PEP-TIMESCALE/measurements?period=2031-32&version=0", officer);
	}

	@Test
	void aPageOfAPlansActionsCostsTheSameWhateverItsSize() {
		long plan = currentPlan();
		assertBudget("GET a page of 2 actions", 6, get(WALSALL + "/action-plans/" + plan + "/actions?size=2"));
		assertBudget("GET a page of 100 actions", 6,
				get(WALSALL + "/action-plans/" + plan + "/actions?size=100"));
	}

	@Test
	void theIndicatorCatalogueIsReadInAFewStatements() {
		assertThat(readAgainWithinTheRecheckInterval(WALSALL + "/indicators"))
			.as("GET indicators, listed again within a second of the last read of the dashboard's sections").isZero();
		pastTheRecheckInterval();
		assertBudget("GET indicators, unchanged since this instance listed them, the counts read again", 2,
				get(WALSALL + "/indicators"));
		// An indicator followed again where it was: the list is made again, still within its budget.
		Map<String, Object> where = new HashMap<>();
		for (var entry : api.get(WALSALL + "/indicators", officer).json()) {
			if (entry.get("indicator").get("code").asString().equals("PEP-TIMESCALE")
					&& entry.path("priorityNumber").isNumber()) {
				where.put("priority", entry.get("priorityNumber").asInt());
			}
		}
		assertThat(api.put(WALSALL + "/indicators/PEP-TIMESCALE/tracking", officer, where).status()).isEqualTo(200);
		assertBudget("GET indicators, listed again", 6, get(WALSALL + "/indicators"));
	}

	@Test
	void aPageOfSomeonesNotificationsCostsTheSameWhateverItsSize() {
		// Walsall's officer reads the corporate parenting team's mailbox, which owns four actions due on 31 March 2024.
		CouncilContext.runIn("walsall", () -> digests.run(LocalDate.of(2024, 3, 17)));
		assertBudget("GET a page of 2 notifications", 5, get(WALSALL + "/notifications?size=2"));
		assertBudget("GET a page of 100 notifications", 5, get(WALSALL + "/notifications?size=100"));
	}

	@Test
	void aSignedInPageReadsAndSavesItsSessionInThePlatformSchemaByName() {
		List<String> sent = secondVisit(port, "walsall-officer", "/councils/walsall");
		List<String> session = sent.stream().filter(sql -> sql.contains("SPRING_SESSION")).toList();
		// Named with its schema, the session's tables are the platform's whichever schema the connection was left on.
		assertThat(session).as("the session's statements").isNotEmpty()
			.allMatch(sql -> occurrences(sql, "SPRING_SESSION") == occurrences(sql,
					schemaPrefix + "platform.SPRING_SESSION"));
		// So reading and saving it moves no connection to the platform schema (and the council's work back).
		assertThat(sent).as("statements of the page").noneMatch(sql -> sql.startsWith("USE `" + schemaPrefix + "platform`"));
	}

	private static int occurrences(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	@Test
	void theCouncilsReminderSettingsAreReadInAStatementOrTwo() {
		assertBudget("GET the reminder settings", 3, get(WALSALL + "/notifications/settings"));
	}

	@Test
	void oneActionIsReadInAFewStatements() {
		long action = firstAction();
		assertBudget("GET one action", 4, get(WALSALL + "/actions/" + action));
	}

	@Test
	void recordingProgressCostsAFewStatementsWithEverythingItsListenersDo() {
		long action = firstAction();
		JsonNode current = api.get(WALSALL + "/actions/" + action, officer).json();
		String id = "budget-" + UUID.randomUUID();
		StatementCounter.watch(id);
		var recorded = api.withHeader("X-Request-Id", id)
			.post(WALSALL + "/actions/" + action + "/progress", officer,
					Map.of("narrative", "Checked with the team at the quarterly review", "status",
							current.get("status").asString(), "percentComplete",
							current.get("percentComplete").asInt()));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		List<String> sent = settled(id);
		report("POST progress", sent);
		assertThat(sent).as("POST progress with its listeners").hasSizeLessThanOrEqualTo(25);
	}

	@Test
	void theCouncilHomePageCostsAFewStatements() {
		assertBudget("council home page", 25, page("/councils/walsall"));
	}

	/** The statement, like every page's header, navigation and breadcrumbs, reads no council's records. */
	@Test
	void theAccessibilityStatementCostsOnlyTheSession() {
		assertBudget("accessibility statement", 4, page("/accessibility"));
	}

	@Test
	void theKnownContactsAreOneQueryPerModuleThatNamesThem() {
		assertBudget("GET contacts", 5, get(WALSALL + "/contacts?size=100"));
		assertBudget("GET contacts holding a text", 5, get(WALSALL + "/contacts?q=walsall"));
	}

	@Test
	void theActionOwnerFormWithTheKnownContactsCostsAFewStatements() {
		assertBudget("action owner form", 15, page("/councils/walsall/actions/" + firstAction() + "/owner"));
	}

	@Test
	void theLocalOfferIsReadInAFewStatementsWhateverItsSections() {
		long offer = api.get(WALSALL + "/local-offers", officer).json().get("content").get(0).get("id").asLong();
		assertBudget("GET local offers", 5, get(WALSALL + "/local-offers"));
		assertBudget("GET one local offer", 5, get(WALSALL + "/local-offers/" + offer));
		assertBudget("local offer page", 12, page("/councils/walsall/local-offers/" + offer));
		assertBudget("local offers page", 10, page("/councils/walsall/local-offers"));
		assertBudget("care leavers' local offer page", 10, page("/young-people/walsall/local-offer"));
	}

	@Test
	void partnersOffersAndTheCollaborationLogCostTheSameWhateverTheirSize() {
		assertBudget("GET partner offers", 4, get(WALSALL + "/partner-offers?size=100"));
		assertBudget("GET partner offers by area", 4, get(WALSALL + "/partner-offers/by-area"));
		assertBudget("GET a page of the collaboration log", 5, get(WALSALL + "/collaboration-log?size=100"));
		assertBudget("partner offers page", 15, page("/councils/walsall/alliance/offers"));
		assertBudget("collaboration log page", 15, page("/councils/walsall/alliance/collaboration"));
		assertBudget("alliance page with the offers by area", 32, page("/councils/walsall/alliance"));
		assertBudget("dashboard page with the offers by area", 13, page("/councils/walsall/dashboard"));
	}

	@Test
	void theEvidenceForInspectionIsReadInAFewStatementsWhateverItsLinks() {
		// The links, then one query for each kind of record they name (an action's pledges come in one more).
		assertBudget("GET evidence board", 8, get(WALSALL + "/inspection/evidence"));
		assertBudget("evidence board page", 16, page("/councils/walsall/inspection"));
		var started = api.post(WALSALL + "/inspection/self-evaluations", officer, Map.of("year", 2030));
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		long id = started.json().get("id").asLong();
		assertBudget("GET self-evaluations", 3, get(WALSALL + "/inspection/self-evaluations"));
		assertBudget("self-evaluations page", 10, page("/councils/walsall/inspection/self-evaluations"));
		assertBudget("self-evaluation page", 20, page("/councils/walsall/inspection/self-evaluations/" + id));
	}

	@Test
	void theWellbeingSurveysListsAndPagesCostAFewStatements() {
		assertBudget("GET well-being surveys", 6, get(WALSALL + "/wellbeing/surveys"));
		assertBudget("GET well-being sharing", 6, get(WALSALL + "/wellbeing/sharing"));
		assertBudget("GET well-being comparison", 5, get(WALSALL + "/wellbeing/comparison"));
		assertBudget("well-being page", 16, page("/councils/walsall/wellbeing"));
		assertBudget("well-being comparison page", 13, page("/councils/walsall/wellbeing/comparison"));
	}

	@Test
	void theBoardsAnnualReportDrawsItsFiguresInAFewStatementsWhateverTheRecords() {
		JsonNode existing = api.get(WALSALL + "/annual-reports", officer).json().get("content");
		long report = existing.isEmpty() ? api.post(WALSALL + "/annual-reports", officer,
				Map.of("year", "2024-25", "title", "Corporate Parenting Board annual report 2024-25")).json().get("id")
			.asLong() : existing.get(0).get("id").asLong();
		assertBudget("GET annual reports", 3, get(WALSALL + "/annual-reports"));
		assertBudget("GET one annual report with its live figures", 24, get(WALSALL + "/annual-reports/" + report));
		assertBudget("annual reports page", 12, page("/councils/walsall/annual-reports"));
		assertBudget("annual report page", 15, page("/councils/walsall/annual-reports/" + report));
		assertBudget("the annual report itself", 30, page("/councils/walsall/annual-reports/" + report + "/report"));
	}

	private long currentPlan() {
		JsonNode strategy = api.get(WALSALL + "/strategies", officer).json().get("content").get(0);
		JsonNode plans = api.get(WALSALL + "/strategies/" + strategy.get("id").asLong() + "/action-plans", officer)
			.json();
		return plans.get(plans.size() - 1).get("id").asLong();
	}

	private long firstAction() {
		return api.get(WALSALL + "/action-plans/" + currentPlan() + "/actions?size=1", officer)
			.json()
			.get("content")
			.get(0)
			.get("id")
			.asLong();
	}

	/** A page as Walsall's officer opens it a second time (the first warms the session). */
	private Supplier<Integer> page(String path) {
		return () -> {
			List<String> sent = secondVisit(port, "walsall-officer", path);
			report(path, sent);
			return sent.size();
		};
	}

	/** What a page sent, its listeners' work included, when the person signed in opened it a second time. */
	static List<String> secondVisit(int port, String user, String path) {
		SignedInPages pages = SignedInPages.signIn(port, user);
		pages.get(path, null);
		String id = "budget-" + UUID.randomUUID();
		StatementCounter.watch(id);
		var page = pages.get(path, id);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return settled(id);
	}

	private Supplier<Integer> get(String path) {
		return () -> {
			String id = "budget-" + UUID.randomUUID();
			StatementCounter.watch(id);
			var response = api.withHeader("X-Request-Id", id).get(path, officer);
			assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
			List<String> sent = StatementCounter.stop(id);
			report("GET " + path, sent);
			return sent.size() - (handedOver(sent) ? 1 : 0);
		};
	}

	/** Whether the request began by switching a connection it was handed to Walsall's schema. */
	private static boolean handedOver(List<String> sent) {
		return !sent.isEmpty() && sent.get(0).equals("USE `cpp_council_walsall`");
	}

	/**
	 * The statements of a request made straight after another to the same address: within the second after the first
	 * read the dashboard's sections' counts of changes ({@code cpp.reporting.recheck-interval}), so it needs to ask
	 * the database nothing. Tried again, up to three times, when the two did not both fit within half a second.
	 */
	private int readAgainWithinTheRecheckInterval(String path) {
		for (int attempt = 1;; attempt++) {
			long start = System.nanoTime();
			get(path).get();
			int statements = get(path).get();
			if (System.nanoTime() - start < 500_000_000L || attempt == 3) {
				return statements;
			}
		}
	}

	/** Waits out {@code cpp.reporting.recheck-interval} (a second), so the next read asks the database again. */
	private static void pastTheRecheckInterval() {
		try {
			Thread.sleep(1_100);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	private static void assertBudget(String what, int budget, Supplier<Integer> request) {
		assertThat(request.get()).as(what).isLessThanOrEqualTo(budget);
	}

	/** What a request sent once its listeners have finished: nothing more for a while. */
	static List<String> settled(String requestId) {
		int seen = -1;
		long quietSince = System.nanoTime();
		long deadline = System.nanoTime() + 15_000_000_000L;
		while (System.nanoTime() < deadline) {
			int now = StatementCounter.statements(requestId).size();
			if (now != seen) {
				seen = now;
				quietSince = System.nanoTime();
			}
			else if (System.nanoTime() - quietSince > 1_000_000_000L) {
				break;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return StatementCounter.stop(requestId);
	}

	static void report(String what, List<String> sent) {
		System.out.println("STATEMENTS " + what + ": " + sent.size());
		sent.forEach(sql -> System.out.println("    " + sql.replaceAll("\\s+", " ")));
	}
}
