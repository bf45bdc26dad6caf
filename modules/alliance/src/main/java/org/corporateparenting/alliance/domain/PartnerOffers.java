package org.corporateparenting.alliance.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.corporateparenting.alliance.CovenantArea;
import org.corporateparenting.alliance.PartnerOfferDirectory.OfferSummary;
import org.corporateparenting.alliance.PartnerOfferStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerOffers extends JpaRepository<PartnerOffer, Long> {

	/** Every offer with its organisation and take-up figures: one query. */
	// The organisation's contacts are fetched eagerly whatever is asked: fetched here, in the same query.
	@Query("select distinct f from PartnerOffer f join fetch f.organisation o left join fetch o.contacts"
			+ " left join fetch f.takeUp"
			+ " order by f.area, o.name, f.title, f.id")
	List<PartnerOffer> findAllWithTakeUp();

	@Query("select f from PartnerOffer f join fetch f.organisation o left join fetch o.contacts"
			+ " left join fetch f.takeUp where f.id = :id")
	Optional<PartnerOffer> findWithTakeUp(long id);

	String SUMMARY = "select new org.corporateparenting.alliance.PartnerOfferDirectory$OfferSummary(f.id, o.name,"
			+ " f.area, f.title, f.whatIsOffered, f.eligibility, f.places, f.status, f.illustrative)"
			+ " from PartnerOffer f join f.organisation o";

	@Query(SUMMARY + " where f.id in :ids order by f.id")
	List<OfferSummary> findSummariesByIdIn(Collection<Long> ids);

	@Query(SUMMARY + " order by f.area, o.name, f.title, f.id")
	List<OfferSummary> findSummaries();

	/** Each offer with each of its quarters' take-up (one row with no quarter when it has none): one query. */
	@Query("select new org.corporateparenting.alliance.domain.PartnerOffers$TakeUpRow(f.id, f.area, f.status,"
			+ " f.places, t.quarter, t.takenUp) from PartnerOffer f left join f.takeUp t")
	List<TakeUpRow> findTakeUpRows();

	record TakeUpRow(long offerId, CovenantArea area, PartnerOfferStatus status, @Nullable Integer places,
			@Nullable String quarter, @Nullable Integer takenUp) {
	}
}
