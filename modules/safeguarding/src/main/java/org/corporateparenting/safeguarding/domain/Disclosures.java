package org.corporateparenting.safeguarding.domain;

import org.corporateparenting.consultation.FreeTextSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Disclosures extends JpaRepository<Disclosure, Long> {

	boolean existsBySourceAndSourceId(FreeTextSource source, long sourceId);

	/** Those still to deal with, newest first. */
	Page<Disclosure> findByOutcomeIsNullOrderByFlaggedAtDescIdDesc(Pageable page);

	/** Those dealt with, newest first. */
	Page<Disclosure> findByOutcomeIsNotNullOrderByFlaggedAtDescIdDesc(Pageable page);

	long countByOutcomeIsNull();
}
