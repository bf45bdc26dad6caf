package org.corporateparenting.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.corporateparenting.reporting.Polarity;
import org.corporateparenting.reporting.Unit;
import org.corporateparenting.reporting.application.AnnualReportRequest;
import org.corporateparenting.reporting.application.BoardPackRequest;
import org.corporateparenting.reporting.application.LocalIndicatorRequest;
import org.corporateparenting.reporting.application.MeasurementRequest;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.FormValues;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.SubmittedForm;
import org.jspecify.annotations.Nullable;

/**
 * The reporting pages' forms as posted, each field as typed; each becomes the request the API takes. Figures may
 * be typed as people write them (92.5%, 1,204), and every figure that is not a number is a problem at once.
 */
final class ReportingForms {

	private ReportingForms() {
	}

	record MeasurementForm(@Nullable String period, @Nullable String value, @Nullable String numerator,
			@Nullable String denominator, @Nullable String target, @Nullable String tolerance, @Nullable String note,
			@Nullable String illustrative, @Nullable String version) implements SubmittedForm {

		MeasurementRequest toRequest() {
			List<FieldProblem> problems = new ArrayList<>();
			MeasurementRequest request = new MeasurementRequest(blank(period), decimal("value", value, problems),
					whole("numerator", numerator, problems), whole("denominator", denominator, problems),
					decimal("target", target, problems), decimal("tolerance", tolerance, problems), blank(note),
					"true".equals(illustrative), FormValues.version(version));
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			return request;
		}
	}

	/** Following an indicator on the dashboard, at a place in its order. */
	record TrackingForm(@Nullable String priority) implements SubmittedForm {

		@Nullable Integer toPriority() {
			return FormValues.integer("priority", priority);
		}
	}

	/** One of the council's own indicators; its code is fixed once made. */
	record LocalIndicatorForm(@Nullable String code, @Nullable String name, @Nullable String definition,
			@Nullable String unit, @Nullable String polarity, @Nullable String source, @Nullable String version)
			implements SubmittedForm {

		LocalIndicatorRequest toRequest() {
			return new LocalIndicatorRequest(blank(code), blank(name), blank(definition),
					FormValues.value(Unit.class, "unit", unit), FormValues.value(Polarity.class, "polarity", polarity),
					blank(source), FormValues.version(version));
		}
	}

	/** Finalising a period, which sends the shared figures to the partnerships. */
	record FinaliseForm(@Nullable String period) implements SubmittedForm {
	}

	/** A board pack's report, section by section, in the council's committee report format. */
	/** The board's annual report: its year (when it is started) and its words. */
	record AnnualReportForm(@Nullable String year, @Nullable String title, @Nullable String chairsForeword,
			@Nullable String achievements, @Nullable String challenges, @Nullable String nextYearPriorities,
			@Nullable String version) implements SubmittedForm {

		AnnualReportRequest toRequest() {
			return new AnnualReportRequest(year, title, chairsForeword, achievements, challenges, nextYearPriorities,
					FormValues.version(version));
		}
	}

	record BoardPackForm(@Nullable String title, @Nullable String period, @Nullable String meetingBody,
			@Nullable String meetingDate, @Nullable String executiveSummary, @Nullable String reason,
			@Nullable String recommendations, @Nullable String backgroundPapers, @Nullable String resourceLegal,
			@Nullable String councilPlan, @Nullable String citizenImpact, @Nullable String performanceManagement,
			@Nullable String reducingInequalities, @Nullable String consultation, @Nullable String contactOfficer,
			@Nullable String version) implements SubmittedForm {

		BoardPackRequest toRequest() {
			return new BoardPackRequest(title, period, meetingBody, FormValues.date("meetingDate", meetingDate),
					executiveSummary, reason, recommendations, backgroundPapers, resourceLegal, councilPlan,
					citizenImpact, performanceManagement, reducingInequalities, consultation, contactOfficer,
					FormValues.version(version));
		}
	}

	static @Nullable BigDecimal decimal(String field, @Nullable String typed, List<FieldProblem> problems) {
		String text = blank(typed);
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text.replace(",", "").replace("%", ""));
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(field, "Enter a number, such as 92 or 92.5"));
			return null;
		}
	}

	static @Nullable Integer whole(String field, @Nullable String typed, List<FieldProblem> problems) {
		BigDecimal number = decimal(field, typed, problems);
		if (number == null) {
			return null;
		}
		if (number.stripTrailingZeros().scale() > 0
				|| number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
			problems.add(new FieldProblem(field, "Enter a whole number, such as 92"));
			return null;
		}
		return number.intValue();
	}

	static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
