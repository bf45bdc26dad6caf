package org.corporateparenting.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's journey in headless Chromium: sign in through the local identity provider as a Walsall officer and
 * land on Walsall's home page, with the council's sections in the service navigation; sign in as the platform admin and suspend, then reactivate, a council. Every page on
 * the way is checked with axe for WCAG 2.2 AA violations.
 */
class SignInJourneyBrowserTest extends BrowserTestSupport {

	@Test
	void aWalsallOfficerSignsInAndSeesWalsallsHomePage() {
		open("/");
		assertAccessible();
		navigate(By.linkText("Sign in"));

		signInAs("walsall-officer");
		// Straight to the council's home page, with its sections in the service navigation.
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Walsall Council");
		assertThat(browser.findElements(By.cssSelector(".govuk-service-navigation__list a"))
			.stream()
			.map(link -> link.getText().trim())
			.toList()).containsExactly("Home", "Strategy", "Pledges", "Alliance", "Consultations", "Local offer",
					"Indicators", "Inspection", "Board packs");
		assertThat(browser.findElement(By.cssSelector(".govuk-service-navigation__item--active")).getText()).isEqualTo("Home");
		navigate(By.linkText("Strategy"));
		assertThat(browser.findElement(By.className("govuk-breadcrumbs")).getText()).isEqualTo("Home");
		navigate(By.partialLinkText("2023/24 action plan"));
		assertThat(browser.findElement(By.className("govuk-breadcrumbs")).getText()).isEqualTo("Home\nStrategy\nCorporate Parenting Strategy 2022-2025");
		assertThat(browser.findElement(By.cssSelector(".govuk-service-navigation__item--active")).getText())
			.isEqualTo("Strategy");
		navigate(By.linkText("Home"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Walsall Council");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("E08000030", "West Midlands",
				"Corporate Parenting Peer Network");
		assertAccessible();

		open("/councils/wirral");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		assertAccessible();

		// Signing in again while signed in goes straight through.
		open("/oauth2/authorization/cpp");
		assertThat(browser.findElement(By.partialLinkText("Walsall Council")).isDisplayed()).isTrue();
		signOut();
	}

	@Test
	void thePlatformAdminSuspendsAndReactivatesACouncil() {
		open("/oauth2/authorization/cpp");
		signInAs("platform-admin");
		// A platform admin lands on the councils, the first of the administration's sections.
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Councils");
		assertThat(browser.findElement(By.className("govuk-service-navigation")).getText())
			.contains("Platform administration", "Councils", "Partnerships", "Indicators")
			.doesNotContain("Pledges");
		assertAccessible();

		navigate(By.linkText("Southwark Council"));
		navigate(By.xpath("//button[text()='Suspend this council']"));
		assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
			.contains("Southwark Council is suspended");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Suspended");
		assertAccessible();

		navigate(By.xpath("//button[text()='Reactivate this council']"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.className("govuk-notification-banner"), "Southwark Council is active again"));

		open("/councils/walsall");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		signOut();
	}

	@Test
	void thePlatformAdminCreatesAPartnershipAndChangesItsMembers() {
		open("/oauth2/authorization/cpp");
		signInAs("platform-admin");
		navigate(By.linkText("Partnerships"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("West Midlands Regional Care Co-operative");
		assertAccessible();

		navigate(By.xpath("//button[text()='Add partnership']"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Error:"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("Enter a slug",
				"Enter the partnership's name", "Choose whether it is a regional partnership or a peer network");
		assertAccessible();

		browser.findElement(By.id("name")).sendKeys("Metropolitan Boroughs Network");
		browser.findElement(By.id("slug")).sendKeys("metropolitan-boroughs");
		browser.findElement(By.id("kind-1")).click();
		navigate(By.xpath("//button[text()='Add partnership']"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Metropolitan Boroughs Network");

		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("council"))).selectByVisibleText("Wirral Council");
		navigate(By.xpath("//button[text()='Add council']"));
		assertThat(browser.findElement(By.tagName("table")).getText()).contains("Wirral Council");
		assertAccessible();
		navigate(By.xpath("//button[starts-with(normalize-space(.), 'Remove')]"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("No councils belong to this partnership yet");
		signOut();
	}

	@Test
	void onboardingFormShowsEveryProblemAccessibly() {
		open("/oauth2/authorization/cpp");
		signInAs("platform-admin");
		open("/admin/councils/new");
		browser.findElement(By.id("slug")).sendKeys("Not A Slug");
		browser.findElement(By.id("onsCode")).sendKeys("X");
		navigate(By.xpath("//button[text()='Onboard council']"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Error:"));

		String summary = browser.findElement(By.className("govuk-error-summary")).getText();
		assertThat(summary).contains("There is a problem", "Slug must be", "Enter the region", "Enter the council's name",
				"ONS code must be");
		assertThat(browser.getTitle()).startsWith("Error:");
		assertAccessible();

		// A council that is already on the platform: the clash is shown beside the ONS code.
		browser.findElement(By.id("name")).sendKeys("Walsall Council again");
		browser.findElement(By.id("slug")).clear();
		browser.findElement(By.id("slug")).sendKeys("walsall-again");
		browser.findElement(By.id("onsCode")).clear();
		browser.findElement(By.id("onsCode")).sendKeys("E08000030");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("region"))).selectByVisibleText("West Midlands");
		navigate(By.xpath("//button[text()='Onboard council']"));
		assertThat(browser.findElement(By.id("onsCode-error")).getText()).contains("E08000030");
		signOut();
	}

}
