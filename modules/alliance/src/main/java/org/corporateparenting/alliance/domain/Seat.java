package org.corporateparenting.alliance.domain;

import java.util.List;

import org.corporateparenting.alliance.HolderStatus;
import org.corporateparenting.alliance.SeatRole;
import org.corporateparenting.web.TextLines;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

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

/**
 * A place on a body for an organisation, such as "Representative from Commissioning": its role (chair, member),
 * whether someone holds it, is only named as a candidate, or no one does, and the deputies who attend in the
 * holder's absence. Holders and candidates are recorded by role title.
 */
@Entity
@Table(name = "seat")
@Audited
public class Seat {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "body_id")
	private GovernanceBody body;

	@Enumerated(EnumType.STRING)
	private SeatRole role;

	private String position;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private PartnerOrganisation organisation;

	@Enumerated(EnumType.STRING)
	private HolderStatus holderStatus;

	private @Nullable String holder;

	/** One per line. */
	private @Nullable String candidates;

	/** One per line. */
	private @Nullable String deputies;

	private int displayOrder;

	protected Seat() {
	}

	public Seat(GovernanceBody body, int displayOrder) {
		this.body = body;
		this.displayOrder = displayOrder;
	}

	public void describe(SeatRole role, String position, PartnerOrganisation organisation, HolderStatus holderStatus,
			@Nullable String holder, List<String> candidates, List<String> deputies) {
		this.role = role;
		this.position = position;
		this.organisation = organisation;
		this.holderStatus = holderStatus;
		this.holder = holderStatus == HolderStatus.CONFIRMED ? holder : null;
		this.candidates = holderStatus == HolderStatus.TENTATIVE ? TextLines.join(candidates) : null;
		this.deputies = TextLines.join(deputies);
	}

	/** Not held by a confirmed member: tentative or vacant. */
	public boolean unconfirmed() {
		return holderStatus != HolderStatus.CONFIRMED;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public GovernanceBody getBody() {
		return body;
	}

	public SeatRole getRole() {
		return role;
	}

	public String getPosition() {
		return position;
	}

	public PartnerOrganisation getOrganisation() {
		return organisation;
	}

	public HolderStatus getHolderStatus() {
		return holderStatus;
	}

	public @Nullable String getHolder() {
		return holder;
	}

	public List<String> getCandidates() {
		return TextLines.split(candidates);
	}

	public List<String> getDeputies() {
		return TextLines.split(deputies);
	}

	public int getDisplayOrder() {
		return displayOrder;
	}
}
