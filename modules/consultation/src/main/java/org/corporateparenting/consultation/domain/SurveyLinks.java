package org.corporateparenting.consultation.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SurveyLinks extends JpaRepository<SurveyLink, Long> {

	@Query("select l from SurveyLink l join fetch l.consultation where l.token = :token")
	Optional<SurveyLink> findByToken(String token);

	List<SurveyLink> findByConsultationIdOrderByCreatedAt(long consultationId);
}
