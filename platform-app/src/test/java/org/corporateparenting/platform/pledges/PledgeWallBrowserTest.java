package org.corporateparenting.platform.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import org.corporateparenting.platform.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Walsall's pledge wall: its 17 promises in their themes, readable on a phone's narrow screen, and from pledge 7
 * (passports) to the work stream that delivers it and what that work stream reported.
 */
class PledgeWallBrowserTest extends BrowserTestSupport {

	@Test
	void walsallsPledgeWallShowsSeventeenPromisesInTheirThemesOnANarrowScreen() {
		open("/oauth2/authorization/cpp");
		signInAs("walsall-officer");
		navigate(By.partialLinkText("Walsall Council"));
		navigate(By.partialLinkText("See our promises"));

		assertThat(browser.findElements(By.xpath("//p[starts-with(text(), 'Promise ')]"))).hasSize(17);
		assertThat(browser.findElements(By.tagName("h3")).stream().map(h -> h.getText()).toList())
			.contains("Your Education", "Your Health");
		assertAccessible();

		Dimension wide = browser.manage().window().getSize();
		try {
			browser.manage().window().setSize(new Dimension(375, 2400));
			browser.navigate().refresh();
			long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow).as("horizontal scrolling on a narrow screen").isLessThanOrEqualTo(0);
			screenshot("pledge-wall-narrow");
			assertAccessible();
		}
		finally {
			browser.manage().window().setSize(wide);
		}

		var passports = browser.findElement(By.xpath("//li[.//p[text()='Promise 7']]"));
		assertThat(passports.getText()).containsIgnoringCase("passport");
		navigate(By.xpath("//li[.//p[text()='Promise 7']]//a"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lifestyle and leisure");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Updates", "Delivered");
		assertAccessible();
		signOut();
	}
}
