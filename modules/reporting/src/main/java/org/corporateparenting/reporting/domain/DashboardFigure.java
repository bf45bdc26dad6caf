package org.corporateparenting.reporting.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One named count of the read model, such as how many pledges are delivered. */
@Entity
@Table(name = "dashboard_figure")
public class DashboardFigure {

	@Id
	private String name;

	private long figure;

	protected DashboardFigure() {
	}

	public DashboardFigure(String name, long figure) {
		this.name = name;
		this.figure = figure;
	}

	public String getName() {
		return name;
	}

	public long getFigure() {
		return figure;
	}
}
