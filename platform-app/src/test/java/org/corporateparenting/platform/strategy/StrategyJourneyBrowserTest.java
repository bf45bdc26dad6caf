package org.corporateparenting.platform.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;

import org.corporateparenting.platform.BrowserTestSupport;
import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.web.Spreadsheets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;

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
	void anOfficerUploadsTheDownloadedPlanWithProgressAndRecordsItAfterThePreview() throws Exception {
		PlatformApi api = new PlatformApi(port);
		String token = api.token("southwark-officer");
		JsonNode strategies = api.get("/api/councils/southwark/strategies", token).json().get("content");
		long strategy = strategies.get(0).get("id").asLong();
		long plan = api.get("/api/councils/southwark/strategies/" + strategy + "/action-plans", token).json().get(0)
			.get("id").asLong();
		var rows = Spreadsheets.read("plan.csv", new ByteArrayInputStream(
				api.download("/api/councils/southwark/action-plans/" + plan + "/export.csv", token)));
		var first = new LinkedHashMap<>(rows.getFirst().values());
		first.put("Progress narrative", "Young people's version drafted with the Children in Care Council");
		first.put("Status", "On track");
		first.put("Percent complete", "50");
		Path file = Files.createTempFile("southwark-progress", ".csv");
		Files.write(file, Spreadsheets.csv(List.copyOf(first.keySet()), List.of(List.copyOf(first.values()))));

		open("/oauth2/authorization/cpp");
		signInAs("southwark-officer");
		open("/councils/southwark/action-plans/" + plan);
		browser.findElement(By.className("govuk-details__summary")).click();
		browser.findElement(By.id("file")).sendKeys(file.toString());
		navigate(By.xpath("//button[text()='Check the file']"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Check progress updates");
		assertThat(browser.findElement(By.tagName("main")).getText())
			.contains("Young people's version drafted with the Children in Care Council");
		assertAccessible();

		navigate(By.xpath("//button[text()='Record 1 progress updates']"));
		assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
			.contains("1 progress updates have been recorded");
		signOut();
	}

	@Test
	void anOfficerRollsTheYearOverAndTheUnfinishedActionsAreCarriedForward() {
		open("/oauth2/authorization/cpp");
		signInAs("wirral-officer");
		open("/councils/wirral/strategy");
		navigate(By.partialLinkText("2022/23 action plan"));
		int unfinished = browser.findElements(By.xpath("//tbody/tr[not(contains(., 'Complete'))]")).size();

		navigate(By.xpath("//button[text()='Roll over into 2023/24']"));
		assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
			.contains("rolled over into 2023/24");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("2023/24 action plan");
		assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(unfinished);
		assertAccessible();

		navigate(By.cssSelector("table.govuk-table tbody tr:first-child a"));
		navigate(By.partialLinkText("From the previous year's action"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Carried forward");
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
