package org.corporateparenting.strategy.domain;

import java.time.LocalDate;

import org.corporateparenting.strategy.StrategyStatus;
import org.corporateparenting.web.ConflictException;
import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A council's multi-year corporate parenting strategy, such as Walsall's 2022-2025 strategy. */
@Entity
@Table(name = "strategy")
@Audited
public class Strategy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String title;

	private LocalDate periodStart;

	private LocalDate periodEnd;

	private String vision;

	private String summary;

	private String childFriendlySummary;

	@Enumerated(EnumType.STRING)
	private StrategyStatus status = StrategyStatus.DRAFT;

	@Column(name = "approved_by")
	private String approvedBy;

	private LocalDate approvedOn;

	private String approvalRecommendation;

	protected Strategy() {
	}

	public Strategy(StrategyDetails details) {
		describe(details);
	}

	public void describe(StrategyDetails details) {
		this.title = details.title();
		this.periodStart = details.periodStart();
		this.periodEnd = details.periodEnd();
		this.vision = details.vision();
		this.summary = details.summary();
		this.childFriendlySummary = details.childFriendlySummary();
	}

	/**
	 * Moves the strategy on. Approval needs the approving body, the date and the recommendation's wording.
	 *
	 * @throws ConflictException when the strategy cannot move to that state from where it is
	 */
	public void moveTo(StrategyStatus to, Approval approval) {
		if (!status.next().contains(to)) {
			throw new ConflictException("A strategy that is " + status + " can move to " + status.next()
					+ ", not to " + to);
		}
		if (to == StrategyStatus.APPROVED) {
			this.approvedBy = approval.body();
			this.approvedOn = approval.date();
			this.approvalRecommendation = approval.recommendation();
		}
		this.status = to;
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

	public LocalDate getPeriodStart() {
		return periodStart;
	}

	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	public String getVision() {
		return vision;
	}

	public String getSummary() {
		return summary;
	}

	public String getChildFriendlySummary() {
		return childFriendlySummary;
	}

	public StrategyStatus getStatus() {
		return status;
	}

	public String getApprovedBy() {
		return approvedBy;
	}

	public LocalDate getApprovedOn() {
		return approvedOn;
	}

	public String getApprovalRecommendation() {
		return approvalRecommendation;
	}

	/** Who approved a strategy, when, and the recommendation they agreed. */
	public record Approval(String body, LocalDate date, String recommendation) {
	}
}
