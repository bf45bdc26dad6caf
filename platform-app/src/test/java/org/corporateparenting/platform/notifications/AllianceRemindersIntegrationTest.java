package org.corporateparenting.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.corporateparenting.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The alliance's reminders as a copy of Walsall's partners receive them. Walsall's alliance allocated Children's
 * Services (the seat of the Director for Children's Social Care) an action due on 31 December 2024, still in
 * progress; the alliance's terms of reference, chaired by Children's Services, are to be reviewed on 1 June 2025;
 * the board, chaired by the portfolio holder, promised four meetings a year with young people and records none.
 */
@PlatformTest
class AllianceRemindersIntegrationTest {

	/** A contact of Children's Services that owns no strategy action: what it hears is the alliance's. */
	static final String SOCIAL_WORKER = "principal.social.worker@walsall.example";

	static final String PORTFOLIO_HOLDER = "portfolio.holder.childrens@walsall.example";

	static final String HOUSING = "housing@walsall.example";

	static final String CONFIRM_REPRESENTATIVES = "Confirm the representatives from Customer Engagement";

	final CouncilMail mail;

	AllianceRemindersIntegrationTest(@LocalServerPort int port, @Autowired ApplicationContext context) {
		this.mail = new CouncilMail(port, context);
	}

	@Test
	void everyContactOfTheOrganisationHearsOfItsAllocatedActionBeforeItIsDueAndOnceOverdue() {
		String council = mail.onboardWalsallAs("allotby", "E08009931");

		mail.run(council, LocalDate.of(2024, 12, 17));
		assertThat(mail.firstByRecipient(council)).containsKeys(SOCIAL_WORKER, "childrens.services@walsall.example",
				"childrens.champion@walsall.example", "early.help@walsall.example")
			.doesNotContainKeys(HOUSING, "walsall.works@walsall.example");
		assertThat(CouncilMail.text(mail.to(council, SOCIAL_WORKER).getLast())).contains("Hello Principal Social Worker,",
				"Actions allocated at meetings, due soon", CONFIRM_REPRESENTATIVES, "Due on 31 December 2024, in 14 days",
				"http://localhost:8080/councils/" + council + "/alliance/actions/");

		mail.run(council, LocalDate.of(2024, 12, 28));
		assertThat(CouncilMail.text(mail.to(council, SOCIAL_WORKER).getLast())).contains(CONFIRM_REPRESENTATIVES, "in 3 days");

		mail.run(council, LocalDate.of(2025, 1, 1));
		mail.run(council, LocalDate.of(2025, 1, 2));
		assertThat(mail.to(council, SOCIAL_WORKER)).as("14 days, 3 days, overdue: once each").hasSize(3);
		assertThat(CouncilMail.text(mail.to(council, SOCIAL_WORKER).getLast())).contains("Actions allocated at meetings, overdue",
				CONFIRM_REPRESENTATIVES, "Was due on 31 December 2024");

		mail.run(council, LocalDate.of(2025, 6, 16));
		assertThat(CouncilMail.text(mail.to(council, HOUSING).getLast())).contains("Hello Representative from WHG,",
				"Add budgeting and bills sessions", "Due on 30 June 2025, in 14 days");
	}

	@Test
	void theChairsOrganisationHearsOfATermsOfReferenceReviewAndOfMeetingsWithYoungPeopleFallingBehind() {
		String council = mail.onboardWalsallAs("chairby", "E08009932");
		mail.run(council, LocalDate.of(2025, 4, 30));
		int before = mail.to(council, SOCIAL_WORKER).size();
		assertThat(mail.to(council, PORTFOLIO_HOLDER)).as("in April the board can still keep its promise").isEmpty();

		mail.run(council, LocalDate.of(2025, 5, 1));
		assertThat(mail.to(council, SOCIAL_WORKER)).as("31 days before the review date").hasSize(before);
		mail.run(council, LocalDate.of(2025, 5, 2));
		assertThat(mail.to(council, SOCIAL_WORKER)).hasSize(before + 1);
		assertThat(CouncilMail.text(mail.to(council, SOCIAL_WORKER).getLast())).contains("Terms of reference due for review",
				"Children in Care and Care Leavers Alliance: terms of reference, edition 1",
				"To be reviewed by 1 June 2025, in 30 days",
				"http://localhost:8080/councils/" + council + "/alliance/bodies/");
		assertThat(mail.to(council, PORTFOLIO_HOLDER)).as("the board's chair does not chair the alliance").isEmpty();

		mail.run(council, LocalDate.of(2025, 5, 3));
		mail.run(council, LocalDate.of(2025, 6, 1));
		assertThat(mail.to(council, SOCIAL_WORKER)).as("30 days before and when due, once each").hasSize(before + 2);
		assertThat(CouncilMail.text(mail.to(council, SOCIAL_WORKER).getLast()))
			.contains("Terms of reference past their review date", "Were to be reviewed by 1 June 2025");

		mail.run(council, LocalDate.of(2025, 7, 1));
		mail.run(council, LocalDate.of(2025, 7, 15));
		mail.run(council, LocalDate.of(2025, 8, 1));
		assertThat(mail.to(council, PORTFOLIO_HOLDER)).as("once a month while behind").hasSize(2);
		assertThat(CouncilMail.text(mail.to(council, PORTFOLIO_HOLDER).getFirst())).contains(
				"Hello Portfolio Holder for Children's Services,", "Meetings with young people behind the promise",
				"Corporate Parenting Board: meetings with young people",
				"0 of the 4 promised a year held since 1 April 2025, with 9 months of the year left",
				"http://localhost:8080/councils/" + council + "/alliance/bodies/");
	}
}
