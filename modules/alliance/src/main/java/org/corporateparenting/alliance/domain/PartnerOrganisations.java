package org.corporateparenting.alliance.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerOrganisations extends JpaRepository<PartnerOrganisation, Long> {

	List<PartnerOrganisation> findAllByOrderByName();

	Optional<PartnerOrganisation> findByKey(String key);

	boolean existsByKey(String key);
}
