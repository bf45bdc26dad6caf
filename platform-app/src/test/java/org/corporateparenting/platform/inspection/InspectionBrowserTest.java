package org.corporateparenting.platform.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import org.corporateparenting.platform.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An officer links Southwark's first evidence for the impact of leaders, a "you said, we did" response (every
 * field's problem shown first), so the area is no longer flagged, then drafts the year's self-evaluation and saves
 * it, frozen. Every page passes axe-core, and the board and the self-evaluation read on a phone without scrolling
 * sideways.
 */
class InspectionBrowserTest extends BrowserTestSupport {

	@Test
	void anOfficerLinksEvidenceAndSavesTheSelfEvaluation() {
		open("/oauth2/authorization/cpp");
		signInAs("southwark-officer");
		open("/councils/southwark/inspection");
		assertThat(main()).contains("The impact of leaders on social work practice with children and families",
				"No evidence is linked to this area yet", "A personal adviser up to 25");
		assertAccessible();
		assertNoSidewaysScrollingAt320();

		navigate(By.linkText("Link evidence to an area"));
		assertAccessible();
		navigate(By.xpath("//button[text()='Link the evidence']"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Choose the judgement area", "Choose the record that is the evidence");
		assertAccessible();
		new Select(field("area")).selectByValue("LEADERS_IMPACT");
		// A "you said, we did" response, named in the list by its theme and consultation.
		new Select(field("record"))
			.selectByVisibleText("Inequality and racism (Structural inequality and institutional racism)");
		field("note").sendKeys("Leaders answered what young people said about racism with a priority of the strategy.");
		navigate(By.xpath("//button[text()='Link the evidence']"));
		assertThat(main()).contains("The evidence has been linked", "Inequality and racism", "We did it; published")
			.doesNotContain("No evidence is linked to this area yet");

		navigate(By.linkText("The annual self-evaluation"));
		assertAccessible();
		navigate(By.xpath("//button[text()='Start the draft']"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Enter the year the self-evaluation is for");
		field("year").sendKeys("2025");
		navigate(By.xpath("//button[text()='Start the draft']"));
		assertThat(main()).contains("2025, version 1", "Draft");
		assertAccessible();
		field("careLeaversQuality").sendKeys("Care leavers tell Bright Spots how they are supported.");
		navigate(By.xpath("//button[text()='Save the narrative']"));
		assertThat(main()).contains("The narrative has been saved to the draft");
		navigate(By.xpath("//button[text()='Save and freeze this version']"));
		assertThat(main()).contains("is saved and frozen", "Care leavers tell Bright Spots how they are supported.",
				"Start the next version");
		assertThat(browser.findElements(By.name("careLeaversQuality"))).as("frozen: no form").isEmpty();
		assertAccessible();
		assertNoSidewaysScrollingAt320();
		screenshot("inspection-self-evaluation");
	}

	private static WebElement field(String name) {
		return browser.findElement(By.name(name));
	}

	private static String main() {
		return browser.findElement(By.tagName("main")).getText();
	}
}
