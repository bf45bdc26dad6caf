package org.corporateparenting.consultation.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SurveyResponses extends JpaRepository<SurveyResponse, Long> {

	long countByConsultationId(long consultationId);

	/** The made-up responses a consultation was given to show its results pages, not any young person's. */
	long countByConsultationIdAndIllustrativeTrue(long consultationId);

	long countByLinkId(long linkId);

	/** Each consultation's id with its number of responses, in one query. */
	@Query("select r.consultation.id, count(r) from SurveyResponse r group by r.consultation.id")
	List<Object[]> countByConsultation();

	@Query("select distinct r from SurveyResponse r left join fetch r.answers a left join fetch a.question"
			+ " where r.consultation.id = :consultationId order by r.id")
	List<SurveyResponse> findWithAnswers(long consultationId);
}
