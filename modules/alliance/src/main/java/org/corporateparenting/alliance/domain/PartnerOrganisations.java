package org.corporateparenting.alliance.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.corporateparenting.alliance.Sector;
import org.corporateparenting.notifications.Recipient;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerOrganisations extends JpaRepository<PartnerOrganisation, Long> {

	List<PartnerOrganisation> findAllByOrderByName();

	Optional<PartnerOrganisation> findByKey(String key);

	boolean existsByKey(String key);

	@Query("select o from PartnerOrganisation o left join fetch o.contacts where o.sector = :sector")
	List<PartnerOrganisation> findBySectorWithContacts(Sector sector);

	/** Every organisation's contacts with an email, named by their role and organisation: one query. */
	@Query("select new org.corporateparenting.notifications.Recipient(c.email, concat(c.role, ', ', o.name))"
			+ " from PartnerOrganisation o join o.contacts c where c.email is not null and c.email <> ''")
	List<Recipient> findContactsWithEmail();

	@Query("select o from PartnerOrganisation o left join fetch o.contacts where o.id in :ids")
	List<PartnerOrganisation> findWithContactsByIdIn(Collection<Long> ids);

	/** Every organisation's id, key and name, without its contacts, in name order: one query. */
	@Query("select new org.corporateparenting.alliance.domain.PartnerOrganisations$Name(o.id, o.key, o.name)"
			+ " from PartnerOrganisation o order by o.name")
	List<Name> findNames();

	record Name(long id, String key, String name) {
	}
}
