package org.corporateparenting.reporting.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.corporateparenting.reporting.application.Ssda903Extract.Episode;
import org.corporateparenting.reporting.application.Ssda903Extract.Oc2;
import org.corporateparenting.reporting.application.Ssda903Extract.Oc3;
import org.jspecify.annotations.Nullable;

/**
 * The national indicators the platform works out from an SSDA903 extract for a year (1 April to 31 March), as
 * aggregates only: a numerator and denominator, or a count, or an average score with how many it averages. The
 * definitions are the platform's reading of DfE's, stated beside each figure; a table not given yields no figure.
 */
public final class Ssda903Figures {

	/** A new episode that starts a placement: started care, changed placement, or both with a legal status change. */
	private static final Set<String> NEW_PLACEMENT = Set.of("S", "P", "T", "B", "U");

	/** Activities in education, employment or training: higher or other education, training or employment. */
	private static final Set<String> EET = Set.of("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5");

	/** Ceased on turning 18 and remained with their carers, including under a Staying Put arrangement. */
	private static final String STAYING_PUT = "E17";

	private Ssda903Figures() {
	}

	/**
	 * @param start the first day of the year (1 April)
	 */
	public static List<Figure> of(Ssda903Extract extract, LocalDate start) {
		LocalDate end = start.plusYears(1).minusDays(1);
		Map<String, LocalDate> births = new HashMap<>();
		extract.header().forEach(child -> {
			if (child.birth() != null) {
				births.put(child.child(), child.birth());
			}
		});
		Map<String, List<Episode>> byChild = new HashMap<>();
		extract.episodes()
			.stream()
			.filter(e -> e.start() != null)
			.sorted(Comparator.comparing(Episode::start))
			.forEach(e -> byChild.computeIfAbsent(e.child(), c -> new ArrayList<>()).add(e));
		List<Figure> figures = new ArrayList<>();
		placements(byChild, start, end, figures);
		stability(byChild, births, end, figures);
		if (!extract.oc2().isEmpty()) {
			List<Oc2> oc2 = extract.oc2();
			figures.add(share("HEALTH-ASSESSMENT", oc2, Oc2::healthAssessment,
					"Children in OC2 (looked after 12 months or more on 31 March) whose annual health assessment was up to date"));
			figures.add(share("IMMUNISATIONS", oc2, Oc2::immunisations,
					"Children in OC2 whose immunisations were up to date"));
			figures.add(share("DENTAL-CHECK", oc2, Oc2::teeth, "Children in OC2 whose teeth were checked in the year"));
			List<Oc2> schoolAge = oc2.stream().filter(c -> between(age(c.birth(), end), 5, 16)).toList();
			figures.add(share("SDQ-RETURNED", schoolAge, c -> c.sdq() != null,
					"Children in OC2 aged 5 to 16 on 31 March with an SDQ score"));
			List<Integer> scores = schoolAge.stream().map(Oc2::sdq).filter(Objects::nonNull).toList();
			if (!scores.isEmpty()) {
				BigDecimal average = BigDecimal.valueOf(scores.stream().mapToInt(Integer::intValue).sum())
					.divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
				figures.add(new Figure("SDQ-SCORE", average, null, scores.size(),
						"The average SDQ score of the " + scores.size() + " children in OC2 aged 5 to 16 with one"));
			}
		}
		if (!extract.oc3().isEmpty()) {
			for (int[] band : new int[][] { { 17, 18 }, { 19, 21 } }) {
				List<Oc3> leavers = extract.oc3()
					.stream()
					.filter(c -> between(ageOnBirthdayIn(c.birth(), start, end), band[0], band[1]))
					.toList();
				String suffix = band[0] + "-" + band[1];
				figures.add(share("CL-EET-" + suffix, leavers, c -> c.activity() != null && EET.contains(c.activity()),
						"Care leavers in OC3 aged " + band[0] + " to " + band[1] + " on their birthday in the year,"
								+ " in education, employment or training (activity F1, P1, F2, P2, F4, P4, F5 or P5)"));
				figures.add(share("CL-ACCOM-" + suffix, leavers,
						c -> c.accommodation() != null && c.accommodation().endsWith("1"),
						"Care leavers in OC3 aged " + band[0] + " to " + band[1]
								+ " whose accommodation was judged suitable (an accommodation code ending 1)"));
			}
		}
		long stayingPut = extract.episodes()
			.stream()
			.filter(e -> STAYING_PUT.equals(e.ceased()) && within(e.end(), start, end))
			.count();
		figures.add(new Figure("STAYING-PUT", BigDecimal.valueOf(stayingPut), null, null,
				"Episodes ending in the year on turning 18 with the young person remaining with their carers (REC E17)"));
		if (!extract.missing().isEmpty()) {
			long incidents = extract.missing()
				.stream()
				.filter(m -> "M".equals(m.kind()) && within(m.start(), start, end))
				.count();
			figures.add(new Figure("MISSING-INCIDENTS", BigDecimal.valueOf(incidents), null, null,
					"Missing episodes (M, not away from placement) starting in the year"));
		}
		return figures.stream().filter(Figure::present).toList();
	}

