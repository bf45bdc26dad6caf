package org.corporateparenting.strategy.domain;

import java.util.List;
import java.util.Optional;

import org.corporateparenting.strategy.StrategyStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Strategies extends JpaRepository<Strategy, Long> {

	Page<Strategy> findAllByOrderByPeriodStartDesc(Pageable pageable);

	List<Strategy> findByStatus(StrategyStatus status);

	default Optional<Strategy> findActive() {
		return findByStatus(StrategyStatus.ACTIVE).stream().findFirst();
	}
}
