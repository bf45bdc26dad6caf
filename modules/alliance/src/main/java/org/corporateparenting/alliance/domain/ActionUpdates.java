package org.corporateparenting.alliance.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionUpdates extends JpaRepository<ActionUpdate, Long> {

	List<ActionUpdate> findByActionIdOrderByUpdateDateDescRecordedAtDesc(long actionId);
}
