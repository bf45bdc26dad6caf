package org.corporateparenting.pledges.domain;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.envers.Audited;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A section of a pledge set, such as "Your Education". */
@Entity
@Table(name = "pledge_theme")
@Audited
public class PledgeTheme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "pledge_set_id")
	private PledgeSet pledgeSet;

	@Column(name = "display_order")
	private int position;

	private String title;

	@OneToMany(mappedBy = "theme", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	private List<Pledge> pledges = new ArrayList<>();

	protected PledgeTheme() {
	}

	PledgeTheme(PledgeSet pledgeSet, int position, String title) {
		this.pledgeSet = pledgeSet;
		this.position = position;
		this.title = title;
	}

	public Pledge addPledge(int number, String text, Commitment commitment, Long replacesPledgeId) {
		Pledge pledge = new Pledge(this, number, text, commitment, replacesPledgeId);
		pledges.add(pledge);
		return pledge;
	}

	public Long getId() {
		return id;
	}

	public PledgeSet getPledgeSet() {
		return pledgeSet;
	}

	public int getPosition() {
		return position;
	}

	public String getTitle() {
		return title;
	}

	public List<Pledge> getPledges() {
		return pledges;
	}
}
