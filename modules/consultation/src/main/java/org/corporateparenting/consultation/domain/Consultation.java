package org.corporateparenting.consultation.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.corporateparenting.consultation.Audience;
import org.corporateparenting.consultation.ConsultationStatus;
import org.corporateparenting.consultation.DesignedBy;
import org.corporateparenting.consultation.Method;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
 * Asking children, young people, carers, staff or partners about something: the topic, who is asked and how, when
 * it is open, who designed it, what it informs, and (for a survey) the child-friendly introduction to its questions.
 */
@Entity
@Table(name = "consultation")
@Audited
public class Consultation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String topic;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "consultation_audience", joinColumns = @JoinColumn(name = "consultation_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "audience")
	private Set<Audience> audiences = new TreeSet<>();

	@Enumerated(EnumType.STRING)
	private Method method;

	private LocalDate opensOn;

	private LocalDate closesOn;

	@Enumerated(EnumType.STRING)
	private ConsultationStatus status = ConsultationStatus.PLANNED;

	@Enumerated(EnumType.STRING)
	private DesignedBy designedBy;

	private @Nullable String informs;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "forum_id")
	private @Nullable Forum forum;

	private @Nullable String summary;

	private @Nullable String surveyIntro;

	/** Who answers for the consultation, as a role or team, such as "Participation team". */
	private @Nullable String contactRole;

	/** Where its contact is reminded: a role or team mailbox rather than a person's own. */
	private @Nullable String contactEmail;

	/** Whether {@code ConsultationClosed} was published. */
	private boolean closedAnnounced;

	protected Consultation() {
	}

	public Consultation(String topic) {
		this.topic = topic;
	}

	public void describe(String topic, Set<Audience> audiences, Method method, LocalDate opensOn, LocalDate closesOn,
			DesignedBy designedBy, @Nullable String informs, @Nullable Forum forum, @Nullable String summary,
			@Nullable String surveyIntro, @Nullable String contactRole, @Nullable String contactEmail) {
		this.topic = topic;
		this.audiences.clear();
		this.audiences.addAll(audiences);
		this.method = method;
		this.opensOn = opensOn;
		this.closesOn = closesOn;
		this.designedBy = designedBy;
		this.informs = informs;
		this.forum = forum;
		this.summary = summary;
		this.surveyIntro = surveyIntro;
		this.contactRole = contactRole;
		this.contactEmail = contactEmail;
	}

	public void moveTo(ConsultationStatus status) {
		this.status = status;
	}

	/** Marks the closing as announced; true the first time only. */
	public boolean announceClosed() {
		boolean first = !closedAnnounced;
		closedAnnounced = true;
		return first;
	}

	/** Open now: its status is open and today is within its dates. */
	public boolean acceptsResponses(LocalDate today) {
		return status == ConsultationStatus.OPEN && !today.isBefore(opensOn) && !today.isAfter(closesOn);
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getTopic() {
		return topic;
	}

	public Set<Audience> getAudiences() {
		return audiences;
	}

	public Method getMethod() {
		return method;
	}

	public LocalDate getOpensOn() {
		return opensOn;
	}

	public LocalDate getClosesOn() {
		return closesOn;
	}

	public ConsultationStatus getStatus() {
		return status;
	}

	public DesignedBy getDesignedBy() {
		return designedBy;
	}

	public @Nullable String getInforms() {
		return informs;
	}

	public @Nullable Forum getForum() {
		return forum;
	}

	public @Nullable String getSummary() {
		return summary;
	}

	public @Nullable String getSurveyIntro() {
		return surveyIntro;
	}

	public @Nullable String getContactRole() {
		return contactRole;
	}

	public @Nullable String getContactEmail() {
		return contactEmail;
	}
}
