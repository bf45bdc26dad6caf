package org.corporateparenting.platform.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.corporateparenting.platform.BrowserTestSupport;
import org.corporateparenting.platform.PlatformApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A young person is told, before they write, who reads their words and what happens if they tell of harm; what they
 * write reaches the lead named by the council's admin, who reads it and records the outcome. Every page passes
 * axe-core and reflows at 320 px.
 */
class SafeguardingBrowserTest extends BrowserTestSupport {

	@Test
	void aYoungPersonsWordsReachTheNamedLeadWhoRecordsWhatWasDone() throws Exception {
		String council = "lookoutshire";
		PlatformApi api = new PlatformApi(port);
		String officer = api.officerOfNewCouncil(council, "Lookoutshire Council", "E08009960");
		String base = "/api/councils/" + council;
		long consultation = api.post(base + "/consultations", officer, Map.of("topic", "Where you live", "audiences",
				List.of("CHILDREN_IN_CARE_12_15"), "method", "SURVEY", "opensOn", "2026-11-01", "closesOn",
				"2027-03-31", "designedBy", "BOTH", "status", "OPEN")).json().get("id").asLong();
		long question = api.post(base + "/consultations/" + consultation + "/questions", officer,
				Map.of("text", "Is there anything else you want to tell us?", "type", "FREE_TEXT", "maxLength", 500))
			.json().get("id").asLong();
		String token = api.post(base + "/consultations/" + consultation + "/links", officer, Map.of()).json()
			.get("token").asString();

		open("/young-people/" + council + "/surveys/" + token);
		String intro = browser.findElement(By.id("who-reads")).getText();
		assertThat(intro).contains("The council's corporate parenting team reads your answers",
				"If you tell us someone is hurting you", "safeguarding lead will read it", "call 999", "Childline");
		assertAccessible();
		assertNoSidewaysScrollingAt320();
		browser.findElement(By.name("q" + question)).sendKeys("Someone at home hurts me when nobody is looking.");
		navigate(By.xpath("//button[@type='submit']"));
		assertThat(browser.getCurrentUrl()).endsWith("/thank-you");

		open("/oauth2/authorization/cpp");
		signInAs(council + "-admin");
		open("/councils/" + council);
		navigate(By.linkText("Safeguarding lead and screening list"));
		assertThat(main()).contains("No safeguarding lead is named", "A lead should be named");
		assertAccessible();
		browser.findElement(By.id("list-own")).click();
		field("patterns").clear();
		field("patterns").sendKeys("(unclosed");
		navigate(By.xpath("//button[text()='Save the settings']"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Pattern 1 ((unclosed) is not a valid regular expression");
		assertAccessible();
		browser.findElement(By.id("list")).click();
		field("leadEmail").sendKeys("corporate.parenting.board@" + council + ".example");
		field("leadRole").sendKeys("Designated safeguarding lead");
		navigate(By.xpath("//button[text()='Save the settings']"));
		assertThat(main()).contains("The council's safeguarding settings have been saved");
		assertThat(main()).doesNotContain("No safeguarding lead is named");
		assertAccessible();
		signOut();

		open("/oauth2/authorization/cpp");
		signInAs(council + "-board-member");
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		open("/councils/" + council + "/safeguarding/disclosures");
		while (!main().contains("Survey answer: Where you live") && System.nanoTime() < deadline) {
			Thread.sleep(200);
			open("/councils/" + council + "/safeguarding/disclosures");
		}
		assertThat(main()).contains("Survey answer: Where you live", "Not read yet");
		assertAccessible();
		assertNoSidewaysScrollingAt320();

		navigate(By.cssSelector("main table a"));
		assertThat(main()).contains("Someone at home hurts me when nobody is looking.",
				"Is there anything else you want to tell us?", "hurts me");
		assertAccessible();
		navigate(By.xpath("//button[text()='Record the outcome']"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("Choose what was done");
		assertAccessible();
		browser.findElement(By.id("outcome")).click();
		navigate(By.xpath("//button[text()='Record the outcome']"));
		assertThat(main()).contains("The outcome has been recorded", "No concern");
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
