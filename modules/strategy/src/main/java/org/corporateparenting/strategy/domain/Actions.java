package org.corporateparenting.strategy.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.corporateparenting.strategy.ActionStatus;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Actions extends JpaRepository<Action, Long> {

	@EntityGraph(attributePaths = { "priority", "plan" }, type = EntityGraphType.LOAD)
	List<Action> findByPlanIdOrderByReference(long planId);

	@EntityGraph(attributePaths = { "priority", "plan" }, type = EntityGraphType.LOAD)
	List<Action> findByPlanStrategyId(long strategyId);

	/** A plan's actions in reference order, their (eager) pledges fetched in the same query, not one per action. */
	@EntityGraph(attributePaths = "pledgeIds", type = EntityGraphType.LOAD)
	List<Action> findWithPledgesByPlanIdOrderByReference(long planId);

	Optional<Action> findByReference(String reference);

	/** The given actions and every other action under the same priority in the same plan, in reference order. */
	@Query("select a from Action a where exists (select c.id from Action c where c.id in :ids"
			+ " and c.plan = a.plan and c.priority = a.priority) order by a.reference")
	List<Action> findAlongside(Collection<Long> ids);

	@Query("select distinct a from Action a join a.pledgeIds pledge where pledge in :pledgeIds")
	List<Action> findDeliveringAnyOf(Collection<Long> pledgeIds);

	boolean existsByReference(String reference);

	List<Action> findByReferenceIn(Collection<String> references);

	@EntityGraph(attributePaths = { "priority", "plan" }, type = EntityGraphType.LOAD)
	List<Action> findByDueDateBeforeAndStatusNotInOrderByDueDate(LocalDate date, Collection<ActionStatus> closed);

	@Query("select new org.corporateparenting.strategy.domain.OverdueAction(a.id, a.reference, a.title, a.dueDate)"
			+ " from Action a where a.dueDate < :date and a.status not in :closed order by a.dueDate, a.reference")
	List<OverdueAction> findOverdue(LocalDate date, Collection<ActionStatus> closed);
}
