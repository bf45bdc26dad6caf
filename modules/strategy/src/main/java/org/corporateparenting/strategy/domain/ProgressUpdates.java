package org.corporateparenting.strategy.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressUpdates extends JpaRepository<ProgressUpdate, Long> {

	List<ProgressUpdate> findByActionIdOrderByProgressDateDescRecordedAtDesc(long actionId);
}
