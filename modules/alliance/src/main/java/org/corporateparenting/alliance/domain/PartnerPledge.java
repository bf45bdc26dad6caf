package org.corporateparenting.alliance.domain;

import java.time.LocalDate;

import org.corporateparenting.alliance.Rag;
import org.hibernate.envers.Audited;

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

/**
 * A pledge a partner organisation made to children in care and care leavers (after Walsall's young people's film
 * "It Takes a Village"), on one of the themes they raised, with the partner's latest red, amber or green rating.
 */
@Entity
@Table(name = "partner_pledge")
@Audited
public class PartnerPledge {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private PartnerOrganisation organisation;

	private String theme;

	@Column(name = "pledge_text")
	private String text;

	private LocalDate committedOn;

	@Enumerated(EnumType.STRING)
	private Rag rag;

	protected PartnerPledge() {
	}

	public PartnerPledge(PartnerOrganisation organisation) {
		this.organisation = organisation;
	}

	public void commit(String theme, String text, LocalDate committedOn, Rag rag) {
		this.theme = theme;
		this.text = text;
		this.committedOn = committedOn;
		this.rag = rag;
	}

	public void rate(Rag rag) {
		this.rag = rag;
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

	public String getTheme() {
		return theme;
	}

	public String getText() {
		return text;
	}

	public LocalDate getCommittedOn() {
		return committedOn;
	}

	public Rag getRag() {
		return rag;
	}
}
