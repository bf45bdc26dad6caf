package org.corporateparenting.reporting.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.corporateparenting.tenancy.PlatformSchema;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.Spreadsheets;
import org.corporateparenting.web.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each council's children's-services statistical neighbours, as a platform admin loads DfE's table: a CSV (or XLSX)
 * with a council's ONS code and its neighbours' codes ranked 1 (closest) to 10. A load replaces the whole table,
 * quoting the version it replaces; it is checked whole first, every problem listed by row and column, and nothing is
 * written while any remains.
 */
@Service
@Transactional(readOnly = true)
public class StatisticalNeighbours {

	public static final String COUNCIL = "council_ons_code";

	public static final int MOST = 10;

	/** The columns the table is read by: the council and at least its first neighbour. */
	public static final Spreadsheets.Columns COLUMNS = Spreadsheets.Columns.exactly(List.of(COUNCIL, neighbourColumn(1)),
			Stream.concat(Stream.of(COUNCIL), IntStream.rangeClosed(1, MOST).mapToObj(StatisticalNeighbours::neighbourColumn))
				.toList());

	/** An English council's ONS area code: unitary (E06), metropolitan (E08), London (E09) or county (E10). */
	private static final Pattern ONS_CODE = Pattern.compile("E(06|08|09|10)\\d{6}");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String neighbours;

	private final String table;

	StatisticalNeighbours(JdbcClient jdbc, PlatformSchema platform, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.neighbours = platform.table("statistical_neighbour");
		this.table = platform.table("statistical_neighbour_table");
	}

	public static String neighbourColumn(int rank) {
		return "neighbour_" + rank;
	}

	/** The table as last loaded, without its rows. */
	public Loaded loaded() {
		return jdbc.sql("select version, councils, illustrative, source, loaded_by, loaded_at from " + table
				+ " where id = 1")
			.query((rs, n) -> new Loaded(rs.getLong(1), rs.getInt(2), rs.getBoolean(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
			.single();
	}

	/** A council's neighbours' ONS codes, closest first; none when the table has no row for it. */
	public List<String> of(String councilOnsCode) {
		return jdbc.sql("select neighbour_ons from " + neighbours + " where council_ons = :ons order by neighbour_rank")
			.param("ons", councilOnsCode)
			.query(String.class)
			.list();
	}

	/** Every council's row, by council code, neighbours closest first: the table as it can be downloaded again. */
	public Map<String, List<String>> all() {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		jdbc.sql("select council_ons, neighbour_ons from " + neighbours + " order by council_ons, neighbour_rank")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(e -> rows.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return rows;
	}

	/**
	 * Replaces the whole table with the file's.
	 *
	 * @param version the version of the table being replaced, as read (0 before the first load)
	 * @param source where the table comes from, in words (DfE's children's services statistical neighbour
	 *     benchmarking tool, and its date)
	 */
	@Transactional
	public Loaded load(List<Spreadsheets.Row> rows, @Nullable Long version, boolean illustrative,
			@Nullable String source, String by) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, List<String>> read = read(rows, problems);
		if (source != null && source.length() > 300) {
			problems.add(new FieldProblem("source", "Describe the source in 300 characters or fewer"));
		}
		if (version == null) {
			problems.add(new FieldProblem("version", "Give the version of the table you are replacing, as read"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long current = jdbc.sql("select version from " + table + " where id = 1 for update").query(Long.class).single();
		Versions.require(version, current);
		jdbc.sql("delete from " + neighbours).update();
		// One statement per council, its neighbours' rows together.
		read.forEach((council, ranked) -> {
			StringBuilder sql = new StringBuilder("insert into " + neighbours
					+ " (council_ons, neighbour_rank, neighbour_ons) values ");
			for (int rank = 1; rank <= ranked.size(); rank++) {
				sql.append(rank == 1 ? "" : ", ").append("(:c, ").append(rank).append(", :n").append(rank).append(")");
			}
			var statement = jdbc.sql(sql.toString()).param("c", council);
			for (int rank = 1; rank <= ranked.size(); rank++) {
				statement = statement.param("n" + rank, ranked.get(rank - 1));
			}
			statement.update();
		});
		jdbc.sql("update " + table + " set version = version + 1, councils = :councils, illustrative = :illustrative,"
				+ " source = :source, loaded_by = :by, loaded_at = :at where id = 1")
			.param("councils", read.size())
			.param("illustrative", illustrative)
			.param("source", source == null || source.isBlank() ? null : source.strip())
			.param("by", by)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return loaded();
	}

	/** The file's rows as council code to neighbours, every problem noted by row and column. */
	private static Map<String, List<String>> read(List<Spreadsheets.Row> rows, List<FieldProblem> problems) {
		Map<String, List<String>> read = new LinkedHashMap<>();
		if (rows.isEmpty()) {
			problems.add(new FieldProblem("file", "The file has no councils: under the headings " + COUNCIL + ", "
					+ neighbourColumn(1) + " ... " + neighbourColumn(MOST) + ", give a row per council"));
			return read;
		}
		problems.addAll(COLUMNS.problems(rows.getFirst().values().keySet()));
		if (!problems.isEmpty()) {
			return read;
		}
		for (Spreadsheets.Row row : rows) {
			String place = "rows[" + row.number() + "].";
			String council = code(row, COUNCIL);
			if (council.isEmpty() || !ONS_CODE.matcher(council).matches()) {
				problems.add(new FieldProblem(place + COUNCIL, "Row " + row.number() + ": "
						+ (council.isEmpty() ? "give the council's ONS code" : "'" + council + "' is not an English"
								+ " council's ONS code, such as E08000030")));
			}
			else if (read.containsKey(council)) {
				problems.add(new FieldProblem(place + COUNCIL, "Row " + row.number() + ": " + council
						+ " has a row already; give each council one row"));
			}
			List<String> ranked = new ArrayList<>();
			boolean gap = false;
			for (int rank = 1; rank <= MOST; rank++) {
				String column = neighbourColumn(rank);
				String neighbour = code(row, column);
				if (neighbour.isEmpty()) {
					gap = true;
					continue;
				}
				String problem = gap ? "neighbours are ranked without gaps: fill " + neighbourColumn(ranked.size() + 1)
						+ " first"
						: !ONS_CODE.matcher(neighbour).matches() ? "'" + neighbour + "' is not an English council's ONS code"
						: neighbour.equals(council) ? "a council is not its own neighbour"
						: ranked.contains(neighbour) ? neighbour + " is already one of this council's neighbours" : null;
				if (problem != null) {
					problems.add(new FieldProblem(place + column, "Row " + row.number() + ": " + problem));
				}
				else {
					ranked.add(neighbour);
				}
			}
			if (code(row, neighbourColumn(1)).isEmpty()) {
				problems.add(new FieldProblem(place + neighbourColumn(1), "Row " + row.number()
						+ ": give at least the closest neighbour"));
			}
			read.putIfAbsent(council, ranked);
		}
		return read;
	}

	private static String code(Spreadsheets.Row row, String column) {
		String value = row.values().get(column);
		return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
	}

	/**
	 * @param version what the next load must quote
	 * @param illustrative whether the table was made up for a demonstration, not DfE's
	 */
	public record Loaded(long version, int councils, boolean illustrative, @Nullable String source,
			@Nullable String loadedBy, @Nullable Instant loadedAt) {
	}
}
