package org.corporateparenting.platform.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corporateparenting.platform.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A young person answers Wirral's open survey from its link on a phone-sized window without signing in; an
 * officer sees the count in the results, records a finding, links it to a strategy action and publishes it; the
 * public "you said, we did" page shows it. Every public page passes axe-core.
 */
class YouSaidWeDidBrowserTest extends BrowserTestSupport {

	static final String SAID = "You said you want more help with cooking and money before you leave care";

	@Test
	void aYoungPersonAnswersOnAPhoneAndTheOfficerToldThemWhatWasDone() {
		open("/oauth2/authorization/cpp");
		signInAs("wirral-officer");
		open("/councils/wirral/consultations");
		assertAccessible();
		navigate(By.partialLinkText("Are things getting better for you?"));
		assertAccessible();
		String link = browser.findElement(By.cssSelector("a[href*='/young-people/wirral/surveys/']"))
			.getAttribute("href");
		String consultationPage = browser.getCurrentUrl();
		navigate(By.linkText("Results"));
		int before = responses();
		signOut();

		Dimension wide = browser.manage().window().getSize();
		browser.manage().window().setSize(new Dimension(375, 812));
		try {
			browser.navigate().to(link);
			assertThat(main()).contains("You do not need to give your name")
				// What must be answered is counted from the survey's questions, and nothing says all can be skipped.
				.contains("Please answer the 4 questions without (optional) after them. You can skip the 2 that say (optional).")
				.doesNotContain("skip any question");
			// Age and care status are asked once, in "About you".
			assertThat(browser.findElements(By.xpath("//legend[starts-with(normalize-space(), 'How old are you')]"))).hasSize(1);
			assertThat(browser.findElements(By.xpath("//legend[contains(., 'in care')]"))).hasSize(1);
			assertAccessible();
			assertNoSidewaysScrollingAt320();
			screenshot("survey-phone");
			navigate(By.xpath("//button[text()='Send my answers']"));
			assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("Choose an answer");
			assertAccessible();

			Set<String> groups = new LinkedHashSet<>();
			for (WebElement input : browser.findElements(By.cssSelector("input[type=radio][name^='q'], input[type=checkbox][name^='q']"))) {
				if (groups.add(input.getAttribute("name"))) {
					((JavascriptExecutor) browser).executeScript("arguments[0].click()", input);
				}
			}
			browser.findElement(By.cssSelector("textarea[name^='q']")).sendKeys("More help with cooking please");
			navigate(By.xpath("//button[text()='Send my answers']"));
			assertThat(main()).contains("Thank you");
			assertAccessible();
		}
		finally {
			browser.manage().window().setSize(wide);
		}

		open("/oauth2/authorization/cpp");
		signInAs("wirral-officer");
		browser.navigate().to(consultationPage);
		navigate(By.linkText("Results"));
		assertThat(responses()).isEqualTo(before + 1);
		assertThat(main()).contains("More help with cooking please");
		assertAccessible();

		browser.navigate().to(consultationPage);
		browser.findElement(By.xpath("//span[text()='Record a finding']")).click();
		finding("theme").sendKeys("Life skills");
		finding("summary").sendKeys(SAID);
		finding("raisedBy").sendKeys("14");
		finding("whatWeWillDo").sendKeys("We are starting cooking and budgeting sessions at the hub");
		new Select(finding("responseStatus")).selectByValue("PLANNED");
		finding("actionReference").sendKeys("NOT-AN-ACTION");
		navigate(By.xpath("//button[text()='Record the finding']"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("No strategy action has the reference NOT-AN-ACTION");
		assertAccessible();
		finding("actionReference").clear();
		finding("actionReference").sendKeys("WIR-22-02");
		navigate(By.xpath("//button[text()='Record the finding']"));
		assertThat(main()).contains("WIR-22-02", SAID);
		navigate(By.xpath("//button[text()='Publish on the you said, we did page']"));
		assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
			.contains("you said, we did");
		assertAccessible();
		signOut();

		open("/young-people/wirral/you-said-we-did");
		assertThat(main()).contains(SAID, "We are starting cooking and budgeting sessions at the hub");
		assertAccessible();
		screenshot("you-said-we-did");
	}

	/** A field of the form recording a finding (the page's other forms have fields of the same names). */
	private static WebElement finding(String name) {
		return browser.findElement(By.cssSelector("form[action$='/findings'] [name='" + name + "']"));
	}

	private static int responses() {
		Matcher count = Pattern.compile("(\\d+) responses?\\.").matcher(main());
		return count.find() ? Integer.parseInt(count.group(1)) : 0;
	}

	private static String main() {
		return browser.findElement(By.tagName("main")).getText();
	}
}
