package org.corporateparenting.pledges.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.hibernate.envers.Audited;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A work stream's dated report: what it has delivered and what is in progress. Kept as written. */
@Entity
@Table(name = "work_stream_update")
@Audited
public class WorkStreamUpdate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "work_stream_id")
	private WorkStream workStream;

	private LocalDate updateDate;

	/** One item per line. */
	private String delivered;

	/** One item per line. */
	private String inProgress;

	private String author;

	private Instant recordedAt;

	protected WorkStreamUpdate() {
	}

	public WorkStreamUpdate(WorkStream workStream, LocalDate updateDate, List<String> delivered,
			List<String> inProgress, String author, Instant recordedAt) {
		this.workStream = workStream;
		this.updateDate = updateDate;
		this.delivered = String.join("\n", delivered);
		this.inProgress = String.join("\n", inProgress);
		this.author = author;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public WorkStream getWorkStream() {
		return workStream;
	}

	public LocalDate getUpdateDate() {
		return updateDate;
	}

	public List<String> getDelivered() {
		return lines(delivered);
	}

	public List<String> getInProgress() {
		return lines(inProgress);
	}

	public String getAuthor() {
		return author;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	private static List<String> lines(String text) {
		return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\n"));
	}
}
