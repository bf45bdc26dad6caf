package org.corporateparenting.strategy.domain;

import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A strategy's plan for one year, April to March, such as "2023/24". */
@Entity
@Table(name = "action_plan")
@Audited
public class ActionPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "strategy_id")
	private Strategy strategy;

	@Column(name = "plan_year")
	private String year;

	/** The next year's plan this one was rolled over into, once it has been. */
	private Long rolledOverTo;

	protected ActionPlan() {
	}

	public ActionPlan(Strategy strategy, PlanYear year) {
		this.strategy = strategy;
		this.year = year.toString();
	}

	public void rolledOverTo(ActionPlan next) {
		this.rolledOverTo = next.getId();
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public Strategy getStrategy() {
		return strategy;
	}

	public PlanYear getYear() {
		return PlanYear.parse(year);
	}

	public Long getRolledOverTo() {
		return rolledOverTo;
	}

	public boolean isRolledOver() {
		return rolledOverTo != null;
	}
}
