package org.corporateparenting.consultation.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Survey answers in someone's own words, read one at a time for a safeguarding review. */
public interface FreeTextAnswers extends Repository<Answer, Long> {

	/** The answer with its question and its survey, in one query; empty for an answer that is not in own words. */
	@Query("select a from Answer a join fetch a.question join fetch a.response r join fetch r.consultation"
			+ " where a.id = :id and a.text is not null")
	Optional<Answer> findFreeText(long id);
}
