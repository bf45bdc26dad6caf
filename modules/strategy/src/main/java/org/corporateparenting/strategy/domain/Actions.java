package org.corporateparenting.strategy.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.corporateparenting.notifications.Recipient;
import org.corporateparenting.strategy.ActionStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Actions extends JpaRepository<Action, Long> {

	// Fetched with JPQL joins rather than entity graphs: Hibernate caches a JPQL query's translation to SQL, but
	// translates a query with an entity graph again on every call (a third of the cost of a plan's actions).

	@Query("select a from Action a join fetch a.priority join fetch a.plan where a.plan.id = :planId"
			+ " order by a.reference")
	List<Action> findByPlanIdOrderByReference(long planId);

	@Query("select new org.corporateparenting.strategy.domain.PlanStamp(count(a), coalesce(sum(a.id), 0L),"
			+ " coalesce(sum(a.version), 0L)) from Action a where a.plan.id = :planId")
	PlanStamp stampOf(long planId);

	@Query("select a from Action a join fetch a.priority join fetch a.plan p where p.strategy.id = :strategyId")
	List<Action> findByPlanStrategyId(long strategyId);

	/** A plan's actions in reference order, their (eager) pledges fetched in the same query, not one per action. */
	@Query("select a from Action a left join fetch a.pledgeIds where a.plan.id = :planId order by a.reference")
	List<Action> findWithPledgesByPlanIdOrderByReference(long planId);

	Optional<Action> findByReference(String reference);

	/**
	 * The action, locked until the transaction ends: two updates of one action at once then run one after the other,
	 * rather than both taking a shared lock (adding a progress row checks its action) and deadlocking on the update.
	 * Native SQL: Hibernate's MySQL dialect writes {@code for update of a1_0}, which MariaDB does not accept.
	 */
	@Query(value = "select * from plan_action where id = :id for update", nativeQuery = true)
	Optional<Action> findForUpdate(long id);

	/**
	 * Where the given actions and every other action under the same priority in the same plan stand, in reference
	 * order.
	 */
	@Query("select new org.corporateparenting.strategy.domain.ActionStanding(a.id, a.plan.id, a.priority.id,"
			+ " a.reference, a.title, a.owner, a.startDate, a.dueDate, a.status, a.percentComplete, a.ragOverride)"
			+ " from Action a where exists (select c.id from Action c where c.id in :ids"
			+ " and c.plan = a.plan and c.priority = a.priority) order by a.reference")
	List<ActionStanding> standingAlongside(Collection<Long> ids);

	/**
	 * As {@link #standingAlongside(Collection)} for one action, what a progress update changes: Hibernate translates
	 * this query to SQL once, where a list of identifiers has it translated again on every call.
	 */
	@Query("select new org.corporateparenting.strategy.domain.ActionStanding(a.id, a.plan.id, a.priority.id,"
			+ " a.reference, a.title, a.owner, a.startDate, a.dueDate, a.status, a.percentComplete, a.ragOverride)"
			+ " from Action a where exists (select c.id from Action c where c.id = :id"
			+ " and c.plan = a.plan and c.priority = a.priority) order by a.reference")
	List<ActionStanding> standingAlongside(long id);

	@Query("select distinct a from Action a join a.pledgeIds pledge where pledge in :pledgeIds")
	List<Action> findDeliveringAnyOf(Collection<Long> pledgeIds);

	boolean existsByReference(String reference);

	List<Action> findByReferenceIn(Collection<String> references);

	@Query("select a from Action a join fetch a.priority join fetch a.plan where a.dueDate < :date"
			+ " and a.status not in :closed order by a.dueDate")
	List<Action> findByDueDateBeforeAndStatusNotInOrderByDueDate(LocalDate date, Collection<ActionStatus> closed);

	@Query("select new org.corporateparenting.strategy.domain.OverdueAction(a.id, a.reference, a.title, a.dueDate)"
			+ " from Action a where a.dueDate < :date and a.status not in :closed order by a.dueDate, a.reference")
	List<OverdueAction> findOverdue(LocalDate date, Collection<ActionStatus> closed);

	/**
	 * Actions under way (one of the statuses) with an owner's email, each with the date of its latest progress update,
	 * whose latest update (or, with none, whose start) was before the date: one query.
	 */
	@Query("select a, max(u.progressDate) from Action a left join ProgressUpdate u on u.action = a"
			+ " where a.ownerEmail is not null and a.status in :underWay group by a"
			+ " having coalesce(max(u.progressDate), a.startDate) < :before order by a.reference")
	List<Object[]> findOwnedWithoutProgressSince(LocalDate before, Collection<ActionStatus> underWay);

	/** Open actions with an owner's email, due on or before the date (so overdue ones too), soonest first. */
	@Query("select a from Action a where a.ownerEmail is not null and a.dueDate <= :until and a.status not in :closed"
			+ " order by a.dueDate, a.reference")
	List<Action> findOwnedDueBy(LocalDate until, Collection<ActionStatus> closed);

	/** Every owner named with an email on any action, each pair once: one query. */
	@Query("select distinct new org.corporateparenting.notifications.Recipient(a.ownerEmail, a.owner) from Action a"
			+ " where a.ownerEmail is not null")
	List<Recipient> findOwners();
}
