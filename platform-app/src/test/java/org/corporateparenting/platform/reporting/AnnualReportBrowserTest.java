package org.corporateparenting.platform.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.corporateparenting.platform.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An officer reaches the board's annual reports from the board packs, starts Wirral's report for a year (the form's
 * problem shown first), writes the chair's foreword, reads the report and finalises it. Every page passes axe-core,
 * and the pages and the report itself fit a 320 px phone.
 */
class AnnualReportBrowserTest extends BrowserTestSupport {

	@Test
	void anOfficerWritesReadsAndFinalisesTheBoardsAnnualReport() {
		open("/oauth2/authorization/cpp");
		signInAs("wirral-officer");
		open("/councils/wirral/board-packs");
		navigate(By.linkText("annual report"));
		assertThat(browser.findElement(By.className("govuk-breadcrumbs")).getText()).contains("Home", "Board packs");
		assertAccessible();

		field("year").clear();
		navigate(By.xpath("//button[text()='Start the annual report']"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Enter the reporting year it covers");
		assertAccessible();
		field("year").sendKeys("2025-26");
		field("title").clear();
		field("title").sendKeys("Corporate Parenting Board annual report 2025-26");
		navigate(By.xpath("//button[text()='Start the annual report']"));
		assertThat(main()).contains("The annual report has been started", "2025-26 (April 2025 to March 2026)");
		assertThat(browser.findElement(By.className("govuk-breadcrumbs")).getText()).contains("Board packs",
				"Annual reports");
		assertAccessible();
		assertNoSidewaysScrollingAt320();

		field("chairsForeword").sendKeys("As chair of the board, I thank the young people who came to our meetings.");
		navigate(By.xpath("//button[text()='Save the report']"));
		assertThat(main()).contains("The report has been saved");

		navigate(By.linkText("Read the report"));
		String report = browser.findElement(By.tagName("main")).getText();
		assertThat(report).contains("Chair's foreword", "I thank the young people", "The board's meetings",
				"The strategy's progress", "Pledges", "What young people told us, and what changed", "Indicators",
				"The local offer for care leavers")
			.doesNotContain("Achievements", "None");
		assertAccessible();
		assertNoSidewaysScrollingAt320();
		screenshot("annual-report");

		navigate(By.linkText("Back to the annual report"));
		navigate(By.xpath("//button[text()='Finalise the report']"));
		assertThat(main()).contains("The report has been finalised", "I thank the young people");
		assertThat(browser.findElements(By.name("chairsForeword"))).as("a finalised report is not edited").isEmpty();
		assertThat(browser.findElements(By.xpath("//button[text()='Start a new version']"))).hasSize(1);
		assertAccessible();
	}

	private static WebElement field(String name) {
		return browser.findElement(By.name(name));
	}

	private static String main() {
		return browser.findElement(By.tagName("main")).getText();
	}
}
