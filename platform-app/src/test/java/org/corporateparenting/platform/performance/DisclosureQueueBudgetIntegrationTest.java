package org.corporateparenting.platform.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.tenancy.testing.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The safeguarding queue costs the same however many possible disclosures wait: one query for who reads it, the page
 * and its count. Measured on Walsall, whose admins read it while no lead is named; the rows are written straight into
 * its schema, as nothing else reads them.
 */
@PlatformTest
class DisclosureQueueBudgetIntegrationTest {

	static final String QUEUE = "/api/councils/walsall/safeguarding/disclosures";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	PlatformApi api;

	String admin;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
		admin = api.token("walsall-admin");
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			for (int i = 0; i < 3; i++) {
				jdbc.update("insert into cpp_council_walsall.disclosure (version, source, source_id, place, matched,"
						+ " flagged_at) values (0, 'FORUM_ACTIVITY', ?, 'Council 4Kids', 'hits me', ?)",
						-ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), Timestamp.from(Instant.now()));
			}
		});
		api.get(QUEUE, admin);
	}

	@Test
	void aPageOfTheQueueCostsTheSameWhateverItsSize() {
		int small = statements("GET a page of 1", QUEUE + "?size=1");
		int large = statements("GET a page of 100", QUEUE + "?size=100");
		assertThat(small).isLessThanOrEqualTo(4);
		assertThat(large).as("a page holding every row needs no count").isLessThanOrEqualTo(small);
	}

	/** The session's read and write, who reads the queue (twice: the queue, and whether a lead is named), the page. */
	@Test
	void theQueuePageCostsAFewStatements() {
		List<String> sent = StatementBudgetsIntegrationTest.secondVisit(port, "walsall-admin",
				"/councils/walsall/safeguarding/disclosures");
		StatementBudgetsIntegrationTest.report("queue page", sent);
		assertThat(sent).hasSizeLessThanOrEqualTo(13);
	}

	private int statements(String what, String path) {
		String id = "budget-" + UUID.randomUUID();
		StatementCounter.watch(id);
		var response = api.withHeader("X-Request-Id", id).get(path, admin);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("totalElements").asInt()).isGreaterThanOrEqualTo(3);
		List<String> sent = StatementCounter.stop(id);
		StatementBudgetsIntegrationTest.report(what, sent);
		return sent.size();
	}
}
