package org.corporateparenting.pledges.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkStreamUpdates extends JpaRepository<WorkStreamUpdate, Long> {

	List<WorkStreamUpdate> findByWorkStreamIdOrderByUpdateDateDescRecordedAtDesc(long workStreamId);
}
