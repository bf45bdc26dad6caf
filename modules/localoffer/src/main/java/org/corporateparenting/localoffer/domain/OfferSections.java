package org.corporateparenting.localoffer.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OfferSections extends JpaRepository<OfferSection, Long> {
}
