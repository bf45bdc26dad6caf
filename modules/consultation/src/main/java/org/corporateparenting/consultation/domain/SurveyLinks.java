package org.corporateparenting.consultation.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import org.springframework.data.jpa.repository.Query;

public interface SurveyLinks extends JpaRepository<SurveyLink, Long> {

	@Query("select l from SurveyLink l join fetch l.consultation where l.token = :token")
	Optional<SurveyLink> findByToken(String token);

	/**
	 * The link, locked until the transaction ends, so responses through it are counted one at a time. Plain SQL:
	 * Hibernate's MySQL dialect writes "for update of", which MariaDB does not accept.
	 */
	@Query(value = "select * from survey_link where token = :token for update", nativeQuery = true)
	Optional<SurveyLink> findByTokenForUpdate(String token);

	List<SurveyLink> findByConsultationIdOrderByCreatedAt(long consultationId);
}
