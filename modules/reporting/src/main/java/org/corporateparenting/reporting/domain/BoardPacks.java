package org.corporateparenting.reporting.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BoardPacks extends JpaRepository<BoardPack, Long> {

	List<BoardPack> findAllByOrderByMeetingDateDescIdDesc();

	/** The packs for meetings from one date to another, both included, each with how its PDF went, in one query. */
	@Query("""
			select new org.corporateparenting.reporting.domain.PackForMeeting(p.id, p.meetingBody, p.meetingDate,
			r.status) from BoardPack p left join BoardPackRender r on r.boardPackId = p.id
			where p.meetingDate between :from and :to order by p.id""")
	List<PackForMeeting> findForMeetingsBetween(LocalDate from, LocalDate to);
}
