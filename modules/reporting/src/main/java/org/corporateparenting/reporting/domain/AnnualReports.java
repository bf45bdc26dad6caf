package org.corporateparenting.reporting.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualReports extends JpaRepository<AnnualReport, Long> {

	/** Newest year first, and within a year its latest version first. */
	Page<AnnualReport> findAllByOrderByYearDescEditionDesc(Pageable page);

	boolean existsByYear(String year);

	boolean existsByReplacesReportId(long replacesReportId);
}
