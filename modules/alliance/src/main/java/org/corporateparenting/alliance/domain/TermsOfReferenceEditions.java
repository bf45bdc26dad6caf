package org.corporateparenting.alliance.domain;

import java.util.List;
import java.util.Optional;

import org.corporateparenting.alliance.TermsOfReferenceStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TermsOfReferenceEditions extends JpaRepository<TermsOfReference, Long> {

	List<TermsOfReference> findByBodyIdOrderByEditionDesc(long bodyId);

	Optional<TermsOfReference> findFirstByBodyIdAndStatus(long bodyId, TermsOfReferenceStatus status);

	@Query("select t from TermsOfReference t join fetch t.body where t.status = :status")
	List<TermsOfReference> findByStatusWithBody(TermsOfReferenceStatus status);

	@Query("select coalesce(max(t.edition), 0) from TermsOfReference t where t.body.id = :bodyId")
	int lastEdition(long bodyId);
}
