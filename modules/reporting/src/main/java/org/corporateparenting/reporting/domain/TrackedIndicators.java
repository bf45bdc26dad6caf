package org.corporateparenting.reporting.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TrackedIndicators extends JpaRepository<TrackedIndicator, String> {

	List<TrackedIndicator> findAllByOrderByPosition();
}
