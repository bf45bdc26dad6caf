package org.corporateparenting.localoffer.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.corporateparenting.localoffer.OfferStatus;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LocalOffers extends JpaRepository<LocalOffer, Long> {

	/** Every version, newest first, with its sections: one query however many there are. */
	@EntityGraph(attributePaths = "sections")
	List<LocalOffer> findAllByOrderByIdDesc();

	@EntityGraph(attributePaths = "sections")
	Optional<LocalOffer> findWithSectionsById(long id);

	/** The versions in these states, newest first, with their sections (no limit: MariaDB refuses it with a join). */
	@EntityGraph(attributePaths = "sections")
	List<LocalOffer> findByStatusInOrderByIdDesc(Collection<OfferStatus> statuses);

	/** The version young people see, without its sections. */
	Optional<LocalOffer> findFirstByStatusInOrderByIdDesc(Collection<OfferStatus> statuses);

	boolean existsByReplacesOfferIdAndStatusIn(long replacesOfferId, Collection<OfferStatus> statuses);

	List<LocalOffer> findByStatusIn(Collection<OfferStatus> statuses);
}
