package org.corporateparenting.platform.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import org.corporateparenting.platform.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A Southwark officer reviews the council's pledges: starts a review, rewords a pledge of the draft edition, and
 * brings it into force, replacing the edition before, which stays on record.
 */
class PledgeReviewBrowserTest extends BrowserTestSupport {

	@Test
	void anOfficerReviewsThePledgesIntoANewEdition() {
		open("/oauth2/authorization/cpp");
		signInAs("southwark-officer");
		open("/councils/southwark/pledges");
		navigate(By.partialLinkText("edition 1, in force"));
		assertAccessible();

		navigate(By.xpath("//button[text()='Start a review']"));
		assertThat(browser.findElement(By.className("govuk-notification-banner")).getText()).contains("Edition 2 is a draft");
		assertAccessible();

		var first = browser.findElement(By.cssSelector("textarea[name='text']"));
		first.clear();
		navigate(By.xpath("(//button[starts-with(text(), 'Save pledge')])[1]"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Enter the pledge in the young people's words");
		assertAccessible();

		browser.findElement(By.cssSelector("textarea[name='text']")).clear();
		browser.findElement(By.cssSelector("textarea[name='text']"))
			.sendKeys("We will help your family stay together safely, and listen to what you want");
		navigate(By.xpath("(//button[starts-with(text(), 'Save pledge')])[1]"));
		assertThat(browser.findElement(By.tagName("main")).getText())
			.contains("We will help your family stay together safely, and listen to what you want");

		setDate("inForceFrom", "2026-04-01");
		navigate(By.xpath("//button[text()='Bring these pledges into force']"));
		assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
			.contains("The pledges are in force");
		navigate(By.partialLinkText("the previous edition"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Replaced");
		signOut();
	}

	@Test
	void anOfficerRecordsThatAWorkStreamWasMergedWithEveryProblemShownFirst() {
		open("/oauth2/authorization/cpp");
		signInAs("walsall-officer");
		open("/councils/walsall/pledges");
		navigate(By.linkText("Good health and wellbeing"));
		browser.findElement(By.xpath("//span[text()='Change its lead, or record that it was dissolved or merged']"))
			.click();
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("status"))).selectByValue("MERGED");
		navigate(By.xpath("//button[text()='Save']"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Enter the date it was dissolved or merged", "Give the reason", "Enter the body it was merged into");
		assertAccessible();

		// Shown again open, with MERGED still chosen.
		setDate("statusDate", "2024-03-31");
		browser.findElement(By.id("statusReason")).sendKeys("Health work now led by the Health and Wellbeing Board");
		browser.findElement(By.id("mergedInto")).sendKeys("Health and Wellbeing Board");
		navigate(By.xpath("//button[text()='Save']"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Merged into Health and Wellbeing Board",
				"31 March 2024");
		signOut();
	}

	@Test
	void anOfficerStartsANewPledgeSetAndWritesItsFirstPledge() {
		open("/oauth2/authorization/cpp");
		signInAs("wirral-officer");
		open("/councils/wirral/pledges");
		browser.findElement(By.xpath("//span[text()='Start a new pledge set']")).click();
		navigate(By.xpath("//button[text()='Start the pledge set']"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Enter the pledge set's title", "Choose who the pledges are made to");
		assertAccessible();

		browser.findElement(By.id("title")).sendKeys("Our Promises to Care Leavers 2026");
		browser.findElement(By.id("audience-2")).click();
		navigate(By.xpath("//button[text()='Start the pledge set']"));
		browser.findElement(By.id("themeTitle")).sendKeys("Your Home");
		navigate(By.xpath("//button[text()='Add theme']"));
		browser.findElement(By.xpath("//span[text()='Add a pledge under Your Home']")).click();
		browser.findElement(By.cssSelector("input[name='number']")).sendKeys("1");
		browser.findElement(By.cssSelector("textarea[id^='new-text-']")).sendKeys("We will help you find a home you feel safe in");
		navigate(By.xpath("//button[text()='Add pledge']"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Your Home",
				"We will help you find a home you feel safe in");
		assertAccessible();
		signOut();
	}

	/** Date inputs take keys in the browser's own date order; setting the value is the same for every locale. */
	private void setDate(String id, String isoDate) {
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(By.id(id)), isoDate);
	}
}
