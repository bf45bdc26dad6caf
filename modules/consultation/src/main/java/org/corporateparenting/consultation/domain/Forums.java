package org.corporateparenting.consultation.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Forums extends JpaRepository<Forum, Long> {

	List<Forum> findAllByOrderByName();

	boolean existsByNameIgnoreCase(String name);
}
