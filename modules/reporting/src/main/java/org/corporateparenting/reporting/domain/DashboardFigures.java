package org.corporateparenting.reporting.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DashboardFigures extends JpaRepository<DashboardFigure, String> {

	@Modifying
	@Query("delete from DashboardFigure f where f.name in :names")
	void deleteByNameIn(Collection<String> names);

	List<DashboardFigure> findByNameIn(Collection<String> names);
}
