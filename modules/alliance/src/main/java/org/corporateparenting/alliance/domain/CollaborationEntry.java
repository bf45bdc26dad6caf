package org.corporateparenting.alliance.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.corporateparenting.alliance.CollaborationKind;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One entry in the council's collaboration log: information shared, advice given or joint work between the council
 * and other corporate parents on a date, with what came of it. Organisations are named by id.
 */
@Entity
@Table(name = "collaboration_entry")
@Audited
public class CollaborationEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private LocalDate occurredOn;

	@Enumerated(EnumType.STRING)
	private CollaborationKind kind;

	private String summary;

	private @Nullable String outcome;

	// A page of entries reads the organisations of all its entries in one query.
	@ElementCollection(fetch = FetchType.LAZY)
	@BatchSize(size = 100)
	@CollectionTable(name = "collaboration_organisation", joinColumns = @JoinColumn(name = "entry_id"))
	@Column(name = "organisation_id")
	private Set<Long> organisationIds = new LinkedHashSet<>();

	public void record(LocalDate occurredOn, CollaborationKind kind, Set<Long> organisationIds, String summary,
			@Nullable String outcome) {
		this.occurredOn = occurredOn;
		this.kind = kind;
		this.summary = summary;
		this.outcome = outcome;
		this.organisationIds.clear();
		this.organisationIds.addAll(organisationIds);
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public LocalDate getOccurredOn() {
		return occurredOn;
	}

	public CollaborationKind getKind() {
		return kind;
	}

	public String getSummary() {
		return summary;
	}

	public @Nullable String getOutcome() {
		return outcome;
	}

	public Set<Long> getOrganisationIds() {
		return organisationIds;
	}
}
