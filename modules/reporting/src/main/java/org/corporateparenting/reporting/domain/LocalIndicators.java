package org.corporateparenting.reporting.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LocalIndicators extends JpaRepository<LocalIndicator, Long> {

	Optional<LocalIndicator> findByCode(String code);

	List<LocalIndicator> findAllByOrderByCode();
}
