package org.corporateparenting.platform.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.corporateparenting.platform.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Walsall officer finds the 2022-25 strategy as the council wrote it, finds an overdue action from the home
 * page, records progress through the form and sees it on the action's timeline.
 */
class StrategyJourneyBrowserTest extends BrowserTestSupport {

	@Test
	void aWalsallOfficerRecordsProgressOnAnOverdueAction() {
		open("/oauth2/authorization/cpp");
		signInAs("walsall-officer");
		navigate(By.partialLinkText("Walsall Council"));
		assertThat(browser.findElement(By.id("strategy-panel-title")).getText()).isEqualTo("Strategy");
		assertAccessible();

		navigate(By.partialLinkText("Corporate Parenting Strategy 2022"));
		screenshot("strategy-overview");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Safety and Permanency",
				"Education and Employment", "2022/23 action plan", "2023/24 action plan");
		assertAccessible();

		navigate(By.partialLinkText("2023/24 action plan"));
		browser.findElement(By.id("overdue")).click();
		navigate(By.xpath("//button[text()='Filter actions']"));
		assertThat(browser.findElements(By.xpath("//strong[text()='Overdue']"))).isNotEmpty();
		screenshot("action-plan-overdue");
		assertAccessible();

		navigate(By.cssSelector("table.govuk-table tbody tr:first-child a"));
		String title = browser.findElement(By.tagName("h1")).getText();
		assertAccessible();

		navigate(By.xpath("//button[text()='Record progress']"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Describe the progress made");
		assertAccessible();

		browser.findElement(By.id("narrative")).sendKeys("Placement sufficiency review agreed at the steering group");
		browser.findElement(By.id("percentComplete")).clear();
		browser.findElement(By.id("percentComplete")).sendKeys("60");
		navigate(By.xpath("//button[text()='Record progress']"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.tagName("main"), "Your progress update has been recorded"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(browser.findElement(By.tagName("main")).getText())
			.contains("Placement sufficiency review agreed at the steering group", "60% complete, by walsall-officer");
		screenshot("action-with-timeline");
		assertAccessible();

		navigate(By.partialLinkText("2023/24 action plan"));
		navigate(By.partialLinkText("Corporate Parenting Strategy 2022"));
		navigate(By.partialLinkText("Read the strategy for children and young people"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Corporate Parenting Strategy");
		assertAccessible();
		signOut();
	}

	@Test
	void aViewerSeesTheActionButNoProgressForm() {
		open("/oauth2/authorization/cpp");
		signInAs("walsall-viewer");
		open("/councils/walsall/strategy");
		navigate(By.partialLinkText("2022/23 action plan"));
		navigate(By.cssSelector("table.govuk-table tbody tr:first-child a"));

		assertThat(browser.findElements(By.id("narrative"))).isEmpty();
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Progress", "History");
		signOut();
	}
}
