package org.corporateparenting.localoffer.domain;

import org.corporateparenting.localoffer.Entitlement;
import org.corporateparenting.localoffer.OfferArea;
import org.corporateparenting.web.ConflictException;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One thing the council offers care leavers, in one area the law names. */
@Entity
@Table(name = "local_offer_section")
@Audited
public class OfferSection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "offer_id")
	private LocalOffer offer;

	@Enumerated(EnumType.STRING)
	private OfferArea area;

	@Column(name = "display_order")
	private int position;

	private String title;

	private String whatYouCanGet;

	private @Nullable String whoIsEligible;

	private @Nullable String howToAsk;

	@Enumerated(EnumType.STRING)
	private Entitlement entitlement;

	/** The council's service or the partner that provides it. */
	private @Nullable String provider;

	private @Nullable String contact;

	private boolean illustrative;

	/** The partner's offer this section is, by the alliance module's id. */
	private @Nullable Long partnerOfferId;

	protected OfferSection() {
	}

	OfferSection(LocalOffer offer, int position, SectionDetails details) {
		this.offer = offer;
		this.position = position;
		write(details);
	}

	/** Changes what the section says, while the offer's words may change. */
	public void rewrite(SectionDetails details) {
		if (!offer.getStatus().editable()) {
			throw new ConflictException("A local offer that is " + offer.getStatus().label().toLowerCase()
					+ " changes only by a new version: start one from the published offer");
		}
		write(details);
	}

	private void write(SectionDetails details) {
		this.area = details.area();
		this.title = details.title();
		this.whatYouCanGet = details.whatYouCanGet();
		this.whoIsEligible = details.whoIsEligible();
		this.howToAsk = details.howToAsk();
		this.entitlement = details.entitlement();
		this.provider = details.provider();
		this.contact = details.contact();
		this.illustrative = details.illustrative();
		this.partnerOfferId = details.partnerOfferId();
	}

	SectionDetails details() {
		return new SectionDetails(area, title, whatYouCanGet, whoIsEligible, howToAsk, entitlement, provider, contact,
				illustrative, partnerOfferId);
	}

	/** Says what young people get, who may have it and how to ask: what covering an area takes. */
	boolean complete() {
		return !isBlank(whatYouCanGet) && !isBlank(whoIsEligible) && !isBlank(howToAsk);
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public LocalOffer getOffer() {
		return offer;
	}

	public OfferArea getArea() {
		return area;
	}

	public int getPosition() {
		return position;
	}

	public String getTitle() {
		return title;
	}

	public String getWhatYouCanGet() {
		return whatYouCanGet;
	}

	public @Nullable String getWhoIsEligible() {
		return whoIsEligible;
	}

	public @Nullable String getHowToAsk() {
		return howToAsk;
	}

	public Entitlement getEntitlement() {
		return entitlement;
	}

	public @Nullable String getProvider() {
		return provider;
	}

	public @Nullable String getContact() {
		return contact;
	}

	public boolean isIllustrative() {
		return illustrative;
	}

	public @Nullable Long getPartnerOfferId() {
		return partnerOfferId;
	}
}
