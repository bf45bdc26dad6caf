package org.corporateparenting.alliance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.corporateparenting.alliance.MeetingStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Meetings extends JpaRepository<Meeting, Long> {

	List<Meeting> findByBodyIdOrderByMeetingDateDesc(long bodyId);

	/** Held meetings of every body since a date, for the cadence checks of all bodies in one query. */
	@Query("select m from Meeting m where m.status = :status and m.meetingDate > :after")
	List<Meeting> findByStatusAfter(MeetingStatus status, LocalDate after);

	Optional<Meeting> findFirstByBodyIdAndMeetingDateAfterOrderByMeetingDate(long bodyId, LocalDate date);

	Optional<Meeting> findFirstByBodyIdAndMeetingDateBeforeOrderByMeetingDateDesc(long bodyId, LocalDate date);
}
