package org.corporateparenting.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
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
 * Headless Chromium driving the running platform as a person would, with axe checking every page it is asked
 * to for WCAG 2.2 AA violations. Browser test classes extend this and end in {@code BrowserTest}.
 */
@PlatformTest
public abstract class BrowserTestSupport {

	protected static WebDriver browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run",
				"--window-size=1280,2400");
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

	/** Clicks a link or button that loads a new page, and waits until the old page is gone. */
	protected void navigate(By target) {
		WebElement page = browser.findElement(By.tagName("html"));
		browser.findElement(target).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> isGone(page));
	}

	/**
	 * Whether the element's document has been replaced. Chromium says so as a stale element, or, while the old document
	 * is being torn down, as an inspector error that the node no longer belongs to the document.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/** Keeps a picture of the page in target/screenshots, for people reviewing a change. */
	protected void screenshot(String name) {
		try {
			java.nio.file.Path folder = java.nio.file.Path.of("target", "screenshots");
			java.nio.file.Files.createDirectories(folder);
			byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
			java.nio.file.Files.write(folder.resolve(name + ".png"), png);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	protected void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	protected void signInAs(String user) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
		assertAccessible();
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys("local-demo-password");
		navigate(By.xpath("//button[text()='Sign in']"));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	protected void signOut() {
		navigate(By.xpath("//button[starts-with(text(), 'Sign out')]"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/signed-out"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You have signed out");
	}

	protected void assertAccessible() {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
			.analyze(browser);
		List<String> violations = results.getViolations()
			.stream()
			.map(Rule::getId)
			.toList();
		assertThat(violations).as("accessibility violations on " + browser.getCurrentUrl()).isEmpty();
	}

	/** The page as a 320 px phone shows it (WCAG 1.4.10 Reflow): nothing scrolls sideways. */
	protected void assertNoSidewaysScrollingAt320() {
		ChromeDriver chrome = (ChromeDriver) browser;
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
		try {
			long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
					"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow).as("sideways scrolling at 320 px on " + browser.getCurrentUrl()).isLessThanOrEqualTo(0);
		}
		finally {
			chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}
}
