package org.corporateparenting.strategy.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.corporateparenting.strategy.ActionStatus;
import org.corporateparenting.strategy.Rag;
import org.corporateparenting.web.ConflictException;
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
 * Something a council has committed to do in a year's action plan, under one priority, owned by a role or team
 * (possibly a partner organisation), with dates, an outcome measure and how far along it is.
 */
@Entity
@Table(name = "plan_action")
@Audited
public class Action {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "action_plan_id")
	private ActionPlan plan;

	/** The council's own reference, unique within the council, used to match imported updates. */
	private String reference;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "priority_id")
	private Priority priority;

	private String title;

	private String description;

	private String owner;

	/** Where the owner is reminded before the due date, and when the action goes overdue. */
	@Column(name = "owner_email")
	private @Nullable String ownerEmail;

	/** A partner organisation of the alliance module, by id; no foreign key crosses modules. */
	private Long partnerOrganisationId;

	private LocalDate startDate;

	private LocalDate dueDate;

	private String outcomeMeasure;

	/** Invented to illustrate (the demo's), not taken from the council's own documents: its page says so. */
	private boolean illustrative;

	@Enumerated(EnumType.STRING)
	private ActionStatus status = ActionStatus.NOT_STARTED;

	private int percentComplete;

	private String dropReason;

	@Enumerated(EnumType.STRING)
	@Column(name = "rag_override")
	private Rag ragOverride;

	private String ragOverrideReason;

	/** The action in the previous year's plan this one carries forward. */
	private Long carriedFrom;

	/** The action in the next year's plan this one was carried forward into. */
	private Long carriedTo;

	/** Pledges (of the pledges module, by id) this action helps deliver. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "plan_action_pledge", joinColumns = @JoinColumn(name = "action_id"))
	@Column(name = "pledge_id")
	private Set<Long> pledgeIds = new TreeSet<>();

	protected Action() {
	}

	public Action(ActionPlan plan, String reference, ActionDetails details) {
		this.plan = plan;
		this.reference = reference;
		describe(details);
	}

	public void describe(ActionDetails details) {
		this.priority = details.priority();
		this.title = details.title();
		this.description = details.description();
		this.owner = details.owner();
		this.ownerEmail = details.ownerEmail();
		this.partnerOrganisationId = details.partnerOrganisationId();
		this.startDate = details.startDate();
		this.dueDate = details.dueDate();
		this.outcomeMeasure = details.outcomeMeasure();
		this.illustrative = details.illustrative();
		this.pledgeIds.clear();
		this.pledgeIds.addAll(details.pledgeIds());
	}

	/**
	 * Records where the action stands. Complete means 100%; dropping needs a reason; an action is carried forward
	 * only by rolling its plan over.
	 */
	public void report(ActionStatus newStatus, int percent, @Nullable String reason) {
		if (status == ActionStatus.CARRIED_FORWARD) {
			throw new ConflictException("This action was carried forward into the next year's plan; record progress"
					+ " on the action there");
		}
		this.status = newStatus;
		this.percentComplete = newStatus == ActionStatus.COMPLETE ? 100 : percent;
		this.dropReason = newStatus == ActionStatus.DROPPED ? reason : null;
	}

	/** An officer's own rating, which the pages show beside the suggested one. Null clears it. */
	public void overrideRag(@Nullable Rag rag, @Nullable String reason) {
		this.ragOverride = rag;
		this.ragOverrideReason = rag == null ? null : reason;
	}

	public @Nullable Rag suggestedRag(LocalDate today) {
		return RagAssessment.suggest(status, percentComplete, startDate, dueDate, today);
	}

	public @Nullable Rag rag(LocalDate today) {
		return ragOverride != null ? ragOverride : suggestedRag(today);
	}

	public boolean isOverdue(LocalDate today) {
		return !status.isClosed() && today.isAfter(dueDate);
	}

	/** A copy of this unfinished action for the next year's plan; this one becomes carried forward. */
	public Action carryForwardInto(ActionPlan next, String newReference) {
		Action carried = new Action(next, newReference, new ActionDetails(priority, title, description, owner,
				ownerEmail, partnerOrganisationId, startDate, dueDate.isBefore(next.getYear().firstDay())
						? next.getYear().lastDay() : dueDate, outcomeMeasure, illustrative, pledgeIds));
		carried.status = status == ActionStatus.NOT_STARTED ? ActionStatus.NOT_STARTED : ActionStatus.ON_TRACK;
		carried.percentComplete = percentComplete;
		carried.carriedFrom = id;
		this.status = ActionStatus.CARRIED_FORWARD;
		return carried;
	}

	public void carriedInto(Action next) {
		this.carriedTo = next.getId();
	}

	/**
	 * For a council's own records brought in at onboarding: this action was carried forward into {@code next}
	 * (or, when the records do not say where, into the next year's plan).
	 */
	public void recordCarriedForward(@Nullable Action next) {
		this.status = ActionStatus.CARRIED_FORWARD;
		if (next != null) {
			this.carriedTo = next.getId();
			next.carriedFrom = id;
		}
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public ActionPlan getPlan() {
		return plan;
	}

	public String getReference() {
		return reference;
	}

	public Priority getPriority() {
		return priority;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public String getOwner() {
		return owner;
	}

	public @Nullable String getOwnerEmail() {
		return ownerEmail;
	}

	public Long getPartnerOrganisationId() {
		return partnerOrganisationId;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public String getOutcomeMeasure() {
		return outcomeMeasure;
	}

	public boolean isIllustrative() {
		return illustrative;
	}

	public ActionStatus getStatus() {
		return status;
	}

	public int getPercentComplete() {
		return percentComplete;
	}

	public String getDropReason() {
		return dropReason;
	}

	public Rag getRagOverride() {
		return ragOverride;
	}

	public String getRagOverrideReason() {
		return ragOverrideReason;
	}

	public Long getCarriedFrom() {
		return carriedFrom;
	}

	public Long getCarriedTo() {
		return carriedTo;
	}

	public Set<Long> getPledgeIds() {
		return pledgeIds;
	}
}
