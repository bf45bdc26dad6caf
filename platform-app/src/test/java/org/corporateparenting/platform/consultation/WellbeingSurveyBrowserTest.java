package org.corporateparenting.platform.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;

import org.corporateparenting.platform.BrowserTestSupport;
import org.corporateparenting.platform.PlatformApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A council admin starts a well-being survey from the template (every field's problem shown first) and opts the
 * council in to the comparison; the comparison's charts and tables, and a template survey's page as young people
 * open it on a phone. Every page passes axe-core and reflows at 320 px.
 */
class WellbeingSurveyBrowserTest extends BrowserTestSupport {

	static final String COUNCIL = "wellbeing-browse";

	@Test
	void aCouncilStartsTheSurveyOptsInAndComparesItsResults() {
		PlatformApi api = new PlatformApi(port);
		api.officerOfNewCouncil(COUNCIL, "Wellbeing Browse Council", "E08009956");
		TemplateSurveys surveys = new TemplateSurveys(api, port);

		open("/oauth2/authorization/cpp");
		signInAs(COUNCIL + "-admin");
		open("/councils/" + COUNCIL + "/wellbeing");
		assertThat(main()).contains("Well-being survey", "relationships, resilience, rights", "does not take part");
		assertAccessible();
		assertNoSidewaysScrollingAt320();

		navigate(By.xpath("//button[text()='Start the survey']"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Choose who the survey is for", "Enter the date it opens", "Enter the date it closes");
		assertAccessible();
		browser.findElement(By.cssSelector("label[for='templateVersion-3']")).click();
		date("opensOn", LocalDate.now());
		date("closesOn", LocalDate.now().plusDays(30));
		navigate(By.xpath("//button[text()='Start the survey']"));
		assertThat(main()).contains("The well-being survey has been started", "How are things for you? A survey for care leavers",
				"How safe do you feel where you live?");
		assertAccessible();

		open("/councils/" + COUNCIL + "/wellbeing");
		browser.findElement(By.cssSelector("label[for='optedIn']")).click();
		navigate(By.xpath("//button[text()='Save whether the council takes part']"));
		assertThat(main()).contains("The council takes part in the well-being comparison", "History",
				"How are things for you? A survey for care leavers");
		assertAccessible();

		surveys.closed(COUNCIL, "CARE_LEAVERS", Collections.nCopies(6, TemplateSurveys.all("4")));
		open("/councils/" + COUNCIL + "/wellbeing/comparison?version=CARE_LEAVERS");
		// Other tests' councils in the same platform may take part too: this council's own share is what counts.
		for (int tries = 0; tries < 50 && !main().contains("shared results, this council among them"); tries++) {
			sleep();
			open("/councils/" + COUNCIL + "/wellbeing/comparison?version=CARE_LEAVERS");
		}
		assertThat(main()).contains("shared results, this council among them", "What the symbols mean",
				"Relationships", "100%");
		assertThat(browser.findElements(By.cssSelector("svg.cpp-chart title"))).hasSize(2);
		assertAccessible();
		assertNoSidewaysScrollingAt320();
		screenshot("wellbeing-comparison");
		signOut();

		long id = surveys.start(COUNCIL, "YOUNGER_CHILDREN").get("id").asLong();
		open("/young-people/" + COUNCIL + "/surveys/" + surveys.openWithLink(COUNCIL, id));
		assertThat(main()).contains("How are things for you? A survey for children aged 8 to 11",
				"We want to know how things are going for you", "Do you feel safe where you live?");
		assertAccessible();
		assertNoSidewaysScrollingAt320();
		screenshot("wellbeing-survey-public");

		// Take back what this council shared, so that other tests' comparisons count their own councils only.
		surveys.optIn(COUNCIL, false);
	}

	private static void date(String name, LocalDate date) {
		WebElement input = browser.findElement(By.name(name));
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, date.toString());
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String main() {
		return browser.findElement(By.tagName("main")).getText();
	}
}
