package org.corporateparenting.platform.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corporateparenting.platform.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Walsall's governance as an officer and a partner use it: the alliance's terms of reference and its unconfirmed
 * seats, a meeting recorded with apologies and a decision, an action allocated to the housing partner, the
 * board's cadence; then the housing partner sees only their organisation's actions and records an update. An
 * officer confirms a tentative seat's holder; the partner reports on their own organisation's pledge.
 */
class AllianceJourneyBrowserTest extends BrowserTestSupport {

	static final String ACTION = "Bring the care leavers' tenancy sustainment offer to the next meeting";

	@Test
	void anOfficerRecordsAMeetingAndAllocatesAnActionThenThePartnerUpdatesIt() {
		open("/oauth2/authorization/cpp");
		signInAs("walsall-officer");
		open("/councils/walsall");
		assertThat(main()).contains("Governance and the alliance", "Review overdue");
		open("/councils/walsall/alliance");
		assertAccessible();
		navigate(By.xpath("//a[text()='Children in Care and Care Leavers Alliance' and not(contains(@href,'terms'))]"));
		assertThat(main()).contains("Review overdue", "To be confirmed", "Vacant", "Walsall Works");
		assertAccessible();
		screenshot("alliance-body");

		navigate(By.linkText("Terms of reference"));
		assertThat(main()).contains("Strategic Steering Group", "three times per year");
		assertAccessible();
		browser.navigate().back();

		browser.findElement(By.xpath("//span[text()='Schedule a meeting']")).click();
		setDate("date", "2026-11-18");
		browser.findElement(By.id("theme")).sendKeys("A safe and stable home");
		browser.findElement(By.id("agenda")).sendKeys("Actions from the last meeting\nHousing pathway for care leavers");
		navigate(By.xpath("//button[text()='Schedule the meeting']"));
		assertThat(browser.findElement(By.className("govuk-notification-banner")).getText()).contains("has been added");
		assertAccessible();

		WebElement housingSeat = browser.findElement(By.xpath("//select[starts-with(@id,'status-')]"
				+ "[ancestor::tr//*[contains(text(),'Walsall Housing Group')]]"));
		new Select(housingSeat).selectByValue("APOLOGIES");
		new Select(browser.findElements(By.xpath("//select[starts-with(@id,'status-')]")).getFirst())
			.selectByValue("PRESENT");
		browser.findElement(By.id("youngPeoplePresent")).sendKeys("-2");
		navigate(By.xpath("//button[text()='Record as held']"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("must be 0 or more");
		assertAccessible();
		browser.findElement(By.id("youngPeoplePresent")).clear();
		browser.findElement(By.id("youngPeoplePresent")).sendKeys("2");
		navigate(By.xpath("//button[text()='Record as held']"));
		assertThat(main()).contains("Apologies", "Present");

		browser.findElement(By.xpath("//span[text()='Record a decision']")).click();
		new Select(browser.findElement(By.id("type"))).selectByValue("AGREE");
		browser.findElement(By.id("wording")).sendKeys("The alliance agreed a joint housing protocol for care leavers");
		navigate(By.xpath("//button[text()='Record the decision']"));
		assertThat(main()).contains("The alliance agreed a joint housing protocol for care leavers");

		browser.findElement(By.xpath("//span[text()='Allocate an action']")).click();
		browser.findElement(By.id("title")).sendKeys(ACTION);
		new Select(browser.findElement(By.id("organisationId"))).selectByVisibleText("Walsall Housing Group (whg)");
		navigate(By.xpath("//button[text()='Allocate the action']"));
		assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
			.contains("Walsall Housing Group");
		assertAccessible();
		screenshot("alliance-meeting");

		open("/councils/walsall/alliance");
		navigate(By.xpath("//a[text()='Corporate Parenting Board' and not(contains(@href,'terms'))]"));
		assertThat(main()).contains("Meetings with young people present");
		signOut();

		open("/oauth2/authorization/cpp");
		signInAs("walsall-partner");
		open("/councils/walsall/alliance/actions");
		assertThat(main()).contains("Showing the actions of Walsall Housing Group (whg) only", ACTION);
		List<String> holders = browser.findElements(By.xpath("//table//tbody/tr/td[3]"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(holders).isNotEmpty().allSatisfy(holder -> assertThat(holder).contains("Walsall Housing Group"));
		assertAccessible();

		navigate(By.linkText(ACTION));
		setDate("date", "2026-11-20");
		new Select(browser.findElement(By.id("status"))).selectByValue("IN_PROGRESS");
		browser.findElement(By.id("text")).sendKeys("Offer drafted with the leaving care team");
		navigate(By.xpath("//button[text()='Record the update']"));
		assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
			.contains("Your update has been recorded");
		assertThat(main()).contains("Offer drafted with the leaving care team", "walsall-partner");
		assertAccessible();
		signOut();
	}

	@Test
	void anOfficerConfirmsASeatAndThePartnerReportsOnTheirPledge() {
		open("/oauth2/authorization/cpp");
		signInAs("walsall-officer");
		open("/councils/walsall/alliance/organisations");
		assertAccessible();
		navigate(By.linkText("Walsall Housing Group (whg)"));
		assertThat(main()).contains("Housing", "Children in Care and Care Leavers Alliance");
		assertAccessible();
		browser.findElement(By.xpath("//span[text()='Change the organisation']")).click();
		browser.findElement(By.id("contacts")).sendKeys("\nLeaving care housing lead; not-an-email");
		navigate(By.xpath("//button[text()='Save the organisation']"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("must be an email address");
		assertAccessible();
		browser.findElement(By.id("contacts")).clear();
		browser.findElement(By.id("contacts")).sendKeys("Leaving care housing lead; leavingcare@example.org; 01922 000000");
		navigate(By.xpath("//button[text()='Save the organisation']"));
		assertThat(main()).contains("leavingcare@example.org", "01922 000000");

		open("/councils/walsall/alliance");
		navigate(By.xpath("//a[text()='Children in Care and Care Leavers Alliance' and not(contains(@href,'terms'))]"));
		navigate(By.xpath("(//a[starts-with(normalize-space(.), 'Change')][ancestor::div[contains(@class,'govuk-summary-list__row')]"
				+ "[.//*[contains(text(),'Lead from Leisure and Commercial Services')]]])[1]"));
		assertAccessible();
		new Select(browser.findElement(By.id("holderStatus"))).selectByValue("CONFIRMED");
		browser.findElement(By.id("holder")).clear();
		navigate(By.xpath("//button[starts-with(text(), 'Save')]"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Enter the holder's role title for a confirmed seat");
		assertAccessible();
		browser.findElement(By.id("holder")).sendKeys("Head of Leisure and Commercial Services");
		navigate(By.xpath("//button[starts-with(text(), 'Save')]"));
		assertThat(browser.findElement(By.className("govuk-notification-banner")).getText()).contains("has been saved");
		assertThat(main()).contains("Head of Leisure and Commercial Services", "of which 3 to be confirmed and 1 vacant");
		signOut();

		open("/oauth2/authorization/cpp");
		signInAs("walsall-partner");
		open("/councils/walsall/alliance");
		List<String> pledgeOwners = browser.findElements(By.xpath("//h2[text()='Partner pledges']/following::table[1]//tbody/tr/td[1]"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(pledgeOwners).isNotEmpty().allSatisfy(owner -> assertThat(owner).contains("Walsall Housing Group"));
		navigate(By.xpath("//h2[text()='Partner pledges']/following::table[1]//tbody/tr[1]//a[contains(@href,'partner-pledges')]"));
		assertAccessible();
		setDate("date", "2026-11-21");
		new Select(browser.findElement(By.id("rag"))).selectByValue("GREEN");
		browser.findElement(By.id("text")).sendKeys("Budgeting sessions held with six care leavers");
		navigate(By.xpath("//button[text()='Report progress']"));
		assertThat(main()).contains("Budgeting sessions held with six care leavers", "walsall-partner");
		assertAccessible();
		signOut();
	}

	private static String main() {
		return browser.findElement(By.tagName("main")).getText();
	}

	private void setDate(String id, String isoDate) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)),
				isoDate);
	}
}
