package org.corporateparenting.pledges.domain;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkStreams extends JpaRepository<WorkStream, Long> {

	/** Every work stream with its members and pledges joined in, so a whole list costs one query. */
	@Query("select w from WorkStream w left join fetch w.members left join fetch w.pledgeIds order by w.name")
	List<WorkStream> findAllByOrderByName();
}
