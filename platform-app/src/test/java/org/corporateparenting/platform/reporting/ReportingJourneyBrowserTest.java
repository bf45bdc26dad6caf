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
 * watching its progress. Every chart is an image with a title and a description, in a focusable region, followed by
 * the table of its figures. Every page passes axe-core.
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
		assertThat(chartsWithTheirTables()).as("a chart for each indicator compared")
			.hasSize(browser.findElements(By.cssSelector("section h3")).size());
		assertThat(browser.findElement(By.cssSelector("section svg.cpp-chart desc")).getAttribute("textContent"))
			.contains("Partnership average", "England");
		assertAccessible();
		screenshot("partnership-comparison");
		navigate(By.partialLinkText("Care leavers staying put"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Care leavers staying put");
		assertThat(chartsWithTheirTables()).singleElement()
			.satisfies(chart -> assertThat(chart.findElement(By.tagName("desc")).getAttribute("textContent"))
				.contains("Walsall Council", "partnership average", "England"));
		assertAccessible();
		screenshot("partnership-indicator");
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
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Safety and Permanency",
				"rated green or are complete");
		assertThat(chartsWithTheirTables()).singleElement()
			.satisfies(chart -> assertThat(chart.findElement(By.tagName("desc")).getAttribute("textContent"))
				.contains("Priority 1, Safety and Permanency:"));
		assertThat(browser.findElements(By.cssSelector("table svg.cpp-sparkline title"))).as("indicators' sparklines")
			.isNotEmpty();
		assertAccessible();
		screenshot("council-dashboard");
		open("/councils/walsall/indicators");
		assertAccessible();
		navigate(By.partialLinkText("Personal Education Plans completed in timescale"));
		WebElement trend = chartsWithTheirTables().getFirst();
		List<String> labels = trend.findElements(By.tagName("text"))
			.stream()
			.map(label -> label.getAttribute("textContent"))
			.toList();
		List<String> periods = browser.findElements(By.cssSelector("table tbody th[scope=row] > span"))
			.stream()
			.map(WebElement::getText)
			.filter(period -> period.contains("Q") == labels.stream().anyMatch(label -> label.contains("Q")))
			.toList();
		assertThat(periods).isNotEmpty();
		assertThat(labels).as("every period of the kind drawn is labelled").containsAll(periods);
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
		// The list's "Download the PDF" link carries words only a screen reader reads, absolutely placed: they must
		// stay inside the table's scrolling region, not widen a phone's page.
		open("/councils/walsall/board-packs");
		assertThat(browser.findElements(By.partialLinkText("Download"))).isNotEmpty();
		assertNoSidewaysScrollingAt320();
		browser.navigate().back();
		navigate(By.partialLinkText("Preview the report"));
		String report = browser.findElement(By.tagName("body")).getText();
		assertThat(report).contains("Executive summary", "Progress against the five priorities this quarter.",
				"Progress by priority", "Appendix");
		assertAccessible();
	}

	/**
	 * The page's charts, each checked to be an image with a title and a description, in a focusable region, with a
	 * table of its figures after it.
	 */
	private List<WebElement> chartsWithTheirTables() {
		List<WebElement> charts = browser.findElements(By.cssSelector(".cpp-chart-region > svg.cpp-chart"));
		for (WebElement chart : charts) {
			assertThat(chart.getAttribute("role")).isEqualTo("img");
			assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent")).isNotBlank();
			assertThat(chart.findElement(By.tagName("desc")).getAttribute("textContent")).isNotBlank();
			WebElement region = chart.findElement(By.xpath(".."));
			assertThat(region.getAttribute("tabindex")).isEqualTo("0");
			assertThat(region.findElements(By.xpath("following-sibling::*[1][self::table or .//table]")))
				.as("the table of the chart's figures follows it")
				.hasSize(1);
		}
		return charts;
	}
}
