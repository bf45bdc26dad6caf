package org.corporateparenting.platform.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.corporateparenting.platform.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The peer network's analyst compares the three councils' published figures and sees the one small number as
 * {@code c}; a Walsall officer opens the dashboard, enters a quarter's figures and generates the board pack's PDF,
 * watching its progress. Every page passes axe-core.
 */
class ReportingJourneyBrowserTest extends BrowserTestSupport {

	@Test
	void theAnalystComparesTheThreeCouncilsWithOneSuppressedCell() {
		open("/oauth2/authorization/cpp");
		signInAs("corporate-parenting-peer-network-analyst");
		open("/");
		navigate(By.partialLinkText("corporate-parenting-peer-network"));
		new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> {
			driver.navigate().refresh();
			return driver.findElements(By.cssSelector("section td.cpp-suppressed")).size() == 1;
		});
		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains("Walsall", "Wirral", "Southwark", "Partnership average", "England",
				"Delivery progress by theme");
		List<WebElement> suppressed = browser.findElements(By.cssSelector("section td.cpp-suppressed"));
		assertThat(suppressed).hasSize(1);
		assertThat(suppressed.get(0).getText()).isEqualTo("c");
		assertAccessible();
		screenshot("partnership-comparison");
		navigate(By.partialLinkText("Care leavers staying put"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Care leavers staying put");
		assertAccessible();
		open("/councils/walsall/dashboard");
		assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Safety and Permanency");
	}

	@Test
	void anOfficerEntersFiguresAndGeneratesTheQuartersBoardPack() {
		open("/oauth2/authorization/cpp");
		signInAs("walsall-officer");
		open("/councils/walsall");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Dashboard");
		assertAccessible();
		open("/councils/walsall/dashboard");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Safety and Permanency");
		assertAccessible();
		screenshot("council-dashboard");
		open("/councils/walsall/indicators");
		assertAccessible();
		navigate(By.partialLinkText("Personal Education Plans completed in timescale"));
		assertThat(browser.findElement(By.cssSelector("svg.cpp-chart"))).isNotNull();
		assertAccessible();
		browser.findElement(By.id("period")).sendKeys("2016-17");
		browser.findElement(By.id("value")).sendKeys("150");
		navigate(By.xpath("//button[contains(text(), 'Record')]"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("0 to 100");
		assertAccessible();
		browser.findElement(By.id("value")).clear();
		browser.findElement(By.id("value")).sendKeys("64");
		navigate(By.xpath("//button[contains(text(), 'Record')]"));
		assertThat(browser.findElement(By.className("govuk-notification-banner")).getText()).contains("2016-17");
		screenshot("indicator");

		open("/councils/walsall/board-packs");
		assertAccessible();
		navigate(By.xpath("//button[contains(text(), 'Start the board pack')]"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("date");
		((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-12-14'",
				browser.findElement(By.id("meetingDate")));
		navigate(By.xpath("//button[contains(text(), 'Start the board pack')]"));
		assertAccessible();
		browser.findElement(By.id("executiveSummary")).sendKeys("Progress against the five priorities this quarter.");
		navigate(By.xpath("//button[contains(text(), 'Save the draft')]"));
		navigate(By.xpath("//button[contains(text(), 'Generate the PDF')]"));
		new WebDriverWait(browser, Duration.ofSeconds(60))
			.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText("Download the PDF")));
		assertAccessible();
		screenshot("board-pack");
		navigate(By.partialLinkText("Preview the report"));
		String report = browser.findElement(By.tagName("body")).getText();
		assertThat(report).contains("Executive summary", "Progress against the five priorities this quarter.",
				"Progress by priority", "Appendix");
		assertAccessible();
	}
}
