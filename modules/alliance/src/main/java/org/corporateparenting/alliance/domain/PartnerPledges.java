package org.corporateparenting.alliance.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerPledges extends JpaRepository<PartnerPledge, Long> {

	@Query("select p from PartnerPledge p join fetch p.organisation o order by o.name, p.committedOn, p.id")
	List<PartnerPledge> findAllWithOrganisation();
}
