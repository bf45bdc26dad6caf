package org.corporateparenting.reporting.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TrackedIndicators extends JpaRepository<TrackedIndicator, String> {

	List<TrackedIndicator> findAllByOrderByPosition();

	/**
	 * Every followed indicator with the council's own definition of it (none for a national one) and each of its
	 * measurements: a row per measurement, or one with none for an indicator without figures. In no order: sorting
	 * a join of three tables costs the database a temporary table, twice what the join itself costs.
	 */
	@Query("select t, li, m from TrackedIndicator t left join LocalIndicator li on li.code = t.code"
			+ " left join Measurement m on m.indicatorCode = t.code")
	List<Object[]> findAllWithMeasurements();
}
