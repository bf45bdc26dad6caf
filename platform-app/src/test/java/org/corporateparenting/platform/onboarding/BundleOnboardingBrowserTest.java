package org.corporateparenting.platform.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.corporateparenting.platform.BrowserTestSupport;
import org.corporateparenting.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A platform admin onboarding a council from its documents in the browser, on a laptop and on a 320 px phone:
 * every problem of the files in an error summary, then the onboarding's progress filling in without a reload until
 * the council is on the platform; every page accessible.
 */
@PlatformTest
class BundleOnboardingBrowserTest extends BrowserTestSupport {

	@Test
	void theFilesAreCheckedThenTheCouncilIsOnboardedWhileItsProgressShows() throws IOException {
		Path bad = councilFiles("fellside", "E08009911", true);
		Path good = councilFiles("fellside", "E08009911", false);
		open("/oauth2/authorization/cpp");
		signInAs("platform-admin");

		open("/admin/councils");
		navigate(By.linkText("Onboard a council from its documents"));
		assertAccessible();
		upload(bad);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Error:"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("strategy.yaml, line", "strategy.title");
		assertThat(browser.findElements(By.xpath("//button[text()='Onboard this council']"))).isEmpty();
		assertAccessible();
		assertNoSidewaysScrollingAt320();

		navigate(By.linkText("upload them again"));
		upload(good);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("fellside Council", "strategy.yaml");
		assertAccessible();
		navigate(By.xpath("//button[text()='Onboard this council']"));
		assertThat(browser.getCurrentUrl()).contains("/admin/councils/onboardings/");
		new WebDriverWait(browser, Duration.ofSeconds(90))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("onboarding-progress"),
					"The council is on the platform"));
		assertAccessible();
		assertNoSidewaysScrollingAt320();
		navigate(By.linkText("Go to the council"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("fellside Council");
		signOut();
	}

	private void upload(Path folder) {
		List<String> paths = List.of("council.yaml", "pledges.yaml", "alliance.yaml", "strategy.yaml",
				"consultation.yaml", "indicators.yaml")
			.stream()
			.map(name -> folder.resolve(name).toAbsolutePath().toString())
			.toList();
		browser.findElement(By.id("files")).sendKeys(String.join("\n", paths));
		navigate(By.xpath("//button[text()='Check the files']"));
	}

	/** Walsall's documents as another council's, with a blank strategy title when {@code broken}. */
	private static Path councilFiles(String slug, String onsCode, boolean broken) throws IOException {
		Path folder = Files.createTempDirectory("cpp-browser-bundle-");
		for (String name : List.of("pledges.yaml", "alliance.yaml", "strategy.yaml", "consultation.yaml",
				"indicators.yaml", "council.yaml")) {
			String text = Files.readString(Path.of("../tenants/walsall").resolve(name), StandardCharsets.UTF_8);
			if (name.equals("council.yaml")) {
				text = text.replace("slug: walsall", "slug: " + slug)
					.replace("name: Walsall Council", "name: " + slug + " Council")
					.replace("onsCode: E08000030", "onsCode: " + onsCode);
			}
			if (broken && name.equals("strategy.yaml")) {
				text = text.replaceFirst("\n  title: [^\n]*", "\n  title: \"\"");
			}
			write(folder.resolve(name), text);
		}
		return folder;
	}

	private static void write(Path file, String text) {
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
