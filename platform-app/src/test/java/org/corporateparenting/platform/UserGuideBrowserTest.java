package org.corporateparenting.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Takes the pictures in docs/user-guide.md from the running product, so the guide shows what people see today:
 * an officer's, a board member's, a partner's, an analyst's, a council admin's and a platform admin's pages. Each page is checked for
 * what the guide says about it, and with axe. The councils are the demo's as a new user first sees them, their dates
 * moved into the calendar of a fixed day ({@link LiveDemo}).
 */
@LiveDemo
class UserGuideBrowserTest extends BrowserTestSupport {

	static final Path GUIDE = Path.of("..", "docs", "user-guide");

	@Test
	void officersPages() {
		as("walsall-officer");
		page("/councils/walsall", "officer-home", "Dashboard");
		page("/councils/walsall/strategy", "officer-strategy", "Safety and Permanency");
		page("/councils/walsall/indicators/PEP-TIMESCALE", "officer-indicator", "Figures by period");
		page("/councils/walsall/board-packs", "officer-board-packs", "Start the board pack");
		page("/councils/walsall/sharing", "officer-sharing", "Finalise");
	}

	@Test
	void boardMembersPartnersAndAnalystsPages() {
		as("walsall-board-member");
		page("/councils/walsall/dashboard", "board-member-dashboard", "Actions by priority");
		page("/councils/walsall/pledges", "board-member-pledges", "pledge");
		signOut();
		as("walsall-partner");
		page("/councils/walsall/alliance/actions", "partner-actions", "action");
		signOut();
		as("corporate-parenting-peer-network-analyst");
		page("/partnerships/corporate-parenting-peer-network", "analyst-comparison", "Partnership average");
	}

	@Test
	void councilAdminsPages() {
		as("walsall-admin");
		page("/councils/walsall/identity-provider", "council-admin-identity-provider", "Groups and the roles they give");
	}

	@Test
	void platformAdminsPages() {
		as("platform-admin");
		page("/admin/councils", "admin-councils", "Walsall");
		page("/admin/partnerships", "admin-partnerships", "Peer Network");
		page("/admin/indicators", "admin-indicators", "England");
	}

	private void as(String user) {
		open("/oauth2/authorization/cpp");
		signInAs(user);
	}

	/** Opens the page, checks it shows what the guide says, and keeps its picture for the guide. */
	private void page(String path, String picture, String expected) {
		open(path);
		if (expected != null) {
			assertThat(browser.findElement(By.tagName("main")).getText()).as(path).containsIgnoringCase(expected);
		}
		assertAccessible();
		if (picture != null) {
			try {
				Files.createDirectories(GUIDE);
				Files.write(GUIDE.resolve(picture + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}
}
