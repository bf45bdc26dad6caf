package org.corporateparenting.reporting.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DashboardSections extends JpaRepository<DashboardSection, DashboardSection.Section> {

	/** Waits for any refresh of the same section to commit first (a plain row lock, MySQL's {@code for update}). */
	@Query(value = "select * from dashboard_section where section = :section for update", nativeQuery = true)
	Optional<DashboardSection> lock(String section);
}
