package org.corporateparenting.strategy.domain;

import java.util.List;

import org.corporateparenting.strategy.StrategyStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Priorities extends JpaRepository<Priority, Long> {

	List<Priority> findByStrategyIdOrderByPosition(long strategyId);

	/** A strategy's priorities in order, their (eager) principles fetched in the same query, not one per priority. */
	@Query("select p from Priority p left join fetch p.principles where p.strategy.id = :strategyId"
			+ " order by p.position")
	List<Priority> findWithPrinciplesByStrategyIdOrderByPosition(long strategyId);

	/** The priorities of every strategy not superseded, with their strategy, newest strategy first. */
	@Query("select p from Priority p join fetch p.strategy s where s.status <> :superseded"
			+ " order by s.periodStart desc, s.id desc, p.position")
	List<Priority> findCurrent(StrategyStatus superseded);
}
