package org.corporateparenting.reporting.domain;

import org.corporateparenting.reporting.Polarity;
import org.corporateparenting.reporting.Unit;
import org.hibernate.envers.Audited;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One of the council's own indicators, beside the national catalogue (apprenticeship places created, say). */
@Entity
@Table(name = "local_indicator")
@Audited
public class LocalIndicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String code;

	private String name;

	private String definition;

	@Enumerated(EnumType.STRING)
	private Unit unit;

	@Enumerated(EnumType.STRING)
	private Polarity polarity;

	private String source;

	protected LocalIndicator() {
	}

	public LocalIndicator(String code, String name, String definition, Unit unit, Polarity polarity, String source) {
		this.code = code;
		describe(name, definition, unit, polarity, source);
	}

	/** The code stays: measurements and shares name the indicator by it. */
	public void describe(String name, String definition, Unit unit, Polarity polarity, String source) {
		this.name = name;
		this.definition = definition;
		this.unit = unit;
		this.polarity = polarity;
		this.source = source;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getDefinition() {
		return definition;
	}

	public Unit getUnit() {
		return unit;
	}

	public Polarity getPolarity() {
		return polarity;
	}

	public String getSource() {
		return source;
	}
}
