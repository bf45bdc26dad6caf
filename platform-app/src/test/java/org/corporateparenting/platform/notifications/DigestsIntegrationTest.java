package org.corporateparenting.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.local.MailParts;
import org.corporateparenting.tenancy.database.SchemaNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import jakarta.mail.internet.MimeMessage;

/**
 * Reminders as the owners of a council's strategy actions receive them, on the local profile's mail server: one
 * digest per person per day, in HTML and plain text, 14 and 3 days before a due date and once when overdue; never
 * twice, whichever instance runs and however often; and stopped from the email's own link without signing in.
 * The council is a copy of Walsall, whose 2023/24 actions fall due on 31 March 2024 (three went overdue before); its
 * board, which met no young people in 2023/24, also tells its chair (the portfolio holder) that it is behind its
 * promise to, once in March; and its participation team hears that young people are still owed "you said, we did"
 * for the two consultations it closed and never told back.
 */
@PlatformTest
class DigestsIntegrationTest {

	static final LocalDate FORTNIGHT_BEFORE = LocalDate.of(2024, 3, 17);

	static final LocalDate THREE_DAYS_BEFORE = LocalDate.of(2024, 3, 28);

	static final String NURSE = "designated.nurse.cic@walsall.example";

	static final String CORPORATE_PARENTING = "corporate.parenting@walsall.example";

	static final String PORTFOLIO_HOLDER = "portfolio.holder.childrens@walsall.example";

	static final String PARTICIPATION = "participation@walsall.example";

	/** Who enters the indicators' figures, as Walsall's notifications.yaml names them. */
	static final String PERFORMANCE = "performance@walsall.example";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SchemaNames schemaNames;

	CouncilMail mail;

	@BeforeEach
	void setUp() {
		mail = new CouncilMail(port, context);
	}

	@Test
	void eachOwnerGetsOneDigestOfWhatIsDueAndOverdueAndNeverTheSameReminderTwice() throws Exception {
		String council = mail.onboardWalsallAs("remindby", "E08009921");

		assertThat(mail.run(council, FORTNIGHT_BEFORE)).isEqualTo(9);
		Map<String, MimeMessage> first = mail.firstByRecipient(council);
		assertThat(first).containsOnlyKeys(CORPORATE_PARENTING, "regulatory.services@walsall.example", NURSE,
				"virtual.school@walsall.example", "housing.pathway@walsall.example",
				"childrens.social.care@walsall.example", PORTFOLIO_HOLDER, PARTICIPATION, PERFORMANCE);
		assertThat(CouncilMail.text(first.get(PERFORMANCE))).contains("Indicator figures not yet entered",
				"has been entered; the period ended on");
		MimeMessage nurse = first.get(NURSE);
		assertThat(nurse.getSubject()).isEqualTo("remindby Council: 3 reminders for 17 March 2024");
		String text = CouncilMail.text(nurse);
		assertThat(text).contains("Hello Designated Nurse, Children and Young People in Care,",
				"Strategy actions due soon", "WAL-23-05", "Due on 31 March 2024, in 14 days",
				"Strategy actions overdue", "WAL-23-04", "Was due on 31 December 2023",
				"Strategy actions with no recent progress",
				"The latest progress was recorded on 13 November 2023: record where it stands",
				"http://localhost:8080/councils/" + council + "/actions/");
		String html = MailParts.text(nurse, "text/html");
		assertThat(html).contains("<html lang=\"en-GB\"", "<h2", "href=\"http://localhost:8080/councils/" + council
				+ "/actions/", "Stop reminders about", "/notifications/unsubscribe?token=");
		assertThat(nurse.getHeader("List-Unsubscribe")[0]).contains("/notifications/unsubscribe?token=");

		assertThat(mail.run(council, FORTNIGHT_BEFORE)).as("the day's run is done").isEqualTo(-1);
		assertThat(mail.run(council, FORTNIGHT_BEFORE.plusDays(1))).as("nothing new the next day").isZero();
		assertThat(mail.firstByRecipient(council)).hasSize(9);

		assertThat(mail.run(council, THREE_DAYS_BEFORE)).isEqualTo(5);
		assertThat(CouncilMail.text(mail.to(council, NURSE).getLast())).contains("WAL-23-05", "in 3 days")
			.doesNotContain("WAL-23-04");
		assertThat(status(council, NURSE)).containsEntry("SENT", 4L);
	}

	@Test
	void theEmailsLinkStopsRemindersWithoutSigningInAndAForgedLinkDoesNothing() throws Exception {
		String council = mail.onboardWalsallAs("stopford", "E08009922");
		mail.run(council, FORTNIGHT_BEFORE);
		String text = CouncilMail.text(mail.firstByRecipient(council).get(NURSE));
		Matcher stopAll = Pattern.compile("Stop every reminder from [^:]+: (\\S+)").matcher(text);
		assertThat(stopAll.find()).isTrue();
		URI link = URI.create(stopAll.group(1).replace("http://localhost:8080", "http://localhost:" + port));

		HttpClient anonymous = HttpClient.newHttpClient();
		var confirm = anonymous.send(HttpRequest.newBuilder(link).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(confirm.body()).contains("Stop these emails", NURSE, "every reminder", "stopford Council");
		assertThat(mail.run(council, FORTNIGHT_BEFORE.plusDays(1))).as("looking only is not stopping").isZero();

		String token = link.getQuery().substring("token=".length());
		var stopped = anonymous.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/notifications/unsubscribe"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("token=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(stopped.statusCode()).isEqualTo(200);
		assertThat(stopped.body()).contains("Reminders stopped");

		assertThat(mail.run(council, THREE_DAYS_BEFORE)).as("everyone but the nurse").isEqualTo(4);
		assertThat(mail.firstByRecipient(council)).containsKey(NURSE);
		assertThat(status(council, NURSE)).containsEntry("NOT_EMAILED", 1L);

		String forged = token.substring(0, token.indexOf('.')) + ".AAAA";
		var refused = anonymous.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/notifications/unsubscribe?token=" + forged)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("This link does not work");
	}

	@Test
	void twoInstancesRunningAtOnceSendEachDigestOnceAndAStoppedInstancesDayIsTakenOver() throws Exception {
		String council = mail.onboardWalsallAs("twinmoor", "E08009923");

		var one = CompletableFuture.supplyAsync(() -> mail.run(council, FORTNIGHT_BEFORE));
		var other = CompletableFuture.supplyAsync(() -> mail.run(council, FORTNIGHT_BEFORE));
		assertThat(List.of(one.get(), other.get())).containsExactlyInAnyOrder(9, -1);
		assertThat(mail.received(council)).hasSize(9);

		jdbc.sql("insert into " + schemaNames.council(council) + ".notification_pass (pass_key, claimed_by, claimed_at)"
				+ " values (:pass, 'a stopped instance', :at)")
			.param("pass", "digest:" + THREE_DAYS_BEFORE)
			.param("at", THREE_DAYS_BEFORE.atStartOfDay().toInstant(ZoneOffset.UTC))
			.update();
		assertThat(mail.run(council, THREE_DAYS_BEFORE)).isEqualTo(5);
	}

	private Map<String, Long> status(String council, String recipient) {
		return jdbc.sql("select status, count(*) from " + schemaNames.council(council) + ".notification"
				+ " where recipient_email = :email group by status")
			.param("email", recipient)
			.query((row, n) -> Map.entry(row.getString(1), row.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
