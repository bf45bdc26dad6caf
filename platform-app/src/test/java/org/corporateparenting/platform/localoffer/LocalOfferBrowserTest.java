package org.corporateparenting.platform.localoffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.corporateparenting.platform.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An officer finishes Southwark's draft local offer (a section, every field's problem shown first, a review date)
 * and publishes it; care leavers read it without signing in, on a phone too. Every page passes axe-core.
 */
class LocalOfferBrowserTest extends BrowserTestSupport {

	@Test
	void anOfficerPublishesTheOfferAndCareLeaversReadIt() {
		open("/oauth2/authorization/cpp");
		signInAs("southwark-officer");
		open("/councils/southwark/local-offers");
		assertAccessible();
		navigate(By.partialLinkText("Southwark's Local Offer for Care Leavers"));
		assertThat(main()).contains("Not yet covered", "A personal adviser up to 25");
		assertAccessible();

		navigate(By.linkText("Add a section"));
		assertAccessible();
		navigate(By.xpath("//button[text()='Add the section']"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Choose the area of the offer", "Enter the section's title", "Say what care leavers can get",
					"Choose whether it is a right in law or extra help");
		assertAccessible();
		new Select(field("area")).selectByValue("ACCOMMODATION");
		field("title").sendKeys("Council tax");
		field("whatYouCanGet").sendKeys("You pay no council tax on your own home until you are 25.");
		field("whoIsEligible").sendKeys("Care leavers living in Southwark.");
		field("howToAsk").sendKeys("Ask your personal adviser.");
		new Select(field("entitlement")).selectByValue("DISCRETIONARY");
		navigate(By.xpath("//button[text()='Add the section']"));
		assertThat(main()).contains("The section has been added", "You pay no council tax on your own home");

		navigate(By.xpath("//button[text()='Publish this offer']"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Set a review date after today before publishing");
		assertAccessible();
		// The review date is set with the offer's details (the form that saves the offer).
		WebElement reviewDue = browser
			.findElement(By.xpath("//form[.//button[text()='Save the offer']]//input[@name='reviewDue']"));
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", reviewDue,
				LocalDate.now().plusYears(1).toString());
		navigate(By.xpath("//button[text()='Save the offer']"));
		navigate(By.xpath("//button[text()='Publish this offer']"));
		assertThat(main()).contains("The local offer is published", "This offer was published with no consultation");
		assertAccessible();
		signOut();

		open("/young-people/southwark/local-offer");
		assertThat(main()).contains("Southwark's Local Offer for Care Leavers", "A place to live",
				"You pay no council tax on your own home until you are 25.", "illustrative");
		assertAccessible();
		assertNoSidewaysScrollingAt320();
		screenshot("local-offer-public");
	}

	private static WebElement field(String name) {
		return browser.findElement(By.name(name));
	}

	private static String main() {
		return browser.findElement(By.tagName("main")).getText();
	}
}
