package org.corporateparenting.alliance.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerPledges extends JpaRepository<PartnerPledge, Long> {

	@Query("select p from PartnerPledge p join fetch p.organisation o order by o.name, p.committedOn, p.id")
	List<PartnerPledge> findAllWithOrganisation();

	/**
	 * The pledges with no update since the date, nor made since when they have none, each with the date of its latest
	 * update (null with none): one query, whatever their number.
	 */
	@Query("""
			select p, max(u.updateDate) from PartnerPledge p left join PartnerPledgeUpdate u on u.pledge = p
			group by p
			having coalesce(max(u.updateDate), p.committedOn) <= :since
			order by p.id""")
	List<Object[]> findNotUpdatedSince(LocalDate since);
}
