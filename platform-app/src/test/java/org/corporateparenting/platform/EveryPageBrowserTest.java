package org.corporateparenting.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every kind of page, found by following the links each kind of user is offered from their place (an officer of
 * Walsall and of Wirral, a council admin, a partner, a partnership analyst, a platform admin, and nobody signed in,
 * who reaches the young people's pages): each is checked with axe at a laptop's width and, at 320 CSS px, for
 * sideways scrolling (WCAG 1.4.10 Reflow), and each has the breadcrumbs or service navigation that say where it is.
 * Pages are kinds by their address with the records' ids taken out, so a page added later is checked as soon as a
 * link leads to it.
 */
class EveryPageBrowserTest extends BrowserTestSupport {

	/**
	 * Addresses that are not pages: downloads, print documents (a board pack's, an annual report's, a local offer's: the
	 * PDF's HTML, each with its own back link), the progress fragments that pages poll, sign-out.
	 */
	private static final Pattern NOT_A_PAGE = Pattern.compile(
			".*(\\.(csv|xlsx|pdf|zip|json)$|/print$|/pack$|/report$|/preview$|/progress$|/html$|/export$)|^/(oauth2|logout|login|swagger-ui|v3|actuator|webjars|schemas|notifications/unsubscribe).*");

	private static final Pattern AN_ID = Pattern.compile("^(\\d+|[A-Z0-9][A-Z0-9_-]*|[A-Za-z0-9_-]{20,})$");

	private final Map<String, String> checked = new LinkedHashMap<>();

	private final List<String> problems = new ArrayList<>();

	private String survey;

	@Test
	void everyPageAnyoneCanReachReflowsAt320AndPassesAxe() {
		crawlAs("walsall-officer", "/councils/walsall");
		crawlAs("wirral-officer", "/councils/wirral", () -> {
			// The demo's open survey: its anonymous link is what young people are given.
			open("/councils/wirral/consultations");
			navigate(By.partialLinkText("Are things getting better for you?"));
			survey = URI.create(browser.findElement(By.cssSelector("a[href*='/young-people/wirral/surveys/']"))
				.getDomAttribute("href")).getPath();
			// Its results, which the consultation the crawl opened (one with no survey) did not offer.
			navigate(By.linkText("Results"));
			String results = URI.create(browser.getCurrentUrl()).getPath();
			checked.put(kindOf(results), results);
			check(results, true);
		});
		crawlAs("walsall-admin", "/councils/walsall");
		crawlAs("walsall-partner", "/councils/walsall");
		crawlAs("corporate-parenting-peer-network-analyst", "/partnerships/corporate-parenting-peer-network");
		crawlAs("platform-admin", "/admin/councils");

		// Nobody signed in: the front door, the accessibility statement, and the young people's pages: a survey opened
		// from its link, then sent with nothing answered, its thank-you, "you said, we did", and a link that is no more.
		crawl(List.of("/", "/accessibility", survey, survey + "/thank-you", "/young-people/wirral/you-said-we-did",
				"/young-people/wirral/surveys/no-such-link"),
				new HashSet<>(), false);
		open(survey);
		navigate(By.xpath("//button[text()='Send my answers']"));
		assertThat(browser.getTitle()).startsWith("Error:");
		check("a survey sent with required questions unanswered", false);

		assertThat(problems).as("pages that fail").isEmpty();
		assertThat(checked.keySet()).as("kinds of page checked")
			.contains("/councils/{c}", "/councils/{c}/strategy", "/councils/{c}/action-plans/{id}",
					"/councils/{c}/actions/{id}", "/councils/{c}/pledges", "/councils/{c}/alliance",
					"/councils/{c}/alliance/meetings/{id}", "/councils/{c}/consultations",
					"/councils/{c}/consultations/{id}/results", "/councils/{c}/indicators", "/councils/{c}/board-packs",
					"/councils/{c}/dashboard", "/councils/{c}/identity-provider", "/partnerships/{c}",
					"/admin/councils", "/admin/partnerships", "/admin/indicators", "/young-people/{c}/surveys/{id}",
					"/accessibility")
			.hasSizeGreaterThan(40);
	}

	private void crawlAs(String user, String start) {
		crawlAs(user, start, () -> {
		});
	}

	private void crawlAs(String user, String start, Runnable andThen) {
		open("/oauth2/authorization/cpp");
		signInAs(user);
		assertThat(URI.create(browser.getCurrentUrl()).getPath()).as("where " + user + " lands").isEqualTo(start);
		crawl(List.of(start), new HashSet<>(), true);
		andThen.run();
		signOut();
	}

	/**
	 * Opens each kind of page once for this user, to find its links, and checks it if no one else's visit has. A kind
	 * someone else's visit checked is opened again only near the top of the place (a section's first page, the
	 * notifications), where each kind of user is offered different links; a record's page offers everyone the same.
	 */
	private void crawl(List<String> starts, Set<String> opened, boolean signedIn) {
		Deque<String> waiting = new ArrayDeque<>(starts);
		while (!waiting.isEmpty()) {
			String path = waiting.removeFirst();
			String kind = kindOf(path);
			if (!opened.add(kind) || (checked.containsKey(kind) && kind.split("/").length > 4)) {
				continue;
			}
			open(path);
			if (!checked.containsKey(kind)) {
				checked.put(kind, path);
				check(path, signedIn);
			}
			for (WebElement link : browser.findElements(By.cssSelector("a[href]"))) {
				URI target = URI.create(link.getDomAttribute("href").replace(" ", "%20"));
				String address = target.getPath();
				if (target.getHost() == null && address != null && address.startsWith("/")
						&& !NOT_A_PAGE.matcher(address).matches() && !opened.contains(kindOf(address))) {
					waiting.add(address);
				}
			}
		}
	}

	/**
	 * Axe, reflow at 320 px and, for someone signed in, the place in the service (young people's pages show their
	 * council's name only, whoever opens them): breadcrumbs on every page but the
	 * front page, the first page of their place and those of its sections, which the service navigation shows.
	 */
	private void check(String what, boolean signedIn) {
		try {
			assertAccessible();
			assertNoSidewaysScrollingAt320();
			String path = URI.create(browser.getCurrentUrl()).getPath();
			if (signedIn && !path.equals("/") && !path.startsWith("/young-people/")) {
				boolean placed = !browser.findElements(By.className("govuk-breadcrumbs")).isEmpty()
						|| browser.findElements(By.cssSelector(".govuk-service-navigation a[href]"))
							.stream()
							.anyMatch(link -> path.equals(link.getDomAttribute("href")));
				assertThat(placed).as("breadcrumbs on " + what).isTrue();
			}
		}
		catch (AssertionError failure) {
			problems.add(what + ": " + failure.getMessage() + widerThan320());
		}
	}

	/** What sticks out of a 320 px screen, to say why a page failed, and its picture in target/screenshots. */
	private String widerThan320() {
		ChromeDriver chrome = (ChromeDriver) browser;
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
		try {
			screenshot("every-page-" + problems.size());
			return " " + ((JavascriptExecutor) browser).executeScript("""
					const width = document.documentElement.clientWidth;
					return [...document.querySelectorAll('body *')]
					  .filter(e => e.getBoundingClientRect().right > width + 1)
					  .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width + 1)
					  .slice(0, 5)
					  .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')
					  .join(', ');
					""");
		}
		finally {
			chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	/** A page's kind: its address with councils' and partnerships' slugs and records' ids replaced. */
	static String kindOf(String path) {
		String[] segments = path.split("/", -1);
		StringBuilder kind = new StringBuilder();
		for (int i = 1; i < segments.length; i++) {
			String previous = segments[i - 1];
			String segment = segments[i];
			boolean slug = (previous.equals("councils") || previous.equals("partnerships")
					|| previous.equals("young-people")) && !List.of("new", "bundles", "onboardings").contains(segment);
			kind.append('/').append(slug ? "{c}" : AN_ID.matcher(segment).matches() ? "{id}" : segment);
		}
		return kind.isEmpty() ? "/" : kind.toString();
	}
}
