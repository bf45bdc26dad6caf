package org.corporateparenting.reporting.domain;

import org.corporateparenting.strategy.Theme;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A priority of the plan in force, its actions counted by RAG and status: a row of the dashboard's read model. */
@Entity
@Table(name = "dashboard_priority")
public class DashboardPriority {

	@Id
	private Long priorityId;

	private int number;

	private String title;

	@Enumerated(EnumType.STRING)
	private @Nullable Theme theme;

	private int actions;

	private int green;

	private int amber;

	private int red;

	private int notRated;

	/** Rated green or complete: what counts as delivered or being delivered well. */
	private int greenOrComplete;

	private int complete;

	private int overdue;

	protected DashboardPriority() {
	}

	public DashboardPriority(Long priorityId, int number, String title, @Nullable Theme theme, Counts counts) {
		this.priorityId = priorityId;
		this.number = number;
		this.title = title;
		this.theme = theme;
		this.actions = counts.actions();
		this.green = counts.green();
		this.amber = counts.amber();
		this.red = counts.red();
		this.notRated = counts.notRated();
		this.greenOrComplete = counts.greenOrComplete();
		this.complete = counts.complete();
		this.overdue = counts.overdue();
	}

	/** The priority's actions counted again; whether the counts moved. */
	public boolean recount(Counts counts) {
		boolean moved = !counts.equals(counts());
		this.actions = counts.actions();
		this.green = counts.green();
		this.amber = counts.amber();
		this.red = counts.red();
		this.notRated = counts.notRated();
		this.greenOrComplete = counts.greenOrComplete();
		this.complete = counts.complete();
		this.overdue = counts.overdue();
		return moved;
	}

	public record Counts(int actions, int green, int amber, int red, int notRated, int greenOrComplete, int complete,
			int overdue) {
	}

	public Counts counts() {
		return new Counts(actions, green, amber, red, notRated, greenOrComplete, complete, overdue);
	}

	public Long getPriorityId() {
		return priorityId;
	}

	public int getNumber() {
		return number;
	}

	public String getTitle() {
		return title;
	}

	public @Nullable Theme getTheme() {
		return theme;
	}
}
