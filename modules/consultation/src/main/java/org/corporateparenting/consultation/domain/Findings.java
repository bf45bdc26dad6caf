package org.corporateparenting.consultation.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Findings extends JpaRepository<Finding, Long> {

	List<Finding> findByConsultationIdOrderById(long consultationId);

	long countByPublishedTrue();

	@Query("select f from Finding f join fetch f.consultation where f.published = true"
			+ " order by f.publishedOn desc, f.id desc")
	List<Finding> findPublished();
}
