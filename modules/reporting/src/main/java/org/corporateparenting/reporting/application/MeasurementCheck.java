package org.corporateparenting.reporting.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.corporateparenting.reporting.Period;
import org.corporateparenting.reporting.Unit;
import org.corporateparenting.reporting.domain.Measurement.Figures;
import org.corporateparenting.web.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The rules a measurement keeps, whether it is typed into a form, sent to the API or read from an uploaded file:
 * every problem is listed against its field, with the row's place in front for an upload.
 */
final class MeasurementCheck {

	private static final BigDecimal CLOSE_ENOUGH = new BigDecimal("0.1");

	private static final BigDecimal LARGEST = new BigDecimal("999999999999");

	private MeasurementCheck() {
	}

	record Checked(@Nullable Period period, @Nullable Figures figures, List<FieldProblem> problems) {

		boolean ok() {
			return problems.isEmpty();
		}
	}

	static Checked check(Indicator indicator, MeasurementRequest request, String prefix) {
		List<FieldProblem> problems = new ArrayList<>();
		Optional<Period> period = Period.parse(request.period());
		if (request.period() == null || request.period().isBlank()) {
			problems.add(new FieldProblem(prefix + "period", "Enter the period, such as 2024-25 or 2024-25 Q1"));
		}
		else if (period.isEmpty()) {
			problems.add(new FieldProblem(prefix + "period",
					"A period is a year from April, such as 2024-25, or one of its quarters, such as 2024-25 Q1"));
		}
		BigDecimal value = value(indicator.unit(), request, prefix, problems);
		if (request.tolerance() != null) {
			inRange(indicator.unit(), request.tolerance(), prefix + "tolerance", "The tolerance", problems);
		}
		if (request.tolerance() != null && request.target() == null) {
			problems.add(new FieldProblem(prefix + "target", "Enter the target the tolerance is measured from"));
		}
		if (request.target() != null) {
			inRange(indicator.unit(), request.target(), prefix + "target", "The target", problems);
		}
		if (request.note() != null && request.note().length() > 1000) {
			problems.add(new FieldProblem(prefix + "note", "The note is at most 1000 characters"));
		}
		Figures figures = problems.isEmpty() ? new Figures(value, request.numerator(), request.denominator(),
				request.target(), request.tolerance(), blankToNull(request.note()),
				Boolean.TRUE.equals(request.illustrative())) : null;
		return new Checked(period.orElse(null), figures, problems);
	}

	/** The value, worked out when need be; its own problems are added to the others, never hidden by them. */
	private static @Nullable BigDecimal value(Unit unit, MeasurementRequest request, String prefix,
			List<FieldProblem> others) {
		List<FieldProblem> problems = new ArrayList<>();
		BigDecimal value = valueChecked(unit, request, prefix, problems);
		others.addAll(problems);
		return problems.isEmpty() ? value : null;
	}

	private static @Nullable BigDecimal valueChecked(Unit unit, MeasurementRequest request, String prefix,
			List<FieldProblem> problems) {
		Integer numerator = request.numerator();
		Integer denominator = request.denominator();
		if (unit == Unit.COUNT && (numerator != null || denominator != null)) {
			problems.add(new FieldProblem(prefix + (numerator != null ? "numerator" : "denominator"),
					"A count is a single value: leave the numerator and denominator empty"));
			return null;
		}
		if (denominator != null && denominator < 1) {
			problems.add(new FieldProblem(prefix + "denominator", "The denominator must be 1 or more"));
		}
		if (numerator != null && numerator < 0) {
			problems.add(new FieldProblem(prefix + "numerator", "The numerator cannot be negative"));
		}
		if (unit == Unit.PERCENTAGE && numerator != null && denominator != null && numerator > denominator) {
			problems.add(new FieldProblem(prefix + "numerator", "The numerator cannot be more than the denominator"));
		}
		if (unit == Unit.SCORE && numerator != null) {
			problems.add(new FieldProblem(prefix + "numerator",
					"A score has no numerator: give the value, and the number it is an average of as the denominator"));
		}
		if (unit.isRatio() && (numerator == null) != (denominator == null)) {
			problems.add(new FieldProblem(prefix + (numerator == null ? "numerator" : "denominator"),
					"Give both the numerator and the denominator, or neither"));
		}
		if (!problems.isEmpty()) {
			return null;
		}
		BigDecimal worked = unit.isRatio() && numerator != null ? unit.of(numerator, denominator) : null;
		BigDecimal value = request.value() != null ? request.value() : worked;
		if (value == null) {
			problems.add(new FieldProblem(prefix + "value",
					unit.isRatio() ? "Enter the value, or the numerator and denominator" : "Enter the value"));
			return null;
		}
		if (worked != null && value.subtract(worked).abs().compareTo(CLOSE_ENOUGH) > 0) {
			problems.add(new FieldProblem(prefix + "value", "The value is " + unit.format(worked)
					+ " from the numerator and denominator, not " + unit.format(value)));
		}
		if (unit == Unit.COUNT && value.stripTrailingZeros().scale() > 0) {
			problems.add(new FieldProblem(prefix + "value", "A count is a whole number"));
		}
		inRange(unit, value, prefix + "value", "The value", problems);
		return value;
	}

	private static void inRange(Unit unit, BigDecimal value, String field, String what, List<FieldProblem> problems) {
		if (value.signum() < 0) {
			problems.add(new FieldProblem(field, what + " cannot be negative"));
		}
		else if (unit == Unit.PERCENTAGE && value.compareTo(BigDecimal.valueOf(100)) > 0) {
			problems.add(new FieldProblem(field, what + " is a percentage: 0 to 100"));
		}
		else if (value.compareTo(LARGEST) > 0 || value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
			problems.add(new FieldProblem(field, what + " must be below a trillion, with at most 2 decimal places"));
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
