package org.corporateparenting.pledges.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PledgeSets extends JpaRepository<PledgeSet, Long> {

	List<PledgeSet> findAllByOrderById();
}
