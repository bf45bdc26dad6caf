package org.corporateparenting.platform.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.corporateparenting.platform.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A Walsall officer opens the SSDA903 page and sends it nothing: the page, and its problems, pass axe-core. */
class Ssda903BrowserTest extends BrowserTestSupport {

	@Test
	void anOfficerIsToldWhatTheReturnNeeds() {
		open("/oauth2/authorization/cpp");
		signInAs("walsall-officer");
		open("/councils/walsall/indicators");
		navigate(By.partialLinkText("Figures from the SSDA903 return"));
		assertAccessible();
		navigate(By.xpath("//button[contains(text(), 'Check the extract')]"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Give the year of the return", "Give the Header table", "Give the Episodes table");
		assertAccessible();
	}
}
