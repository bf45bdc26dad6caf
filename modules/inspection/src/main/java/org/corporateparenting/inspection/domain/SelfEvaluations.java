package org.corporateparenting.inspection.domain;

import java.util.List;

import org.corporateparenting.inspection.SelfEvaluationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SelfEvaluations extends JpaRepository<SelfEvaluation, Long> {

	/** Every version, the latest year first and within it the latest version first. */
	List<SelfEvaluation> findAllByOrderByYearDescEditionDesc();

	List<SelfEvaluation> findByYearOrderByEditionDesc(int year);

	List<SelfEvaluation> findByYearAndStatus(int year, SelfEvaluationStatus status);
}
