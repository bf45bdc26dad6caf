package org.corporateparenting.alliance.domain;

import java.util.List;

import org.corporateparenting.alliance.SeatRole;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Seats extends JpaRepository<Seat, Long> {

	@Query("select s from Seat s join fetch s.organisation where s.body.id = :bodyId order by s.displayOrder, s.id")
	List<Seat> findByBody(long bodyId);

	@Query("select s from Seat s join fetch s.body where s.organisation.id = :organisationId order by s.body.name")
	List<Seat> findByOrganisation(long organisationId);

	/** Every body's seats in a role, each with its organisation's contacts, in one query. */
	@Query("select s from Seat s join fetch s.organisation o left join fetch o.contacts where s.role = :role")
	List<Seat> findByRoleWithContacts(SeatRole role);

	@Query("select coalesce(max(s.displayOrder), 0) from Seat s where s.body.id = :bodyId")
	int lastPosition(long bodyId);
}
