package org.corporateparenting.reporting.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One named count of the read model, such as how many pledges are delivered. */
@Entity
@Table(name = "dashboard_figure")
public class DashboardFigure {

	@Id
	private String name;

	@Enumerated(EnumType.STRING)
	private DashboardSection.Section section;

	private long figure;

	protected DashboardFigure() {
	}

	public DashboardFigure(DashboardSection.Section section, String name, long figure) {
		this.section = section;
		this.name = name;
		this.figure = figure;
	}

	/** Whether the figure moved. */
	public boolean set(long figure) {
		boolean moved = figure != this.figure;
		this.figure = figure;
		return moved;
	}

	public String getName() {
		return name;
	}

	public long getFigure() {
		return figure;
	}
}
