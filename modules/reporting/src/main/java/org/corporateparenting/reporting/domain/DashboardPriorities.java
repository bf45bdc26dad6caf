package org.corporateparenting.reporting.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DashboardPriorities extends JpaRepository<DashboardPriority, Long> {

	List<DashboardPriority> findAllByOrderByNumber();
}
