package org.corporateparenting.reporting.domain;

import java.time.Instant;
import java.util.List;

import org.corporateparenting.reporting.AnnualReportStatus;
import org.corporateparenting.reporting.Period;
import org.corporateparenting.web.ConflictException;
import org.hibernate.envers.Audited;

import io.swagger.v3.oas.annotations.media.Schema;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The Corporate Parenting Board's annual report for one of the council's reporting years: the narrative sections
 * officers write (the chair's foreword, achievements, challenges, priorities for next year) around the figures the
 * platform draws from the live records. Finalising freezes it: its words and the figures as they stood are kept and
 * never change; a correction is a new version of the same year's report.
 */
@Entity
@Table(name = "annual_report")
@Audited
public class AnnualReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "report_year")
	private String year;

	private int edition;

	@Enumerated(EnumType.STRING)
	private AnnualReportStatus status = AnnualReportStatus.DRAFT;

	private String title;

	private @Nullable String chairsForeword;

	private @Nullable String achievements;

	private @Nullable String challenges;

	private @Nullable String nextYearPriorities;

	private @Nullable Long replacesReportId;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	private @Nullable String finalisedBy;

	private @Nullable Instant finalisedAt;

	/** The figures as they stood when it was finalised, as JSON: never changed after. */
	@NotAudited
	private @Nullable String frozenFigures;

	protected AnnualReport() {
	}

	public AnnualReport(Period year, int edition, @Nullable Long replacesReportId, String createdBy, Instant at) {
		this.year = year.toString();
		this.edition = edition;
		this.replacesReportId = replacesReportId;
		this.createdBy = createdBy;
		this.createdAt = at;
		this.updatedAt = at;
	}

	public void write(Narrative narrative, Instant at) {
		requireDraft();
		this.title = narrative.title();
		this.chairsForeword = narrative.chairsForeword();
		this.achievements = narrative.achievements();
		this.challenges = narrative.challenges();
		this.nextYearPriorities = narrative.nextYearPriorities();
		this.updatedAt = at;
	}

	/** Freezes the report with the figures as they stand now. */
	public void finalise(String figuresJson, String by, Instant at) {
		requireDraft();
		this.frozenFigures = figuresJson;
		this.status = AnnualReportStatus.FINALISED;
		this.finalisedBy = by;
		this.finalisedAt = at;
		this.updatedAt = at;
	}

	/** The next version of a finalised report: a draft of the same year, starting from its words. */
	public AnnualReport nextVersion(String by, Instant at) {
		if (status != AnnualReportStatus.FINALISED) {
			throw new ConflictException("A new version starts from a finalised report; this one is still a draft");
		}
		AnnualReport next = new AnnualReport(getYear(), edition + 1, id, by, at);
		next.write(narrative(), at);
		return next;
	}

	private void requireDraft() {
		if (status == AnnualReportStatus.FINALISED) {
			throw new ConflictException("This annual report is finalised and cannot change: start a new version");
		}
	}

	/** What officers write, already checked. */
	@Schema(name = "AnnualReportNarrative")
	public record Narrative(String title, @Nullable String chairsForeword, @Nullable String achievements,
			@Nullable String challenges, @Nullable String nextYearPriorities) {

		/** The sections with their headings, in the report's order; the document leaves out those left empty. */
		public List<BoardPack.Section> sections() {
			return List.of(new BoardPack.Section("Chair's foreword", chairsForeword),
					new BoardPack.Section("Achievements", achievements),
					new BoardPack.Section("Challenges", challenges),
					new BoardPack.Section("Priorities for next year", nextYearPriorities));
		}
	}

	public Narrative narrative() {
		return new Narrative(title, chairsForeword, achievements, challenges, nextYearPriorities);
	}

	public boolean isFinalised() {
		return status == AnnualReportStatus.FINALISED;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public Period getYear() {
		return Period.parse(year).orElseThrow();
	}

	public int getEdition() {
		return edition;
	}

	public AnnualReportStatus getStatus() {
		return status;
	}

	public String getTitle() {
		return title;
	}

	public @Nullable Long getReplacesReportId() {
		return replacesReportId;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public @Nullable String getFinalisedBy() {
		return finalisedBy;
	}

	public @Nullable Instant getFinalisedAt() {
		return finalisedAt;
	}

	public @Nullable String getFrozenFigures() {
		return frozenFigures;
	}
}
