package org.corporateparenting.pledges.domain;

import java.util.Collection;
import java.util.List;

import org.corporateparenting.pledges.PledgeSetStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Pledges extends JpaRepository<Pledge, Long> {

	/** The pledges of every set with one of the statuses, with their themes and sets, by set and number. */
	@Query("select p from Pledge p join fetch p.theme t join fetch t.pledgeSet s where s.status in :statuses"
			+ " order by s.id, p.number")
	List<Pledge> findInSetsWithStatus(Collection<PledgeSetStatus> statuses);

	/** The pledges with a number in sets with one of the statuses, oldest set first: one query. */
	@Query("select p from Pledge p join fetch p.theme t join fetch t.pledgeSet s where s.status in :statuses"
			+ " and p.number = :number order by s.id")
	List<Pledge> findNumberedInSetsWithStatus(int number, Collection<PledgeSetStatus> statuses);

	@Query("select count(p) from Pledge p where p.theme.pledgeSet.status = :status")
	long countInSetsWithStatus(PledgeSetStatus status);
}
