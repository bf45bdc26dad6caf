package org.corporateparenting.reporting.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DashboardCadences extends JpaRepository<DashboardCadence, Long> {

	List<DashboardCadence> findAllByOrderByBodyTypeAscNameAsc();
}
