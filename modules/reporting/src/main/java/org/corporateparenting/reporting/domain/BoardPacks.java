package org.corporateparenting.reporting.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardPacks extends JpaRepository<BoardPack, Long> {

	Page<BoardPack> findAllByOrderByMeetingDateDescIdDesc(Pageable page);
}
