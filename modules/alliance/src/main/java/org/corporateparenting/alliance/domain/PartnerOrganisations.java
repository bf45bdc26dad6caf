package org.corporateparenting.alliance.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.corporateparenting.alliance.Sector;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerOrganisations extends JpaRepository<PartnerOrganisation, Long> {

	List<PartnerOrganisation> findAllByOrderByName();

	Optional<PartnerOrganisation> findByKey(String key);

	boolean existsByKey(String key);

	@Query("select o from PartnerOrganisation o left join fetch o.contacts where o.sector = :sector")
	List<PartnerOrganisation> findBySectorWithContacts(Sector sector);

	@Query("select o from PartnerOrganisation o left join fetch o.contacts where o.id in :ids")
	List<PartnerOrganisation> findWithContactsByIdIn(Collection<Long> ids);
}
