package org.corporateparenting.consultation.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Findings extends JpaRepository<Finding, Long> {

	List<Finding> findByConsultationIdOrderById(long consultationId);

	long countByPublishedTrue();

	@Query("select f from Finding f join fetch f.consultation where f.published = true"
			+ " order by f.publishedOn desc, f.id desc")
	List<Finding> findPublished();

	/** The published findings by what became of them: each response status with its count, in one query. */
	@Query("select f.responseStatus, count(f) from Finding f where f.published = true group by f.responseStatus")
	List<Object[]> countPublishedByResponseStatus();

	/** The published findings of the given consultations, in the order they were recorded. */
	@Query("select f from Finding f where f.published = true and f.consultation.id in :consultationIds order by f.id")
	List<Finding> findPublishedOf(Collection<Long> consultationIds);

	/** Every finding with its consultation (and the consultation's audiences), newest first, in one query. */
	@Query("select f from Finding f join fetch f.consultation c left join fetch c.audiences order by f.id desc")
	List<Finding> findAllWithConsultation();

	@Query("select f from Finding f join fetch f.consultation c left join fetch c.audiences where f.id in :ids")
	List<Finding> findWithConsultationByIdIn(Collection<Long> ids);
}
