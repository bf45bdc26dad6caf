package org.corporateparenting.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * A person's journey in headless Chromium: sign in through the local identity provider as a Walsall officer and
 * reach Walsall's home page; sign in as the platform admin and suspend, then reactivate, a council. Every page on
 * the way is checked with axe for WCAG 2.2 AA violations.
 */
@PlatformTest
class SignInJourneyBrowserTest {

	static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run",
				"--window-size=1280,1024");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
	}

	/** Each journey starts signed out, whatever the one before it left behind. */
	@BeforeEach
	void startSignedOut() {
		open("/");
		browser.manage().deleteAllCookies();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aWalsallOfficerSignsInAndSeesWalsallsHomePage() {
		open("/");
		assertAccessible();
		navigate(By.linkText("Sign in"));

		signInAs("walsall-officer");
		System.out.println("DEBUG URL " + browser.getCurrentUrl() + "\n" + browser.getPageSource());
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Corporate Parenting Platform");
		navigate(By.partialLinkText("Walsall Council"));

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Walsall Council");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("E08000030", "West Midlands",
				"Corporate Parenting Peer Network");
		assertAccessible();

		open("/councils/wirral");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		assertAccessible();

		// Signing in again while signed in goes straight through.
		open("/oauth2/authorization/cpp");
		assertThat(browser.findElement(By.partialLinkText("Walsall Council")).isDisplayed()).isTrue();
		signOut();
	}

	@Test
	void thePlatformAdminSuspendsAndReactivatesACouncil() {
		open("/oauth2/authorization/cpp");
		signInAs("platform-admin");
		navigate(By.linkText("Councils"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Councils");
		assertAccessible();

		navigate(By.linkText("Southwark Council"));
		navigate(By.xpath("//button[text()='Suspend this council']"));
		assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
			.contains("Southwark Council is suspended");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Suspended");
		assertAccessible();

		navigate(By.xpath("//button[text()='Reactivate this council']"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.className("govuk-notification-banner"), "Southwark Council is active again"));

		open("/councils/walsall");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		signOut();
	}

	@Test
	void thePlatformAdminCreatesAPartnershipAndChangesItsMembers() {
		open("/oauth2/authorization/cpp");
		signInAs("platform-admin");
		navigate(By.linkText("Partnerships"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("West Midlands Regional Care Co-operative");
		assertAccessible();

		navigate(By.xpath("//button[text()='Add partnership']"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Error:"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("kind", "name", "slug");
		assertAccessible();

		browser.findElement(By.id("name")).sendKeys("Metropolitan Boroughs Network");
		browser.findElement(By.id("slug")).sendKeys("metropolitan-boroughs");
		browser.findElement(By.id("kind-1")).click();
		navigate(By.xpath("//button[text()='Add partnership']"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Metropolitan Boroughs Network");

		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("council"))).selectByVisibleText("Wirral Council");
		navigate(By.xpath("//button[text()='Add council']"));
		assertThat(browser.findElement(By.tagName("table")).getText()).contains("Wirral Council");
		assertAccessible();
		navigate(By.xpath("//button[starts-with(normalize-space(.), 'Remove')]"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("No councils belong to this partnership yet");
		signOut();
	}

	@Test
	void onboardingFormShowsEveryProblemAccessibly() {
		open("/oauth2/authorization/cpp");
		signInAs("platform-admin");
		open("/admin/councils/new");
		browser.findElement(By.id("slug")).sendKeys("Not A Slug");
		browser.findElement(By.id("onsCode")).sendKeys("X");
		navigate(By.xpath("//button[text()='Onboard council']"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Error:"));

		String summary = browser.findElement(By.className("govuk-error-summary")).getText();
		assertThat(summary).contains("There is a problem", "name", "onsCode", "region", "slug");
		assertThat(browser.getTitle()).startsWith("Error:");
		assertAccessible();
		signOut();
	}

	/** Clicks a link or button that loads a new page, and waits until the old page is gone. */
	private void navigate(By target) {
		WebElement page = browser.findElement(By.tagName("html"));
		browser.findElement(target).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private void signInAs(String user) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
		assertAccessible();
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys("local-demo-password");
		navigate(By.xpath("//button[text()='Sign in']"));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private void signOut() {
		navigate(By.xpath("//button[starts-with(text(), 'Sign out')]"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/signed-out"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You have signed out");
	}

	private void assertAccessible() {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
			.analyze(browser);
		List<String> violations = results.getViolations()
			.stream()
			.map(Rule::getId)
			.toList();
		assertThat(violations).as("accessibility violations on " + browser.getCurrentUrl()).isEmpty();
	}
}
