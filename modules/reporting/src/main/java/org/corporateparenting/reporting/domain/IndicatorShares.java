package org.corporateparenting.reporting.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorShares extends JpaRepository<IndicatorShare, IndicatorShare.Key> {

	List<IndicatorShare> findByPartnershipSlugOrderByIndicatorCode(String partnershipSlug);

	void deleteByPartnershipSlug(String partnershipSlug);
}
