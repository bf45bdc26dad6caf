package org.corporateparenting.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What the header offers a signed-in person: the place they work in (their council, the platform's administration or
 * their partnership) with its sections, the section the page belongs to, and the trail of pages above it for the
 * breadcrumbs. Worked out from the address alone, so a page added under a section's address is in that section with
 * no change here.
 */
public record ServiceNavigation(@Nullable String serviceName, @Nullable String serviceHref, List<Section> sections,
		List<Crumb> trail) {

	/** A section of the place, and whether the page shown is in it. */
	public record Section(String name, String href, boolean current) {
	}

	/** A page above the one shown. */
	public record Crumb(String name, String href) {
	}

	/**
	 * A council's sections: the address of each one's first page, the other addresses of its own first page (the
	 * strategy section's is the strategy in force, at its own address), and the other addresses that belong to it.
	 */
	private enum CouncilSection {

		HOME("Home", "", null), STRATEGY("Strategy", "/strategy", "/strategies/[^/]+", "/strategies/", "/action-plans/",
				"/actions/"),
		PLEDGES("Pledges", "/pledges", null, "/pledge-sets/", "/work-streams/"), ALLIANCE("Alliance", "/alliance", null),
		CONSULTATIONS("Consultations", "/consultations", null, "/forums", "/findings/", "/wellbeing"),
		LOCAL_OFFER("Local offer", "/local-offers", null, "/offer-sections/"),
		INDICATORS("Indicators", "/indicators", null, "/sharing", "/benchmarking"),
		INSPECTION("Inspection", "/inspection", null) {

			@Override
			boolean forPartners() {
				return false;
			}
		},
		BOARD_PACKS("Board packs", "/board-packs", null, "/annual-reports");

		private final String label;

		private final String path;

		private final @Nullable Pattern firstPage;

		private final List<String> others;

		CouncilSection(String label, String path, @Nullable String firstPage, String... others) {
			this.label = label;
			this.path = path;
			this.firstPage = firstPage == null ? null : Pattern.compile(firstPage);
			this.others = List.of(others);
		}

		/** Whether a partner, who reads only their own organisation's records, is offered the section. */
		boolean forPartners() {
			return true;
		}

		boolean holds(String rest) {
			return this != HOME && (startsWithSegment(rest, path) || others.stream().anyMatch(o -> startsWithSegment(rest, o)));
		}

		boolean isFirstPage(String rest) {
			return rest.equals(path) || (firstPage != null && firstPage.matcher(rest).matches());
		}

		private static boolean startsWithSegment(String rest, String prefix) {
			return prefix.endsWith("/") ? rest.startsWith(prefix) : rest.equals(prefix) || rest.startsWith(prefix + "/");
		}
	}

	private record AdminSection(String label, String path) {
	}

	private static final List<AdminSection> ADMIN_SECTIONS = List.of(new AdminSection("Councils", "/admin/councils"),
			new AdminSection("Partnerships", "/admin/partnerships"), new AdminSection("Indicators", "/admin/indicators"),
			new AdminSection("Statistical neighbours", "/admin/statistical-neighbours"));

	private static final ServiceNavigation NONE = new ServiceNavigation(null, null, List.of(), List.of());

	/**
	 * The navigation for a person on the page at {@code path} (without the context path); {@code partnershipNames}
	 * names a partnership by its slug.
	 */
	static ServiceNavigation of(@Nullable SignedInUser person, String path,
			Function<String, Optional<String>> partnershipNames) {
		if (person == null) {
			return NONE;
		}
		if (person.council() != null && person.councilRole()) {
			return forCouncil(person.council(), person.councilName(), person.readsCouncilWide(), path, partnershipNames);
		}
		if (person.platformAdmin()) {
			return forAdmin(path);
		}
		if (person.partnership() != null) {
			return forPartnership(person.partnership(), path, partnershipNames);
		}
		return NONE;
	}

	private static ServiceNavigation forCouncil(String council, @Nullable String councilName, boolean councilWide,
			String path, Function<String, Optional<String>> partnershipNames) {
		String home = "/councils/" + council;
		String rest = path.startsWith(home + "/") ? path.substring(home.length()) : path.equals(home) ? "" : null;
		// A page of the council that no other section holds (the dashboard, the profile) is under Home.
		CouncilSection current = rest == null ? null : CouncilSection.HOME;
		for (CouncilSection section : CouncilSection.values()) {
			if (rest != null && section.holds(rest)) {
				current = section;
			}
		}
		List<Section> sections = new ArrayList<>();
		for (CouncilSection section : CouncilSection.values()) {
			if (councilWide || section.forPartners()) {
				sections.add(new Section(section.label, home + section.path, section == current));
			}
		}
		List<Crumb> trail = new ArrayList<>();
		if (rest != null && !rest.isEmpty()) {
			trail.add(new Crumb("Home", home));
			if (current != CouncilSection.HOME && !current.isFirstPage(rest)) {
				trail.add(new Crumb(current.label, home + current.path));
			}
		}
		else if (rest == null && !path.equals("/")) {
			// Outside the council (a partnership it compares itself in): home first, then the partnership's front page.
			trail.add(new Crumb("Home", home));
			partnershipOf(path).filter(p -> !path.equals("/partnerships/" + p))
				.flatMap(p -> partnershipNames.apply(p).map(name -> new Crumb(name, "/partnerships/" + p)))
				.ifPresent(trail::add);
		}
		return new ServiceNavigation(councilName == null ? council : councilName, home, sections, trail);
	}

	private static ServiceNavigation forAdmin(String path) {
		List<Section> sections = new ArrayList<>();
		List<Crumb> trail = new ArrayList<>();
		for (AdminSection section : ADMIN_SECTIONS) {
			boolean current = path.equals(section.path) || path.startsWith(section.path + "/");
			sections.add(new Section(section.label, section.path, current));
			if (current && !path.equals(section.path)) {
				trail.add(new Crumb(section.label, section.path));
			}
		}
		return new ServiceNavigation("Platform administration", ADMIN_SECTIONS.getFirst().path, sections, trail);
	}

	private static ServiceNavigation forPartnership(String partnership, String path,
			Function<String, Optional<String>> partnershipNames) {
		String home = "/partnerships/" + partnership;
		String name = partnershipNames.apply(partnership).orElse(partnership);
		boolean inside = path.equals(home) || path.startsWith(home + "/");
		List<Crumb> trail = inside && !path.equals(home) ? List.of(new Crumb(name, home)) : List.of();
		return new ServiceNavigation(name, home, List.of(new Section("Comparisons", home, inside)), trail);
	}

	private static Optional<String> partnershipOf(String path) {
		if (!path.startsWith("/partnerships/")) {
			return Optional.empty();
		}
		String rest = path.substring("/partnerships/".length());
		int slash = rest.indexOf('/');
		return Optional.of(slash < 0 ? rest : rest.substring(0, slash)).filter(s -> !s.isEmpty());
	}

	/** Whether there is anything to show in the service navigation bar. */
	public boolean shown() {
		return serviceName != null;
	}
}
