package org.corporateparenting.reporting.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.corporateparenting.reporting.AnnualReportStatus;
import org.corporateparenting.reporting.Period;
import org.corporateparenting.reporting.application.AnnualReportContent.Figures;
import org.corporateparenting.reporting.domain.AnnualReport;
import org.corporateparenting.reporting.domain.AnnualReports;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.PageResponse;
import org.corporateparenting.web.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.json.JsonMapper;

/**
 * The board's annual reports: started for a reporting year, written as often as officers like (each save quoting
 * the version it read), finalised (its figures frozen as they stand), and corrected by a new version of the year.
 * A draft's figures are drawn from the live records each time it is read; a finalised one's never change.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReporting {

	private static final int LONG_TEXT = 20_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AnnualReports reports;

	private final AnnualReportFigures figures;

	private final Clock clock;

	AnnualReporting(AnnualReports reports, AnnualReportFigures figures, Clock clock) {
		this.reports = reports;
		this.figures = figures;
		this.clock = clock;
	}

	public PageResponse<Summary> list(int page, int size) {
		int clamped = Math.max(1, Math.min(size, PageResponse.MAX_SIZE));
		Page<AnnualReport> found = reports.findAllByOrderByYearDescEditionDesc(PageRequest.of(Math.max(page, 0), clamped));
		return new PageResponse<>(found.getContent().stream().map(Summary::of).toList(), found.getNumber(), clamped,
				found.getTotalElements(), found.getTotalPages());
	}

	public AnnualReport report(long id) {
		return reports.findById(id).orElseThrow(() -> new NotFoundException("There is no annual report " + id));
	}

	/** The report with its figures: live for a draft, as they stood when it was finalised for a finalised one. */
	public Report read(long id) {
		AnnualReport report = report(id);
		return new Report(Summary.of(report), report.narrative(), figures(report));
	}

	public Figures figures(AnnualReport report) {
		String frozen = report.getFrozenFigures();
		return frozen == null ? figures.of(report.getYear()) : JSON.readValue(frozen, Figures.class);
	}

	@Transactional
	public Summary create(AnnualReportRequest request, String by) {
		List<FieldProblem> problems = new ArrayList<>();
		Optional<Period> year = year(request.year(), problems);
		AnnualReport.Narrative narrative = check(request, problems);
		if (reports.existsByYear(year.orElseThrow().toString())) {
			throw new ConflictException("year", "There is already an annual report for " + year.get()
					+ ": change it, or start a new version of it once it is finalised");
		}
		AnnualReport report = new AnnualReport(year.get(), 1, null, by, clock.instant());
		report.write(narrative, clock.instant());
		return Summary.of(reports.saveAndFlush(report));
	}

	@Transactional
	public Summary save(long id, AnnualReportRequest request) {
		AnnualReport report = report(id);
		List<FieldProblem> problems = new ArrayList<>();
		if (request.year() != null && !request.year().isBlank()
				&& !Period.parse(request.year()).equals(Optional.of(report.getYear()))) {
			problems.add(new FieldProblem("year", "A report's year cannot change: start a report for that year"));
		}
		AnnualReport.Narrative narrative = check(request, problems);
		Versions.require(request.version(), report.getVersion());
		report.write(narrative, clock.instant());
		reports.flush();
		return Summary.of(report);
	}

	/** Freezes the report with its figures as they stand now. */
	@Transactional
	public Summary finalise(long id, @Nullable Long version, String by) {
		AnnualReport report = report(id);
		Versions.require(version, report.getVersion());
		report.finalise(JSON.writeValueAsString(figures.of(report.getYear())), by, clock.instant());
		reports.flush();
		return Summary.of(report);
	}

	/** A draft of the same year from a finalised report's words; only one version may follow each. */
	@Transactional
	public Summary nextVersion(long id, String by) {
		AnnualReport report = report(id);
		if (reports.existsByReplacesReportId(id)) {
			throw new ConflictException("This report's next version has already been started: change that one");
		}
		return Summary.of(reports.saveAndFlush(report.nextVersion(by, clock.instant())));
	}

	/** The reporting year a new report starts on: the last one that has ended. */
	public Period defaultYear() {
		return Period.lastYearEndedBy(LocalDate.now(clock));
	}

	private Optional<Period> year(@Nullable String text, List<FieldProblem> problems) {
		Optional<Period> year = Period.parse(text).filter(period -> !period.isQuarter());
		Period current = Period.quarterOf(LocalDate.now(clock)).wholeYear();
		if (year.isEmpty()) {
			problems.add(new FieldProblem("year", "Enter the reporting year it covers, such as " + defaultYear()));
		}
		else if (year.get().compareTo(current) > 0) {
			problems.add(new FieldProblem("year", "Enter a reporting year that has begun, such as " + defaultYear()));
		}
		return year;
	}

	private static AnnualReport.Narrative check(AnnualReportRequest request, List<FieldProblem> problems) {
		if (request.title() == null || request.title().isBlank()) {
			problems.add(new FieldProblem("title", "Enter the report's title"));
		}
		else {
			longest(problems, "title", request.title(), 300);
		}
		longest(problems, "chairsForeword", request.chairsForeword(), LONG_TEXT);
		longest(problems, "achievements", request.achievements(), LONG_TEXT);
		longest(problems, "challenges", request.challenges(), LONG_TEXT);
		longest(problems, "nextYearPriorities", request.nextYearPriorities(), LONG_TEXT);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new AnnualReport.Narrative(request.title().strip(), text(request.chairsForeword()),
				text(request.achievements()), text(request.challenges()), text(request.nextYearPriorities()));
	}

	private static void longest(List<FieldProblem> problems, String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, "This is at most " + max + " characters"));
		}
	}

	private static @Nullable String text(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * @param replacesReportId the finalised report this version corrects, if it is not the year's first
	 */
	@Schema(name = "AnnualReportSummary")
	public record Summary(long id, long version, String year, String yearDescribed, int edition,
			AnnualReportStatus status, String title, @Nullable Long replacesReportId, String createdBy,
			Instant createdAt, Instant updatedAt, @Nullable String finalisedBy, @Nullable Instant finalisedAt) {

		static Summary of(AnnualReport report) {
			return new Summary(report.getId(), report.getVersion(), report.getYear().toString(),
					report.getYear().describe(), report.getEdition(), report.getStatus(), report.getTitle(),
					report.getReplacesReportId(), report.getCreatedBy(), report.getCreatedAt(), report.getUpdatedAt(),
					report.getFinalisedBy(), report.getFinalisedAt());
		}
	}

	/** @param figures live for a draft; frozen when it was finalised */
	@Schema(name = "AnnualReport")
	public record Report(Summary report, AnnualReport.Narrative narrative, Figures figures) {
	}
}
