package org.corporateparenting.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.reporting.Period;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A report to a board meeting in the council report template: the narrative sections officers write (saved as a
 * draft as often as they like) around the numbered sections the platform fills in from the live records.
 */
@Entity
@Table(name = "board_pack")
@Audited
public class BoardPack {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String title;

	private String period;

	private String meetingBody;

	private LocalDate meetingDate;

	private @Nullable String executiveSummary;

	private @Nullable String reason;

	private @Nullable String recommendations;

	private @Nullable String backgroundPapers;

	private @Nullable String resourceLegal;

	private @Nullable String councilPlan;

	private @Nullable String citizenImpact;

	private @Nullable String performanceManagement;

	private @Nullable String reducingInequalities;

	private @Nullable String consultation;

	private @Nullable String contactOfficer;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	protected BoardPack() {
	}

	public BoardPack(String createdBy, Instant createdAt) {
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	public void write(Draft draft, Instant at) {
		this.title = draft.title();
		this.period = draft.period().toString();
		this.meetingBody = draft.meetingBody();
		this.meetingDate = draft.meetingDate();
		this.executiveSummary = draft.executiveSummary();
		this.reason = draft.reason();
		this.recommendations = draft.recommendations();
		this.backgroundPapers = draft.backgroundPapers();
		this.resourceLegal = draft.resourceLegal();
		this.councilPlan = draft.councilPlan();
		this.citizenImpact = draft.citizenImpact();
		this.performanceManagement = draft.performanceManagement();
		this.reducingInequalities = draft.reducingInequalities();
		this.consultation = draft.consultation();
		this.contactOfficer = draft.contactOfficer();
		this.updatedAt = at;
	}

	/** Everything an officer writes, already checked. */
	public record Draft(String title, Period period, String meetingBody, LocalDate meetingDate,
			@Nullable String executiveSummary, @Nullable String reason, @Nullable String recommendations,
			@Nullable String backgroundPapers, @Nullable String resourceLegal, @Nullable String councilPlan,
			@Nullable String citizenImpact, @Nullable String performanceManagement,
			@Nullable String reducingInequalities, @Nullable String consultation, @Nullable String contactOfficer) {

		/** The narrative sections with their headings, in the order of the council report template. */
		public List<Section> sections() {
			return List.of(new Section("Executive summary", executiveSummary),
					new Section("Reason for bringing", reason), new Section("Recommendations", recommendations),
					new Section("Background papers", backgroundPapers),
					new Section("Resource and legal considerations", resourceLegal),
					new Section("Council plan priorities", councilPlan), new Section("Citizen impact", citizenImpact),
					new Section("Performance management", performanceManagement),
					new Section("Reducing inequalities", reducingInequalities),
					new Section("Consultation", consultation), new Section("Contact officer", contactOfficer));
		}
	}

	public record Section(String heading, @Nullable String text) {
	}

	public Draft draft() {
		return new Draft(title, getPeriod(), meetingBody, meetingDate, executiveSummary, reason, recommendations,
				backgroundPapers, resourceLegal, councilPlan, citizenImpact, performanceManagement,
				reducingInequalities, consultation, contactOfficer);
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getTitle() {
		return title;
	}

	public Period getPeriod() {
		return Period.parse(period).orElseThrow();
	}

	public String getMeetingBody() {
		return meetingBody;
	}

	public LocalDate getMeetingDate() {
		return meetingDate;
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
}
