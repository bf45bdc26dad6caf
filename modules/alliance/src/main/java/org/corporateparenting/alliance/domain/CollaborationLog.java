package org.corporateparenting.alliance.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CollaborationLog extends JpaRepository<CollaborationEntry, Long> {

	/** Newest first. */
	Page<CollaborationEntry> findAllByOrderByOccurredOnDescIdDesc(Pageable page);
}
