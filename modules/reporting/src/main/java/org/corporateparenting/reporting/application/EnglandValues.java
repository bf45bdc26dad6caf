package org.corporateparenting.reporting.application;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.corporateparenting.reporting.Period;
import org.corporateparenting.reporting.Unit;
import org.corporateparenting.tenancy.PlatformSchema;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** England's published value of a national indicator for a period, entered by platform admins. */
@Service
@Transactional(readOnly = true)
public class EnglandValues {

	private final JdbcClient jdbc;

	private final NationalIndicators indicators;

	private final Clock clock;

	private final String table;

	private static final BigDecimal LARGEST = new BigDecimal("999999999999");

	EnglandValues(JdbcClient jdbc, NationalIndicators indicators, PlatformSchema platform, Clock clock) {
		this.jdbc = jdbc;
		this.indicators = indicators;
		this.clock = clock;
		this.table = platform.table("england_value");
	}

	public List<EnglandValue> all() {
		return jdbc.sql("select indicator_code, period, value, illustrative, entered_by from " + table
				+ " order by indicator_code, period_start")
			.query((rs, n) -> new EnglandValue(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBoolean(4),
					rs.getString(5)))
			.list();
	}

	/** England's value of each national indicator for the period, by indicator code, where one was entered. */
	public java.util.Map<String, BigDecimal> forPeriod(Period period) {
		java.util.Map<String, BigDecimal> found = new java.util.HashMap<>();
		jdbc.sql("select indicator_code, value from " + table + " where period = :period")
			.param("period", period.toString())
			.query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list()
			.forEach(e -> found.put(e.getKey(), e.getValue()));
		return found;
	}

	public boolean any() {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single() > 0;
	}

	/** Enters or corrects England's value for the period. */
	@Transactional
	public EnglandValue set(String code, @Nullable String periodText, @Nullable BigDecimal value, boolean illustrative,
			String by) {
		Indicator indicator = indicators.find(code).orElseThrow(() -> new NotFoundException("No national indicator " + code));
		List<FieldProblem> problems = new ArrayList<>();
		Period period = Period.parse(periodText).orElse(null);
		if (period == null) {
			problems.add(new FieldProblem("period", "Enter the period, such as 2024-25 or 2024-25 Q1"));
		}
		if (value == null) {
			problems.add(new FieldProblem("value", "Enter England's value"));
		}
		else if (value.signum() < 0 || indicator.unit() == Unit.PERCENTAGE && value.compareTo(BigDecimal.valueOf(100)) > 0
				|| value.compareTo(LARGEST) > 0 || value.stripTrailingZeros().scale() > 2) {
			problems.add(new FieldProblem("value",
					indicator.unit() == Unit.PERCENTAGE ? "Enter a percentage from 0 to 100, with at most 2 decimal places"
							: "Enter a value of 0 or more, below a trillion, with at most 2 decimal places"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		jdbc.sql("insert into " + table + " (indicator_code, period, period_start, value, illustrative, entered_by,"
				+ " entered_at) values (:code, :period, :start, :value, :illustrative, :by, :at) on duplicate key update"
				+ " value = :value, illustrative = :illustrative, entered_by = :by, entered_at = :at")
			.param("code", code)
			.param("period", period.toString())
			.param("start", period.start())
			.param("value", value)
			.param("illustrative", illustrative)
			.param("by", by)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return new EnglandValue(code, period.toString(), value, illustrative, by);
	}

	public record EnglandValue(String indicatorCode, String period, BigDecimal value, boolean illustrative,
			String enteredBy) {
	}
}
