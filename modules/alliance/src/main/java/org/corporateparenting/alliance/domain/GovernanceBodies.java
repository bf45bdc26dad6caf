package org.corporateparenting.alliance.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GovernanceBodies extends JpaRepository<GovernanceBody, Long> {

	@Query("select b from GovernanceBody b left join fetch b.reportsTo order by b.name")
	List<GovernanceBody> findAllWithReportingLines();

	boolean existsByNameIgnoreCase(String name);
}
