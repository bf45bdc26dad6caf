package org.corporateparenting.localoffer.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OfferSections extends JpaRepository<OfferSection, Long> {

	/** Every section with its version, the newest version first, in one query. */
	@Query("select s from OfferSection s join fetch s.offer o order by o.id desc, s.position, s.id")
	List<OfferSection> findAllWithOffer();

	@Query("select s from OfferSection s join fetch s.offer where s.id in :ids")
	List<OfferSection> findWithOfferByIdIn(Collection<Long> ids);
}
