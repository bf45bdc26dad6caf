package org.corporateparenting.pledges.domain;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkStreams extends JpaRepository<WorkStream, Long> {

	/** Every work stream with its members and pledges joined in, so a whole list costs one query. */
	@EntityGraph(attributePaths = { "members", "pledgeIds" })
	List<WorkStream> findAllByOrderByName();
}
