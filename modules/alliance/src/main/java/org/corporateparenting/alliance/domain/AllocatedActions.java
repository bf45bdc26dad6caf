package org.corporateparenting.alliance.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.corporateparenting.alliance.ActionStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AllocatedActions extends JpaRepository<AllocatedAction, Long> {

	String WITH_HOLDERS = "select a from AllocatedAction a join fetch a.organisation left join fetch a.seat"
			+ " join fetch a.meeting m join fetch m.body ";

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

	@Query(WITH_HOLDERS + "where a.status not in :closed and a.dueDate < :today order by a.dueDate, a.id")
	List<AllocatedAction> findOverdue(LocalDate today, Collection<ActionStatus> closed);

	@Query(WITH_HOLDERS + "where a.status not in :closed and a.dueDate < :today and a.overdueAnnounced = false")
	List<AllocatedAction> findNewlyOverdue(LocalDate today, Collection<ActionStatus> closed);
}
