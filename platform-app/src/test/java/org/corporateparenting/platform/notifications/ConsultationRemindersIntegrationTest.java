package org.corporateparenting.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.corporateparenting.consultation.ConsultationStatus;
import org.corporateparenting.consultation.application.ConsultationManagement;
import org.corporateparenting.consultation.application.ConsultationRequests.ConsultationRequest;
import org.corporateparenting.consultation.application.ConsultationViews.ConsultationView;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.tenancy.CouncilContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The consultation module's reminders as a copy of Walsall's participation team receives them. Walsall's Children in
 * Care and Care Leavers survey closed on 31 January 2020 and its outcome was never told back (closed, no findings);
 * the review of the pledges closed on 29 February 2020 and was reported back; 'It Takes a Village' closed on
 * 30 September 2023, its findings not told back.
 */
@PlatformTest
class ConsultationRemindersIntegrationTest {

	static final String PARTICIPATION = "participation@walsall.example";

	static final String SURVEY = "Children in Care and Care Leavers survey";

	final CouncilMail mail;

	final ConsultationManagement consultations;

	ConsultationRemindersIntegrationTest(@LocalServerPort int port, @Autowired ApplicationContext context) {
		this.mail = new CouncilMail(port, context);
		this.consultations = context.getBean(ConsultationManagement.class);
	}

	@Test
	void theContactHearsThreeDaysBeforeAnOpenConsultationClosesAndOnceOnly() {
		String council = mail.onboardWalsallAs("closeby", "E08009951");
		long survey = reopen(council, SURVEY);

		mail.run(council, LocalDate.of(2020, 1, 27));
		assertThat(mail.to(council, PARTICIPATION)).as("4 days before").isEmpty();

		mail.run(council, LocalDate.of(2020, 1, 28));
		mail.run(council, LocalDate.of(2020, 1, 29));
		mail.run(council, LocalDate.of(2020, 1, 31));
		assertThat(mail.to(council, PARTICIPATION)).as("once per closing date").hasSize(1);
		assertThat(CouncilMail.text(mail.to(council, PARTICIPATION).getFirst())).contains("Hello Participation team,",
				"Consultations closing soon", SURVEY, "Closes on 31 January 2020, in 3 days",
				"http://localhost:8080/councils/" + council + "/consultations/" + survey);
	}

	@Test
	void theContactHearsThatYouSaidWeDidIsOwedEightWeeksAfterAConsultationClosedAndAgainAtTwelve() {
		String council = mail.onboardWalsallAs("saidby", "E08009952");
		long survey = CouncilContext.callIn(council, () -> find(SURVEY).id());

		mail.run(council, LocalDate.of(2020, 3, 26));
		assertThat(mail.to(council, PARTICIPATION)).as("not yet 8 weeks").isEmpty();

		mail.run(council, LocalDate.of(2020, 3, 27));
		mail.run(council, LocalDate.of(2020, 4, 23));
		assertThat(mail.to(council, PARTICIPATION)).hasSize(1);
		String owed = CouncilMail.text(mail.to(council, PARTICIPATION).getFirst());
		assertThat(owed).contains("Hello Participation team,", "\"You said, we did\" owed to young people", SURVEY,
				"Closed on 31 January 2020, 8 weeks ago", "http://localhost:8080/councils/" + council + "/consultations/" + survey)
			.as("reported back").doesNotContain("Review of Our Pledges");

		mail.run(council, LocalDate.of(2020, 4, 24));
		mail.run(council, LocalDate.of(2020, 6, 1));
		assertThat(mail.to(council, PARTICIPATION)).as("at 8 weeks and at 12, once each").hasSize(2);
		assertThat(CouncilMail.text(mail.to(council, PARTICIPATION).getLast())).contains("\"You said, we did\" overdue",
				SURVEY, "Closed on 31 January 2020, 12 weeks ago", "have still not been told")
			.doesNotContain("It Takes a Village");

		mail.run(council, LocalDate.of(2023, 11, 25));
		assertThat(mail.to(council, PARTICIPATION)).hasSize(3);
		assertThat(CouncilMail.text(mail.to(council, PARTICIPATION).getLast())).contains("It Takes a Village",
				"Closed on 30 September 2023, 8 weeks ago").doesNotContain(SURVEY);
	}

	/** Opens a closed consultation again, as a council may, and returns its id. */
	private long reopen(String council, String topic) {
		return CouncilContext.callIn(council, () -> {
			ConsultationView closed = find(topic);
			return consultations.update(closed.id(), new ConsultationRequest(closed.topic(), closed.audiences(),
					closed.method(), closed.opensOn(), closed.closesOn(), ConsultationStatus.OPEN, closed.designedBy(),
					closed.informs(), closed.forumId(), closed.summary(), closed.surveyIntro(), closed.contactRole(),
					closed.contactEmail(), closed.version())).id();
		});
	}

	private ConsultationView find(String topic) {
		return consultations.consultations().stream().filter(view -> view.topic().equals(topic)).findFirst().orElseThrow();
	}
}
