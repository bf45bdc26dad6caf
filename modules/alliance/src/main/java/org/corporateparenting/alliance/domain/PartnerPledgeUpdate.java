package org.corporateparenting.alliance.domain;

import java.time.Instant;
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

/** A partner's dated report on its pledge, with the rating it gave. */
@Entity
@Table(name = "partner_pledge_update")
@Audited
public class PartnerPledgeUpdate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "partner_pledge_id")
	private PartnerPledge pledge;

	private LocalDate updateDate;

	@Column(name = "update_text")
	private String text;

	@Enumerated(EnumType.STRING)
	private Rag rag;

	private String author;

	private Instant recordedAt;

	protected PartnerPledgeUpdate() {
	}

	public PartnerPledgeUpdate(PartnerPledge pledge, LocalDate updateDate, String text, Rag rag, String author,
			Instant recordedAt) {
		this.pledge = pledge;
		this.updateDate = updateDate;
		this.text = text;
		this.rag = rag;
		this.author = author;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public PartnerPledge getPledge() {
		return pledge;
	}

	public LocalDate getUpdateDate() {
		return updateDate;
	}

	public String getText() {
		return text;
	}

	public Rag getRag() {
		return rag;
	}

	public String getAuthor() {
		return author;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
