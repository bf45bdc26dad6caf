package org.corporateparenting.alliance.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.corporateparenting.alliance.CorporateParentDuty;
import org.corporateparenting.alliance.Sector;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An organisation that takes part in corporate parenting (a housing group, the police, probation, health, a
 * council department, a young people's forum) and its contacts by role. Its {@code key} is what a partner's
 * sign-in carries in its {@code organisation} claim.
 */
@Entity
@Table(name = "partner_organisation")
@Audited
public class PartnerOrganisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "org_key")
	private String key;

	private String name;

	@Enumerated(EnumType.STRING)
	private Sector sector;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "partner_contact", joinColumns = @JoinColumn(name = "organisation_id"))
	@OrderColumn(name = "display_order")
	private List<Contact> contacts = new ArrayList<>();

	/** A relevant corporate parent under the Children's Wellbeing and Schools Act 2026. */
	private boolean corporateParent;

	/** The duties it has, one a line. */
	private @Nullable String duties;

	protected PartnerOrganisation() {
	}

	public PartnerOrganisation(String key) {
		this.key = key;
	}

	public void describe(String name, Sector sector, List<Contact> contacts) {
		this.name = name;
		this.sector = sector;
		this.contacts.clear();
		this.contacts.addAll(contacts);
	}

	/** Records whether it is a relevant corporate parent and the duties that apply to it, in their fixed order. */
	public void recordCorporateParenting(boolean corporateParent, Set<CorporateParentDuty> duties) {
		this.corporateParent = corporateParent;
		this.duties = duties.isEmpty() ? null
				: EnumSet.copyOf(duties).stream().map(Enum::name).collect(Collectors.joining("\n"));
	}

	public boolean isCorporateParent() {
		return corporateParent;
	}

	public Set<CorporateParentDuty> getDuties() {
		Set<CorporateParentDuty> set = EnumSet.noneOf(CorporateParentDuty.class);
		if (duties != null) {
			Arrays.stream(duties.split("\n")).map(CorporateParentDuty::valueOf).forEach(set::add);
		}
		return set;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getKey() {
		return key;
	}

	public String getName() {
		return name;
	}

	public Sector getSector() {
		return sector;
	}

	public List<Contact> getContacts() {
		return contacts;
	}

	/** Someone to contact at the organisation, by role; a shared mailbox or telephone if there is one. */
	@Embeddable
	public record Contact(@Column(name = "contact_role") String role, @Nullable String email,
			@Nullable String telephone) {
	}
}
