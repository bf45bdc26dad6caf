package org.corporateparenting.alliance.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.corporateparenting.alliance.CovenantArea;
import org.corporateparenting.alliance.PartnerOfferStatus;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What a partner organisation offers care leavers in one of the Care Leaver Covenant's areas (an apprenticeship
 * scheme, a ring-fenced tenancy, a free gym pass): who may have it, the places or budget it gives, and how many young
 * people took it up quarter by quarter.
 */
@Entity
@Table(name = "partner_offer")
@Audited
public class PartnerOffer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private PartnerOrganisation organisation;

	@Enumerated(EnumType.STRING)
	private CovenantArea area;

	private String title;

	private String whatIsOffered;

	private @Nullable String eligibility;

	private @Nullable Integer places;

	private @Nullable Integer budgetPounds;

	@Enumerated(EnumType.STRING)
	private PartnerOfferStatus status;

	private boolean illustrative;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "partner_offer_take_up", joinColumns = @JoinColumn(name = "offer_id"))
	@OrderColumn(name = "display_order")
	private List<TakeUp> takeUp = new ArrayList<>();

	protected PartnerOffer() {
	}

	public PartnerOffer(PartnerOrganisation organisation) {
		this.organisation = organisation;
	}

	/** Says what the offer is; the take-up figures are given whole, each quarter once (checked before). */
	public void describe(CovenantArea area, String title, String whatIsOffered, @Nullable String eligibility,
			@Nullable Integer places, @Nullable Integer budgetPounds, PartnerOfferStatus status, boolean illustrative,
			List<TakeUp> takeUp) {
		this.area = area;
		this.title = title;
		this.whatIsOffered = whatIsOffered;
		this.eligibility = eligibility;
		this.places = places;
		this.budgetPounds = budgetPounds;
		this.status = status;
		this.illustrative = illustrative;
		this.takeUp.clear();
		this.takeUp.addAll(takeUp.stream().sorted(Comparator.comparing(TakeUp::quarter)).toList());
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public PartnerOrganisation getOrganisation() {
		return organisation;
	}

	public CovenantArea getArea() {
		return area;
	}

	public String getTitle() {
		return title;
	}

	public String getWhatIsOffered() {
		return whatIsOffered;
	}

	public @Nullable String getEligibility() {
		return eligibility;
	}

	public @Nullable Integer getPlaces() {
		return places;
	}

	public @Nullable Integer getBudgetPounds() {
		return budgetPounds;
	}

	public PartnerOfferStatus getStatus() {
		return status;
	}

	public boolean isIllustrative() {
		return illustrative;
	}

	/** By quarter, earliest first. */
	public List<TakeUp> getTakeUp() {
		return takeUp;
	}

	/**
	 * How many young people took the offer up in a quarter of the council's year, such as {@code 2025-26 Q1} (April
	 * to June 2025); quarters written this way sort in time order.
	 */
	@Embeddable
	public record TakeUp(String quarter, @Column(name = "taken_up") int takenUp) {
	}
}
