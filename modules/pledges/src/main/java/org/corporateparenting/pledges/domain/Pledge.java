package org.corporateparenting.pledges.domain;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One numbered promise, in the young people's own words. */
@Entity
@Table(name = "pledge")
@Audited
public class Pledge {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "theme_id")
	private PledgeTheme theme;

	@Column(name = "pledge_number")
	private int number;

	private String text;

	@Embedded
	private Commitment commitment;

	/** The pledge of the previous edition this one replaces. */
	private Long replacesPledgeId;

	protected Pledge() {
	}

	Pledge(PledgeTheme theme, int number, String text, @Nullable Commitment commitment, @Nullable Long replacesPledgeId) {
		this.theme = theme;
		this.number = number;
		this.text = text;
		this.commitment = commitment;
		this.replacesPledgeId = replacesPledgeId;
	}

	public void reword(String text, @Nullable Commitment commitment) {
		this.text = text;
		this.commitment = commitment;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public PledgeTheme getTheme() {
		return theme;
	}

	public int getNumber() {
		return number;
	}

	public String getText() {
		return text;
	}

	public @Nullable Commitment getCommitment() {
		return commitment == null || commitment.description() == null ? null : commitment;
	}

	public Long getReplacesPledgeId() {
		return replacesPledgeId;
	}
}
