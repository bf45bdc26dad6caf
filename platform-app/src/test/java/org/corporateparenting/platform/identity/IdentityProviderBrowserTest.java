package org.corporateparenting.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.corporateparenting.platform.BrowserTestSupport;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.SignedInPages;
import org.corporateparenting.platform.StubIdentityProvider;
import org.corporateparenting.tenancy.IssuerAddresses;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Wirral's admin sets the council's identity provider on its page, on a laptop and a 320 px phone: the problems in
 * an error summary and beside their rows, another mapping added, then a pasted token's roles shown in place; every
 * page accessible. The council's other people are not offered the page.
 */
@PlatformTest
class IdentityProviderBrowserTest extends BrowserTestSupport {

	static final String ISSUER = "https://login.wirral.example/realms/wirral";

	@Test
	void aCouncilAdminMapsTheCouncilsGroupsAndTestsAToken() {
		open("/oauth2/authorization/cpp");
		signInAs("wirral-admin");
		open("/councils/wirral");
		navigate(By.linkText("Identity provider and roles"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Identity provider and roles");
		assertAccessible();
		assertNoSidewaysScrollingAt320();

		type(By.id("issuer"), "http://login.wirral.example/realms/wirral");
		type(By.id("claim"), "realm_access.roles");
		type(lastRow("group"), "cpp-housing");
		new Select(browser.findElement(lastRow("role"))).selectByValue("PARTNER");
		navigate(By.xpath("//button[text()='Save the identity provider']"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Error:"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains(
				"Issuer " + IssuerAddresses.RULE, "Choose the partner organisation they act for");
		assertAccessible();
		assertNoSidewaysScrollingAt320();

		type(By.id("issuer"), ISSUER);
		int rows = browser.findElements(By.cssSelector("input[name$='.group']")).size();
		new Select(browser.findElement(By.name("mappings[" + (rows - 2) + "].organisation"))).selectByValue("housing");
		navigate(By.xpath("//button[text()='Add another mapping']"));
		type(lastRow("group"), "cpp-viewers");
		new Select(browser.findElement(lastRow("role"))).selectByValue("VIEWER");
		navigate(By.xpath("//button[text()='Save the identity provider']"));
		assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
			.contains("The identity provider has been saved");
		assertThat(browser.findElements(By.cssSelector("input[name$='.group']")).stream()
			.map(input -> input.getDomProperty("value"))
			.toList()).containsExactly("cpp-housing", "cpp-viewers", "");
		assertAccessible();

		WebElement page = browser.findElement(By.tagName("html"));
		// No audience was set: the provider's tokens carry the platform's own, as Keycloak's audience mapper puts it.
		String token = new StubIdentityProvider("wirral").token(ISSUER, Map.of("aud", List.of("corporate-parenting",
				"account"), "realm_access", Map.of("roles", List.of("cpp-viewers", "offline_access"))));
		browser.findElement(By.id("token")).sendKeys(token);
		browser.findElement(By.xpath("//button[text()='Test the token']")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.id("token-check"), "It would open the council"));
		assertThat(browser.findElement(By.id("token-check")).getText()).contains("Viewer", "offline_access");
		assertThat(page.isDisplayed()).as("the result is shown without loading the page again").isTrue();
		assertAccessible();
		assertNoSidewaysScrollingAt320();
		screenshot("identity-provider");
		signOut();
	}

	@Test
	void theCouncilsOtherPeopleAreNotOfferedThePage() {
		SignedInPages officer = SignedInPages.signIn(port, "wirral-officer");

		assertThat(officer.get("/councils/wirral", null).body()).doesNotContain("Identity provider and roles");
		assertThat(officer.get("/councils/wirral/identity-provider", null).statusCode()).isEqualTo(403);
		assertThat(SignedInPages.signIn(port, "wirral-admin").get("/councils/wirral", null).body())
			.contains("/councils/wirral/identity-provider");
	}

	/** The input or select of the table's last row, the empty one a new mapping is typed into. */
	private static By lastRow(String field) {
		int rows = browser.findElements(By.cssSelector("input[name$='.group']")).size();
		return By.name("mappings[" + (rows - 1) + "]." + field);
	}

	private static void type(By field, String text) {
		WebElement input = browser.findElement(field);
		input.clear();
		input.sendKeys(text);
	}
}
