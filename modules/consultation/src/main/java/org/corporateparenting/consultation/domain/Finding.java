package org.corporateparenting.consultation.domain;

import java.time.LocalDate;

import org.corporateparenting.consultation.ResponseStatus;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What young people said in a consultation ("you said") and the council's response ("we did"): what it will do,
 * whether it did it or could not (and why), the strategy action that delivers it (by its reference), and when and
 * how young people were told. Published findings appear on the council's public page.
 */
@Entity
@Table(name = "finding")
@Audited
public class Finding {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "consultation_id")
	private Consultation consultation;

	private String theme;

	private String summary;

	private int raisedBy;

	private @Nullable String whatWeWillDo;

	@Enumerated(EnumType.STRING)
	private @Nullable ResponseStatus responseStatus;

	private @Nullable String reason;

	private @Nullable String actionReference;

	private @Nullable LocalDate toldBackOn;

	private @Nullable String toldBackHow;

	private boolean published;

	private @Nullable LocalDate publishedOn;

	protected Finding() {
	}

	public Finding(Consultation consultation) {
		this.consultation = consultation;
	}

	public void record(String theme, String summary, int raisedBy) {
		this.theme = theme;
		this.summary = summary;
		this.raisedBy = raisedBy;
	}

	public void respond(@Nullable String whatWeWillDo, @Nullable ResponseStatus status, @Nullable String reason,
			@Nullable String actionReference, @Nullable LocalDate toldBackOn, @Nullable String toldBackHow) {
		this.whatWeWillDo = whatWeWillDo;
		this.responseStatus = status;
		this.reason = status == ResponseStatus.NOT_POSSIBLE ? reason : null;
		this.actionReference = actionReference;
		this.toldBackOn = toldBackOn;
		this.toldBackHow = toldBackHow;
	}

	/** Puts it on the public page, or takes it off; true when it goes on for the first time. */
	public boolean publish(boolean published, LocalDate today) {
		boolean first = published && publishedOn == null;
		this.published = published;
		if (first) {
			this.publishedOn = today;
		}
		return first;
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

	public String getTheme() {
		return theme;
	}

	public String getSummary() {
		return summary;
	}

	public int getRaisedBy() {
		return raisedBy;
	}

	public @Nullable String getWhatWeWillDo() {
		return whatWeWillDo;
	}

	public @Nullable ResponseStatus getResponseStatus() {
		return responseStatus;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public @Nullable String getActionReference() {
		return actionReference;
	}

	public @Nullable LocalDate getToldBackOn() {
		return toldBackOn;
	}

	public @Nullable String getToldBackHow() {
		return toldBackHow;
	}

	public boolean isPublished() {
		return published;
	}

	public @Nullable LocalDate getPublishedOn() {
		return publishedOn;
	}
}
