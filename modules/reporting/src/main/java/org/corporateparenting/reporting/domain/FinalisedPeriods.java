package org.corporateparenting.reporting.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FinalisedPeriods extends JpaRepository<FinalisedPeriod, String> {

	List<FinalisedPeriod> findAllByOrderByPeriodStartDescPeriodDesc();
}
