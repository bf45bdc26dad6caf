package org.corporateparenting.platform.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.corporateparenting.platform.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Walsall officer compares the council with its illustrative statistical neighbours, and a platform admin tries
 * to load a broken neighbour table: every page, and the page with its problems, passes axe-core.
 */
class BenchmarkingBrowserTest extends BrowserTestSupport {

	@Test
	void anOfficerComparesWalsallWithItsNeighbours() {
		open("/oauth2/authorization/cpp");
		signInAs("walsall-officer");
		open("/councils/walsall/dashboard");
		navigate(By.partialLinkText("Compare with statistical neighbours"));
		new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> {
			driver.navigate().refresh();
			return !driver.findElements(By.cssSelector("main section table")).isEmpty();
		});
		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains("illustrative", "Wirral", "Southwark", "(not on the platform)", "Rank", "Quartile",
				"What the symbols mean");
		assertAccessible();
		assertNoSidewaysScrollingAt320();
	}

	@Test
	void anAdminSeesEveryProblemOfABrokenNeighbourTable() {
		open("/oauth2/authorization/cpp");
		signInAs("platform-admin");
		open("/admin/statistical-neighbours");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Illustrative");
		assertAccessible();
		navigate(By.xpath("//button[contains(text(), 'Load the table')]"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Choose the statistical neighbour table");
		assertAccessible();
	}
}
