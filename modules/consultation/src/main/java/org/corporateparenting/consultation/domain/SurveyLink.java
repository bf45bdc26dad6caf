package org.corporateparenting.consultation.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An unguessable link at which anyone holding it may answer a survey without an account, perhaps closing earlier
 * than the consultation or after a number of responses; officers can close it at any time.
 */
@Entity
@Table(name = "survey_link")
@Audited
public class SurveyLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "consultation_id")
	private Consultation consultation;

	private String token;

	private @Nullable String label;

	private @Nullable LocalDate closesOn;

	private @Nullable Integer maxResponses;

	private boolean closed;

	private Instant createdAt;

	protected SurveyLink() {
	}

	public SurveyLink(Consultation consultation, String token, @Nullable String label, @Nullable LocalDate closesOn,
			@Nullable Integer maxResponses, Instant createdAt) {
		this.consultation = consultation;
		this.token = token;
		this.label = label;
		this.closesOn = closesOn;
		this.maxResponses = maxResponses;
		this.createdAt = createdAt;
	}

	public void close() {
		this.closed = true;
	}

	/** Why the link takes no more responses today, or null when it does. */
	public @Nullable String refusal(LocalDate today, long responses) {
		if (closed) {
			return "This survey link has been closed.";
		}
		if (!consultation.acceptsResponses(today)) {
			return today.isBefore(consultation.getOpensOn()) ? "This survey is not open yet."
					: "This survey has closed.";
		}
		if (closesOn != null && today.isAfter(closesOn)) {
			return "This survey link has closed.";
		}
		if (maxResponses != null && responses >= maxResponses) {
			return "This survey has all the answers it needs.";
		}
		return null;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public Consultation getConsultation() {
		return consultation;
	}

	public String getToken() {
		return token;
	}

	public @Nullable String getLabel() {
		return label;
	}

	public @Nullable LocalDate getClosesOn() {
		return closesOn;
	}

	public @Nullable Integer getMaxResponses() {
		return maxResponses;
	}

	public boolean isClosed() {
		return closed;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
