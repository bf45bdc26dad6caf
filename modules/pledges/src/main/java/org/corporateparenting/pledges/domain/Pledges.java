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
}
