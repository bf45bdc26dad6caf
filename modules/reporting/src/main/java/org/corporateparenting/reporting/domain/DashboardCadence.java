package org.corporateparenting.reporting.domain;

import org.corporateparenting.alliance.BodyType;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A board's or alliance's meetings in the last twelve months against its promise: a row of the read model. */
@Entity
@Table(name = "dashboard_cadence")
public class DashboardCadence {

	@Id
	private Long bodyId;

	private String name;

	@Enumerated(EnumType.STRING)
	private BodyType bodyType;

	private int held;

	private int expected;

	private @Nullable Integer withYoungPeople;

	private @Nullable Integer withYoungPeopleExpected;

	protected DashboardCadence() {
	}

	public DashboardCadence(Long bodyId, String name, BodyType bodyType, int held, int expected,
			@Nullable Integer withYoungPeople, @Nullable Integer withYoungPeopleExpected) {
		this.bodyId = bodyId;
		this.name = name;
		this.bodyType = bodyType;
		this.held = held;
		this.expected = expected;
		this.withYoungPeople = withYoungPeople;
		this.withYoungPeopleExpected = withYoungPeopleExpected;
	}

	/** The body's meetings counted again; whether anything moved. */
	public boolean update(String name, int held, int expected, @Nullable Integer withYoungPeople,
			@Nullable Integer withYoungPeopleExpected) {
		boolean moved = !name.equals(this.name) || held != this.held || expected != this.expected
				|| !java.util.Objects.equals(withYoungPeople, this.withYoungPeople)
				|| !java.util.Objects.equals(withYoungPeopleExpected, this.withYoungPeopleExpected);
		this.name = name;
		this.held = held;
		this.expected = expected;
		this.withYoungPeople = withYoungPeople;
		this.withYoungPeopleExpected = withYoungPeopleExpected;
		return moved;
	}

	public Long getBodyId() {
		return bodyId;
	}

	public String getName() {
		return name;
	}

	public BodyType getBodyType() {
		return bodyType;
	}

	public int getHeld() {
		return held;
	}

	public int getExpected() {
		return expected;
	}

	public @Nullable Integer getWithYoungPeople() {
		return withYoungPeople;
	}

	public @Nullable Integer getWithYoungPeopleExpected() {
		return withYoungPeopleExpected;
	}
}