	/** Children looked after on 31 March, and those with three or more placements in the year. */
	private static void placements(Map<String, List<Episode>> byChild, LocalDate start, LocalDate end,
			List<Figure> figures) {
		int lookedAfter = 0;
		int threeOrMore = 0;
		for (List<Episode> episodes : byChild.values()) {
			if (episodes.stream().noneMatch(e -> open(e, end))) {
				continue;
			}
			lookedAfter++;
			// The placement held on 1 April counts, and so does every placement begun in the year.
			long placements = episodes.stream().filter(e -> e.start().isBefore(start) && (e.end() == null
					|| !e.end().isBefore(start))).count() > 0 ? 1 : 0;
			placements += episodes.stream()
				.filter(e -> within(e.start(), start, end) && e.reason() != null && NEW_PLACEMENT.contains(e.reason()))
				.count();
			if (placements >= 3) {
				threeOrMore++;
			}
		}
		figures.add(ratio("PLACEMENTS-3PLUS", threeOrMore, lookedAfter,
				"Children looked after on 31 March (an open episode) with three or more placements in the year: the one held"
						+ " on 1 April and each episode begun in the year with RNE S, P, T, B or U"));
	}

	/**
	 * Children under 16 on 31 March looked after for two and a half years or more without a break, and those of them
	 * in the same placement for two years or more.
	 */
	private static void stability(Map<String, List<Episode>> byChild, Map<String, LocalDate> births, LocalDate end,
			List<Figure> figures) {
		int longTerm = 0;
		int stable = 0;
		for (Map.Entry<String, List<Episode>> child : byChild.entrySet()) {
			List<Episode> episodes = child.getValue();
			Episode current = episodes.stream().filter(e -> open(e, end)).findFirst().orElse(null);
			Integer age = age(births.get(child.getKey()), end);
			if (current == null || age == null || age >= 16) {
				continue;
			}
			// Walk back through episodes that follow one another without a day's gap: the period of care.
			int index = episodes.indexOf(current);
			LocalDate careStart = current.start();
			LocalDate placementStart = NEW_PLACEMENT.contains(current.reason()) ? current.start() : null;
			while (index > 0 && careStart.equals(episodes.get(index - 1).end())) {
				index--;
				careStart = episodes.get(index).start();
				if (placementStart == null && NEW_PLACEMENT.contains(episodes.get(index).reason())) {
					placementStart = episodes.get(index).start();
				}
			}
			if (placementStart == null) {
				placementStart = careStart;
			}
			if (!careStart.isAfter(end.minusMonths(30))) {
				longTerm++;
				if (!placementStart.isAfter(end.minusYears(2))) {
					stable++;
				}
			}
		}
		figures.add(ratio("PLACEMENT-STABILITY", stable, longTerm,
				"Children under 16 on 31 March looked after for two and a half years or more, in the same placement"
						+ " for two years or more"));
	}

	private static boolean open(Episode episode, LocalDate day) {
		return !episode.start().isAfter(day) && (episode.end() == null || episode.end().isAfter(day));
	}

	private static <T> Figure share(String code, List<T> whole, Predicate<T> part, String note) {
		return ratio(code, (int) whole.stream().filter(part).count(), whole.size(), note);
	}

	private static Figure ratio(String code, int numerator, int denominator, String note) {
		return denominator == 0 ? new Figure(code, null, null, null, note)
				: new Figure(code, null, numerator, denominator, note);
	}

	private static @Nullable Integer age(@Nullable LocalDate birth, LocalDate on) {
		return birth == null || birth.isAfter(on) ? null : Period.between(birth, on).getYears();
	}

	/** The age reached on the birthday that falls in the year. */
	private static @Nullable Integer ageOnBirthdayIn(@Nullable LocalDate birth, LocalDate start, LocalDate end) {
		if (birth == null) {
			return null;
		}
		MonthDay day = MonthDay.from(birth);
		LocalDate birthday = day.atYear(start.getYear()).isBefore(start) ? day.atYear(end.getYear())
				: day.atYear(start.getYear());
		return birthday.getYear() - birth.getYear();
	}

	private static boolean between(@Nullable Integer age, int least, int most) {
		return age != null && age >= least && age <= most;
	}

	private static boolean within(@Nullable LocalDate day, LocalDate start, LocalDate end) {
		return day != null && !day.isBefore(start) && !day.isAfter(end);
	}

	/**
	 * A figure as a measurement records it: a ratio's numerator and denominator, a count's value, a score's value
	 * and the number it averages (as its denominator).
	 */
	public record Figure(String code, @Nullable BigDecimal value, @Nullable Integer numerator,
			@Nullable Integer denominator, String note) {

		/** Whether there is a figure at all (a table with no one in the cohort gives none). */
		public boolean present() {
			return numerator != null || value != null;
		}
	}
}
