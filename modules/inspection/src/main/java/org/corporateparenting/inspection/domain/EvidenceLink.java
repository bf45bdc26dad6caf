package org.corporateparenting.inspection.domain;

import org.corporateparenting.inspection.EvidenceKind;
import org.corporateparenting.inspection.JudgementArea;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A record of the council's that an officer offers as evidence for a judgement area, with a note saying what it
 * shows. The record is named as its own module names it ({@link EvidenceKind}), so a link outlives no change there
 * unseen: one whose record has gone is shown as such.
 */
@Entity
@Table(name = "evidence_link")
@Audited
public class EvidenceLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private JudgementArea area;

	@Enumerated(EnumType.STRING)
	private EvidenceKind kind;

	/** The action's reference, the indicator's code, or the finding's or section's id. */
	private String reference;

	/** What the record shows inspectors about the area. */
	private @Nullable String note;

	protected EvidenceLink() {
	}

	public EvidenceLink(JudgementArea area, EvidenceKind kind, String reference, @Nullable String note) {
		this.kind = kind;
		this.reference = reference;
		describe(area, note);
	}

	/** Moves the link to another area or says again what it shows; the record it names stays the same. */
	public void describe(JudgementArea area, @Nullable String note) {
		this.area = area;
		this.note = note;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public JudgementArea getArea() {
		return area;
	}

	public EvidenceKind getKind() {
		return kind;
	}

	public String getReference() {
		return reference;
	}

	public @Nullable String getNote() {
		return note;
	}
}
