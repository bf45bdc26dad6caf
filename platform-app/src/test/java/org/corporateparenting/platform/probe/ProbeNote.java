package org.corporateparenting.platform.probe;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Test only: a record kept in a council's schema. */
@Entity
@Table(name = "probe_note")
public class ProbeNote {

	@Id
	private UUID id;

	private String text;

	protected ProbeNote() {
	}

	public ProbeNote(String text) {
		this.id = UUID.randomUUID();
		this.text = text;
	}

	public UUID getId() {
		return id;
	}

	public String getText() {
		return text;
	}
}
