package org.corporateparenting.reporting.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Measurements extends JpaRepository<Measurement, Long> {

	Optional<Measurement> findByIndicatorCodeAndPeriod(String indicatorCode, String period);

	/** An indicator's history, oldest first, as its trend is drawn. */
	List<Measurement> findByIndicatorCodeOrderByPeriodStartAscPeriodAsc(String indicatorCode);

	/** Several indicators' histories in one query (dashboard tiles, board pack charts). */
	List<Measurement> findByIndicatorCodeInOrderByPeriodStartAscPeriodAsc(Collection<String> indicatorCodes);

	List<Measurement> findByPeriod(String period);

	long countByIndicatorCode(String indicatorCode);
}
