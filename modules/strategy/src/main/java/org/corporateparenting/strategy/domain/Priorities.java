package org.corporateparenting.strategy.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Priorities extends JpaRepository<Priority, Long> {

	List<Priority> findByStrategyIdOrderByPosition(long strategyId);
}
