package org.corporateparenting.alliance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Meetings extends JpaRepository<Meeting, Long> {

	String HELD = "select new org.corporateparenting.alliance.domain.HeldMeeting(m.id, b.id, b.name, b.type,"
			+ " m.meetingDate, m.theme, m.youngPeoplePresent, m.quorate) from Meeting m join m.body b"
			+ " where m.status = org.corporateparenting.alliance.MeetingStatus.HELD ";

	List<Meeting> findByBodyIdOrderByMeetingDateDesc(long bodyId);

	/** Held meetings of every body since a date, for the cadence checks of all bodies in one query. */
	@Query(HELD + "and m.meetingDate > :after")
	List<HeldMeeting> findHeldAfter(LocalDate after);

	@Query(HELD + "and b.id = :bodyId")
	List<HeldMeeting> findHeldByBody(long bodyId);

	/** Held meetings of every body from one date to another, both included, in date order. */
	@Query(HELD + "and m.meetingDate between :from and :to order by m.meetingDate, m.id")
	List<HeldMeeting> findHeldBetween(LocalDate from, LocalDate to);

	/**
	 * How each seat was represented at each meeting held from one date to another: one row of meeting id and
	 * {@link org.corporateparenting.alliance.AttendanceStatus} per seat recorded, in one query.
	 */
	@Query("select m.id, a.status from Meeting m join m.attendance a"
			+ " where m.status = org.corporateparenting.alliance.MeetingStatus.HELD"
			+ " and m.meetingDate between :from and :to order by m.meetingDate, m.id")
	List<Object[]> findAttendanceHeldBetween(LocalDate from, LocalDate to);

	/** Meetings of active bodies not yet held, from one date to another, both included, in date order. */
	@Query("select new org.corporateparenting.alliance.domain.ScheduledMeeting(m.id, b.id, b.name, b.type, m.meetingDate)"
			+ " from Meeting m join m.body b where m.status = org.corporateparenting.alliance.MeetingStatus.SCHEDULED"
			+ " and b.status = org.corporateparenting.alliance.BodyStatus.ACTIVE and m.meetingDate between :from and :to"
			+ " order by m.meetingDate, m.id")
	List<ScheduledMeeting> findScheduledOfActiveBodiesBetween(LocalDate from, LocalDate to);

	Optional<Meeting> findFirstByBodyIdAndMeetingDateAfterOrderByMeetingDate(long bodyId, LocalDate date);

	Optional<Meeting> findFirstByBodyIdAndMeetingDateBeforeOrderByMeetingDateDesc(long bodyId, LocalDate date);
}
