package org.corporateparenting.platform.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.corporateparenting.platform.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An officer reads Walsall's partners' offers by area on the alliance's page and the dashboard, adds an offer with its
 * take-up (every problem shown first), logs a piece of joint work and records a partner's duties under the 2026 Act.
 * Every page passes axe-core and reflows at 320 px.
 */
class PartnerOffersBrowserTest extends BrowserTestSupport {

	@Test
	void anOfficerRecordsAnOfferJointWorkAndAPartnersDuties() {
		open("/oauth2/authorization/cpp");
		signInAs("walsall-officer");
		open("/councils/walsall/dashboard");
		assertThat(main()).contains("Partners' offers to care leavers", "Mental and physical health");
		assertAccessible();

		open("/councils/walsall/alliance");
		assertThat(main()).contains("Partners' offers", "Education, training and employment");
		navigate(By.linkText("Partners' offers to care leavers"));
		assertThat(main()).contains("Council apprenticeships for care leavers", "12 in 2025-26 Q3");
		assertAccessible();
		assertNoSidewaysScrollingAt320();

		browser.findElement(By.xpath("//summary[.//span[text()='Add an offer']]")).click();
		field("takeUp").sendKeys("2025-26 Q1: 2\n2025-26 Q1: 3");
		navigate(By.xpath("//button[text()='Add the offer']"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Choose the organisation", "Choose the area of the offer", "Enter a short title for the offer",
					"Say what is offered", "Choose the offer's status", "2025-26 Q1 is given twice");
		assertAccessible();
		new Select(field("organisationId")).selectByVisibleText("Walsall Housing Group (whg)");
		new Select(field("area")).selectByValue("FINANCE");
		field("title").clear();
		field("title").sendKeys("Setting-up home grant top-up");
		field("whatIsOffered").sendKeys("A top-up to the setting-up home allowance for white goods.");
		new Select(field("status")).selectByValue("OPEN");
		field("takeUp").clear();
		field("takeUp").sendKeys("2025-26 Q1: 2\n2025-26 Q2: 3");
		navigate(By.xpath("//button[text()='Add the offer']"));
		assertThat(main()).contains("Setting-up home grant top-up has been added", "2025-26 Q2", "Take-up by quarter");
		assertAccessible();
		assertNoSidewaysScrollingAt320();

		open("/councils/walsall/alliance/collaboration");
		assertThat(main()).contains("Collaboration log", "health passports");
		assertAccessible();
		assertNoSidewaysScrollingAt320();
		browser.findElement(By.xpath("//summary[.//span[text()='Add to the log']]")).click();
		navigate(By.xpath("//button[text()='Add to the log']"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Choose what kind of collaboration it was", "Choose the organisations involved",
					"Summarise what was shared or done");
		assertAccessible();
		WebElement date = field("date");
		((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-03-02'", date);
		new Select(field("kind")).selectByValue("JOINT_WORK");
		browser.findElement(By.xpath("//label[text()='West Midlands Police']")).click();
		browser.findElement(By.xpath("//label[text()='Walsall Housing Group (whg)']")).click();
		field("summary").sendKeys("Joint visit to a care leaver whose tenancy was at risk");
		navigate(By.xpath("//button[text()='Add to the log']"));
		assertThat(main()).contains("The entry has been added to the log", "Joint visit to a care leaver");

		open("/councils/walsall/alliance/organisations");
		navigate(By.linkText("West Midlands Police"));
		assertThat(main()).contains("Not recorded as a relevant corporate parent");
		browser.findElement(By.xpath("//summary[.//span[text()='Change its corporate parenting duties']]")).click();
		browser.findElement(By.xpath("//label[@for='corporateParent']")).click();
		navigate(By.xpath("//button[text()='Save its duties']"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Choose the duties that apply to a relevant corporate parent");
		assertAccessible();
		browser.findElement(By.xpath("//label[text()='Share information']")).click();
		browser.findElement(By.xpath("//label[text()='Coordinate services']")).click();
		navigate(By.xpath("//button[text()='Save its duties']"));
		assertThat(main()).contains("A relevant corporate parent", "Share information", "Coordinate services");
		assertAccessible();
		assertNoSidewaysScrollingAt320();
	}

	private static WebElement field(String name) {
		return browser.findElement(By.name(name));
	}

	private static String main() {
		return browser.findElement(By.tagName("main")).getText();
	}
}
