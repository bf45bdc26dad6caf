package org.corporateparenting.alliance.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Decisions extends JpaRepository<Decision, Long> {

	List<Decision> findByMeetingIdOrderByNumber(long meetingId);

	int countByMeetingId(long meetingId);

	/** The decisions of each meeting held from one date to another that took any, in one query. */
	@Query("select new org.corporateparenting.alliance.domain.MeetingCount(m.id, count(d)) from Decision d"
			+ " join d.meeting m where m.status = org.corporateparenting.alliance.MeetingStatus.HELD"
			+ " and m.meetingDate between :from and :to group by m.id")
	List<MeetingCount> countByHeldMeetingBetween(LocalDate from, LocalDate to);

	/** The decisions of the meetings held from one date to another, with their meeting and body, in one query. */
	@Query("select new org.corporateparenting.alliance.AllianceProgress$DecisionLine(m.id, b.name, b.type,"
			+ " m.meetingDate, d.number, d.type, d.wording) from Decision d join d.meeting m join m.body b"
			+ " where m.status = org.corporateparenting.alliance.MeetingStatus.HELD"
			+ " and m.meetingDate between :from and :to order by m.meetingDate, m.id, d.number")
	List<org.corporateparenting.alliance.AllianceProgress.DecisionLine> findHeldBetween(LocalDate from, LocalDate to);
}
