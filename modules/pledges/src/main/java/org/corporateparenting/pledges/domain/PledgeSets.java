package org.corporateparenting.pledges.domain;

import java.util.Collection;
import java.util.List;

import org.corporateparenting.pledges.PledgeSetStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PledgeSets extends JpaRepository<PledgeSet, Long> {

	List<PledgeSet> findAllByOrderById();

	List<PledgeSet> findByStatusInOrderById(Collection<PledgeSetStatus> statuses);
}
