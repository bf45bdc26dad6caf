package org.corporateparenting.pledges.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkStreams extends JpaRepository<WorkStream, Long> {

	List<WorkStream> findAllByOrderByName();
}
