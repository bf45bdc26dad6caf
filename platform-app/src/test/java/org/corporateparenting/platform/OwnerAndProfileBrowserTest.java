package org.corporateparenting.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 17's pages on a laptop and a 320 px phone, each passing axe: the form giving an action to another owner, whose
 * email field offers the council's known contacts from a datalist (nothing saved, so the demo's owners stay as they
 * are), and the profile the header leads to.
 */
class OwnerAndProfileBrowserTest extends BrowserTestSupport {

	@Test
	void anOfficerIsOfferedTheKnownContactsForAnActionsOwner() {
		open("/oauth2/authorization/cpp");
		signInAs("walsall-officer");
		open("/councils/walsall/strategy");
		navigate(By.partialLinkText("2023/24 action plan"));
		navigate(By.cssSelector("table.govuk-table tbody tr:first-child a"));
		navigate(By.xpath("//a[normalize-space()='Change the owner']"));

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Change the owner");
		WebElement email = browser.findElement(By.id("ownerEmail"));
		assertThat(email.getAttribute("list")).isEqualTo("ownerEmail-contacts");
		assertThat(browser.findElements(By.cssSelector("datalist#ownerEmail-contacts option[value='police@walsall.example']")))
			.hasSize(1);
		assertAccessible();
		assertNoSidewaysScrollingAt320();

		browser.findElement(By.id("owner")).clear();
		navigate(By.xpath("//button[text()='Save the owner']"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("Enter who owns it");
		assertAccessible();
		navigate(By.linkText("Cancel"));
		signOut();
	}

	@Test
	void aPersonFollowsTheHeaderToTheirProfileAndOnToTheirReminderChoices() {
		open("/oauth2/authorization/cpp");
		signInAs("wirral-board-member");
		open("/councils/wirral");
		navigate(By.linkText("Your profile"));

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your profile");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("corporate.parenting.board@wirral.example",
				"Board member", "Wirral Council", "The platform's own sign-in");
		assertAccessible();
		assertNoSidewaysScrollingAt320();

		navigate(By.partialLinkText("Your notifications"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Notifications");
		signOut();
	}
}
