package org.corporateparenting.alliance.domain;

import org.corporateparenting.alliance.DecisionType;
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

/** What a meeting decided, numbered in the order recorded: "The Board approved the formation of the Alliance". */
@Entity
@Table(name = "decision")
@Audited
public class Decision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	@Column(name = "decision_number")
	private int number;

	@Enumerated(EnumType.STRING)
	@Column(name = "decision_type")
	private DecisionType type;

	private String wording;

	protected Decision() {
	}

	public Decision(Meeting meeting, int number, DecisionType type, String wording) {
		this.meeting = meeting;
		this.number = number;
		this.type = type;
		this.wording = wording;
	}

	public Long getId() {
		return id;
	}

	public Meeting getMeeting() {
		return meeting;
	}

	public int getNumber() {
		return number;
	}

	public DecisionType getType() {
		return type;
	}

	public String getWording() {
		return wording;
	}
}
