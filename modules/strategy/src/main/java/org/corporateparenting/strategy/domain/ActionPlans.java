package org.corporateparenting.strategy.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionPlans extends JpaRepository<ActionPlan, Long> {

	List<ActionPlan> findByStrategyIdOrderByYear(long strategyId);

	Optional<ActionPlan> findByStrategyIdAndYear(long strategyId, String year);
}
