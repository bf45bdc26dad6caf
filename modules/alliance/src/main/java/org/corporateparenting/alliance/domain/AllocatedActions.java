package org.corporateparenting.alliance.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.corporateparenting.alliance.ActionStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AllocatedActions extends JpaRepository<AllocatedAction, Long> {

	/**
	 * The action, locked until the transaction ends, so two updates of it at once run one after the other (native
	 * SQL: Hibernate's MySQL dialect writes {@code for update of a1_0}, which MariaDB does not accept).
	 */
	@Query(value = "select * from allocated_action where id = :id for update", nativeQuery = true)
	Optional<AllocatedAction> findForUpdate(long id);

	String WITH_HOLDERS = "select a from AllocatedAction a join fetch a.organisation left join fetch a.seat"
			+ " join fetch a.meeting m join fetch m.body ";

	/** Past its due date and neither complete nor cancelled (the statuses passed as {@code closed}). */
	String OVERDUE = "a.status not in :closed and a.dueDate < :today ";

	@Query(WITH_HOLDERS + "order by a.dueDate, a.id")
	List<AllocatedAction> findAllWithHolders();

	@Query(WITH_HOLDERS + "where a.organisation.id = :organisationId order by a.dueDate, a.id")
	List<AllocatedAction> findByOrganisation(long organisationId);

	@Query(WITH_HOLDERS + "where m.id = :meetingId order by a.id")
	List<AllocatedAction> findByMeeting(long meetingId);

	@Query(WITH_HOLDERS + "where m.body.id = :bodyId order by a.dueDate, a.id")
	List<AllocatedAction> findByBody(long bodyId);

	@Query("select a from AllocatedAction a where a.seat.id = :seatId and a.status not in :closed")
	List<AllocatedAction> findOpenBySeat(long seatId, Collection<ActionStatus> closed);

	@Query(WITH_HOLDERS + "where " + OVERDUE + "order by a.dueDate, a.id")
	List<AllocatedAction> findOverdue(LocalDate today, Collection<ActionStatus> closed);

	@Query(WITH_HOLDERS + "where " + OVERDUE + "and a.overdueAnnounced = false")
	List<AllocatedAction> findNewlyOverdue(LocalDate today, Collection<ActionStatus> closed);

	/**
	 * Open actions due by a day (overdue ones too), each with its organisation's contacts, for the day's reminders in
	 * one query.
	 */
	@Query("select a from AllocatedAction a join fetch a.organisation o left join fetch o.contacts"
			+ " where a.status not in :closed and a.dueDate <= :by order by a.dueDate, a.id")
	List<AllocatedAction> findOpenDueByWithContacts(LocalDate by, Collection<ActionStatus> closed);

	@Query("select count(a) from AllocatedAction a where " + OVERDUE)
	long countOverdue(LocalDate today, Collection<ActionStatus> closed);

	@Query("select count(a) from AllocatedAction a where a.organisation.key = :organisationKey and " + OVERDUE)
	long countOverdueOf(String organisationKey, LocalDate today, Collection<ActionStatus> closed);

	/** The actions allocated at each meeting held from one date to another that allocated any, in one query. */
	@Query("select new org.corporateparenting.alliance.domain.MeetingCount(m.id, count(a)) from AllocatedAction a"
			+ " join a.meeting m where m.status = org.corporateparenting.alliance.MeetingStatus.HELD"
			+ " and m.meetingDate between :from and :to group by m.id")
	List<MeetingCount> countByHeldMeetingBetween(LocalDate from, LocalDate to);
}
