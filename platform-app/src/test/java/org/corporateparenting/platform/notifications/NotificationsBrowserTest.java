package org.corporateparenting.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corporateparenting.notifications.application.Digests;
import org.corporateparenting.platform.BrowserTestSupport;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.tenancy.CouncilContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;

/**
 * Reminders on a laptop and a 320 px phone: Wirral's officer follows the header's count to the notifications and
 * chooses how to hear of them; the platform admin reads the digest in the demo's mailbox, and its link to stop the
 * reminders opens without signing in. Every page accessible, none scrolling sideways.
 */
@PlatformTest
class NotificationsBrowserTest extends BrowserTestSupport {

	@Autowired
	Digests digests;

	@Autowired
	GreenMail mailServer;

	@Test
	void anOfficerFollowsTheHeaderToTheirRemindersAndTheDigestsLinkStopsThem() {
		// A fortnight after Walsall's 2023/24 actions fell due: each is overdue, an occasion no other test sends.
		LocalDate day = LocalDate.of(2024, 4, 15);
		CouncilContext.runIn("walsall", () -> digests.run(day));

		open("/oauth2/authorization/cpp");
		signInAs("walsall-admin");
		open("/councils/walsall/notifications/log");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Reminders sent");
		assertAccessible();
		assertNoSidewaysScrollingAt320();
		open("/councils/walsall/notifications/settings");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Reminder settings");
		assertAccessible();
		assertNoSidewaysScrollingAt320();
		signOut();

		open("/oauth2/authorization/cpp");
		signInAs("walsall-officer");
		open("/councils/walsall");
		navigate(By.partialLinkText("Notifications"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Notifications");
		assertThat(browser.findElement(By.id("main-content")).getText()).contains("WAL-23-01");
		assertAccessible();
		assertNoSidewaysScrollingAt320();
		browser.findElement(By.cssSelector("label[for='ACTION_DUE_SOON-WEEKLY']")).click();
		navigate(By.xpath("//button[text()='Save your choices']"));
		assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
			.contains("Your choices have been saved");
		signOut();

		open("/oauth2/authorization/cpp");
		signInAs("platform-admin");
		open("/dev/mailbox");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mailbox");
		assertAccessible();
		assertNoSidewaysScrollingAt320();
		navigate(By.partialLinkText("Walsall Council"));
		assertAccessible();
		assertNoSidewaysScrollingAt320();
		signOut();

		String text = CouncilMail.text(Arrays.stream(mailServer.getReceivedMessages())
			.filter(message -> CouncilMail.subject(message).startsWith("Walsall Council:"))
			.findFirst()
			.orElseThrow());
		Matcher link = Pattern.compile("/notifications/unsubscribe\\?token=[A-Za-z0-9_.=-]+").matcher(text);
		assertThat(link.find()).isTrue();
		open(link.group());
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Stop reminders");
		assertAccessible();
		assertNoSidewaysScrollingAt320();
		navigate(By.xpath("//button[text()='Stop these emails']"));
		assertThat(browser.findElement(By.className("govuk-panel__title")).getText()).isEqualTo("Reminders stopped");
		assertAccessible();
	}
}
