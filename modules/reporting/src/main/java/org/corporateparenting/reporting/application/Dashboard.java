package org.corporateparenting.reporting.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.corporateparenting.reporting.domain.DashboardCadence;
import org.corporateparenting.reporting.domain.DashboardCadences;
import org.corporateparenting.reporting.domain.DashboardFigure;
import org.corporateparenting.reporting.domain.DashboardPriorities;
import org.corporateparenting.reporting.domain.DashboardPriority;
import org.corporateparenting.reporting.domain.DashboardSection;
import org.corporateparenting.reporting.domain.DashboardSection.Section;
import org.corporateparenting.reporting.domain.DashboardSections;
import org.corporateparenting.strategy.Theme;
import org.corporateparenting.web.SharedResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council dashboard as pages, the API and exports show it: read from the read model and the council's own
 * measurements only, in a handful of queries however large the council is.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

	private final DashboardSections sections;

	private final DashboardPriorities priorities;

	private final DashboardCadences cadences;

	private final IndicatorTiles tiles;

	/** The dashboard this instance last built for each council, with the sections' version it was built at. */
	private final SectionVersions.Kept<View> built;

	Dashboard(DashboardSections sections, DashboardPriorities priorities, DashboardCadences cadences,
			IndicatorTiles tiles, SectionVersions versions) {
		this.sections = sections;
		this.priorities = priorities;
		this.cadences = cadences;
		this.tiles = tiles;
		// Built at the version its own read of the sections found, whatever changed since the sum was read.
		this.built = versions.keep(sum -> {
			Sections read = sections();
			List<DashboardPriority> rows = priorities.findAllByOrderByNumber();
			return new SectionVersions.Made<>(read.version(), summary(read, rows, tiles.tiles(IndicatorCatalogue.labels(rows))));
		});
	}

	/**
	 * The dashboard as it stands. What this instance built for the council before is shown again while no section
	 * has changed since: without asking the database while the sections' sum of counts of changes was read less than
	 * a second ago and nothing changed them on this instance since ({@link SectionVersions}), else after reading that
	 * sum again (one small query) in a transaction of its own, or the caller's.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public View view() {
		return built.current();
	}

	/** Everything but the indicator tiles, as the records stand now. */
	public View summary() {
		return summary(sections(), priorities.findAllByOrderByNumber(), List.of());
	}

	/** The sections with their figures, in one query. */
	private Sections sections() {
		Map<Section, DashboardSection> bySection = new EnumMap<>(Section.class);
		Map<String, Long> counts = new HashMap<>();
		for (Object[] row : this.sections.findAllWithFigures()) {
			DashboardSection section = (DashboardSection) row[0];
			bySection.put(section.getSection(), section);
			if (row[1] instanceof DashboardFigure figure) {
				counts.put(figure.getName(), figure.getFigure());
			}
		}
		return new Sections(bySection, counts);
	}

	/**
	 * @param version the sum of the sections' counts of changes: each only goes up, so a different sum is a
	 *     different dashboard
	 */
	private record Sections(Map<Section, DashboardSection> bySection, Map<String, Long> counts) {

		long version() {
			return bySection.values().stream().mapToLong(DashboardSection::getVersion).sum();
		}
	}

	/** Read in two more queries: the priorities (given), the cadences. */
	private View summary(Sections read, List<DashboardPriority> priorityRows, List<IndicatorTiles.Tile> tiles) {
		Map<Section, DashboardSection> bySection = read.bySection();
		Map<String, Long> counts = read.counts();
		List<PriorityRow> rows = priorityRows.stream()
			.map(p -> new PriorityRow(p.getPriorityId(), p.getNumber(), p.getTitle(), p.getTheme(), p.counts()))
			.toList();
		Instant refreshed = bySection.values()
			.stream()
			.map(DashboardSection::getRefreshedAt)
			.filter(Objects::nonNull)
			.min(Instant::compareTo)
			.orElse(null);
		DashboardSection strategy = bySection.get(Section.STRATEGY);
		return new View(strategy == null ? null : strategy.getHeading(), rows, total(rows), themes(rows),
				new PledgeCounts(count(counts, DashboardReadModel.PLEDGES_IN_PROGRESS),
						count(counts, DashboardReadModel.PLEDGES_DELIVERED),
						count(counts, DashboardReadModel.PLEDGES_NOT_ASSIGNED),
						count(counts, DashboardReadModel.WORK_STREAMS_ACTIVE)),
				cadences.findAllByOrderByBodyTypeAscNameAsc(), count(counts, DashboardReadModel.ALLIANCE_OVERDUE),
				new VoiceCounts(count(counts, DashboardReadModel.CONSULTATIONS_OPEN),
						count(counts, DashboardReadModel.YOU_SAID_WE_DID), count(counts, DashboardReadModel.YSWD_DONE),
						count(counts, DashboardReadModel.YSWD_PLANNED),
						count(counts, DashboardReadModel.YSWD_NOT_POSSIBLE)),
				tiles, refreshed);
	}

	private static long count(Map<String, Long> counts, String name) {
		return counts.getOrDefault(name, 0L);
	}

	private static DashboardPriority.Counts total(List<PriorityRow> rows) {
		return rows.stream()
			.map(PriorityRow::counts)
			.reduce(new DashboardPriority.Counts(0, 0, 0, 0, 0, 0, 0, 0),
					(a, b) -> new DashboardPriority.Counts(a.actions() + b.actions(), a.green() + b.green(),
							a.amber() + b.amber(), a.red() + b.red(), a.notRated() + b.notRated(),
							a.greenOrComplete() + b.greenOrComplete(), a.complete() + b.complete(), a.overdue() + b.overdue()));
	}

	/**
	 * Delivery progress by standard theme: the share of actions rated green or complete, over the themed priorities
	 * (an action on track by its status but rated amber or red is not counted).
	 */
	static List<ThemeProgress> themes(List<PriorityRow> rows) {
		Map<Theme, int[]> byTheme = new EnumMap<>(Theme.class);
		rows.stream().filter(row -> row.theme() != null).forEach(row -> {
			int[] sums = byTheme.computeIfAbsent(row.theme(), theme -> new int[2]);
			sums[0] += row.counts().actions();
			sums[1] += row.counts().greenOrComplete();
		});
		List<ThemeProgress> themes = new ArrayList<>();
		byTheme.forEach((theme, sums) -> themes.add(new ThemeProgress(theme, sums[0], sums[1])));
		return themes;
	}

	public record PriorityRow(long priorityId, int number, String title, @Nullable Theme theme,
			DashboardPriority.Counts counts) {
	}

	public record ThemeProgress(Theme theme, int actions, int greenOrComplete) {

		public @Nullable Integer percentage() {
			return actions == 0 ? null : Math.round(100f * greenOrComplete / actions);
		}
	}

	public record PledgeCounts(long inProgress, long delivered, long notAssigned, long activeWorkStreams) {

		public long total() {
			return inProgress + delivered + notAssigned;
		}
	}

	public record VoiceCounts(long openConsultations, long youSaidWeDid, long done, long planned, long notPossible) {
	}

	/**
	 * @param plan the strategy and action plan in force, if there is one
	 * @param refreshedAt the oldest of the sections' last refreshes; null before the first
	 */
	/** Shown again, unchanged, while no section changes ({@link #view()}): shared between requests. */
	public record View(@Nullable String plan, List<PriorityRow> priorities, DashboardPriority.Counts totals,
			List<ThemeProgress> themes, PledgeCounts pledges, List<DashboardCadence> cadence, long overdueAllocatedActions,
			VoiceCounts voice, List<IndicatorTiles.Tile> tiles, @Nullable Instant refreshedAt) implements SharedResponse {
	}
}
