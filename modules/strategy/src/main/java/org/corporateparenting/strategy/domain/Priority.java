package org.corporateparenting.strategy.domain;

import java.util.Set;
import java.util.TreeSet;

import org.corporateparenting.strategy.Theme;
import org.hibernate.envers.Audited;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
 * One of a strategy's priorities, in the council's words (formal and child-friendly), with the statutory
 * principles it serves and the platform theme it is compared under.
 */
@Entity
@Table(name = "strategy_priority")
@Audited
public class Priority {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "strategy_id")
	private Strategy strategy;

	@Column(name = "display_order")
	private int position;

	private String title;

	private String formalText;

	private String childFriendlyText;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "strategy_priority_principle", joinColumns = @JoinColumn(name = "priority_id"))
	@Column(name = "principle")
	private Set<Integer> principles = new TreeSet<>();

	@Enumerated(EnumType.STRING)
	private Theme theme;

	protected Priority() {
	}

	public Priority(Strategy strategy, int position, PriorityDetails details) {
		this.strategy = strategy;
		this.position = position;
		describe(details);
	}

	public void describe(PriorityDetails details) {
		this.title = details.title();
		this.formalText = details.formalText();
		this.childFriendlyText = details.childFriendlyText();
		this.principles.clear();
		this.principles.addAll(details.principles());
		this.theme = details.theme();
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public Strategy getStrategy() {
		return strategy;
	}

	public int getPosition() {
		return position;
	}

	public String getTitle() {
		return title;
	}

	public String getFormalText() {
		return formalText;
	}

	public String getChildFriendlyText() {
		return childFriendlyText;
	}

	public Set<Integer> getPrinciples() {
		return principles;
	}

	public Theme getTheme() {
		return theme;
	}
}
