package org.corporateparenting.reporting.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DashboardSections extends JpaRepository<DashboardSection, DashboardSection.Section> {

	/** Waits for any refresh of the same section to commit first (a plain row lock, MySQL's {@code for update}). */
	@Query(value = "select * from dashboard_section where section = :section for update", nativeQuery = true)
	Optional<DashboardSection> lock(String section);

	/**
	 * The sum of the sections' counts of changes: each only goes up, so a different sum is a different dashboard. One
	 * number, with no section read into the session.
	 */
	@Query("select coalesce(sum(s.version), 0) from DashboardSection s")
	long versionSum();

	/** Every section with each of its figures: a row per figure, or one with no figure for a section without. */
	@Query("select s, f from DashboardSection s left join DashboardFigure f on f.section = s.section")
	List<Object[]> findAllWithFigures();
}
