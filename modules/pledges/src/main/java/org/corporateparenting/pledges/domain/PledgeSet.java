package org.corporateparenting.pledges.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.corporateparenting.pledges.Audience;
import org.corporateparenting.pledges.PledgeSetStatus;
import org.corporateparenting.web.ConflictException;
import org.hibernate.envers.Audited;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A council's promises to one audience, such as Walsall's 2017 "Our Pledge to Children in Care". Reviewing a set
 * makes a new draft version; when it comes into force the old one is replaced and stays on record.
 */
@Entity
@Table(name = "pledge_set")
@Audited
public class PledgeSet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String title;

	@Enumerated(EnumType.STRING)
	private Audience audience;

	@Enumerated(EnumType.STRING)
	private PledgeSetStatus status = PledgeSetStatus.DRAFT;

	private int edition = 1;

	private LocalDate inForceFrom;

	private String coProduction;

	/** The set this one is a review of. */
	private Long replacesSetId;

	@OneToMany(mappedBy = "pledgeSet", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<PledgeTheme> themes = new ArrayList<>();

	protected PledgeSet() {
	}

	public PledgeSet(String title, Audience audience, LocalDate inForceFrom, String coProduction) {
		describe(title, audience, inForceFrom, coProduction);
	}

	public void describe(String title, Audience audience, LocalDate inForceFrom, String coProduction) {
		this.title = title;
		this.audience = audience;
		this.inForceFrom = inForceFrom;
		this.coProduction = coProduction;
	}

	public PledgeTheme addTheme(String title) {
		PledgeTheme theme = new PledgeTheme(this, themes.size() + 1, title);
		themes.add(theme);
		return theme;
	}

	public void moveTo(PledgeSetStatus to) {
		if (!status.next().contains(to)) {
			throw new ConflictException("A pledge set that is " + status + " can move to " + status.next()
					+ ", not to " + to);
		}
		this.status = to;
	}

	/** A new draft edition with the same themes and pledges, each pledge saying which one it replaces. */
	public PledgeSet reviewedDraft() {
		PledgeSet draft = new PledgeSet(title, audience, null, null);
		draft.edition = edition + 1;
		draft.replacesSetId = id;
		for (PledgeTheme theme : themes) {
			PledgeTheme copy = draft.addTheme(theme.getTitle());
			theme.getPledges().forEach(pledge -> copy.addPledge(pledge.getNumber(), pledge.getText(),
					pledge.getCommitment(), pledge.getId()));
		}
		return draft;
	}

	public List<Pledge> pledges() {
		return themes.stream().flatMap(theme -> theme.getPledges().stream()).toList();
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getTitle() {
		return title;
	}

	public Audience getAudience() {
		return audience;
	}

	public PledgeSetStatus getStatus() {
		return status;
	}

	public int getEdition() {
		return edition;
	}

	public LocalDate getInForceFrom() {
		return inForceFrom;
	}

	public String getCoProduction() {
		return coProduction;
	}

	public Long getReplacesSetId() {
		return replacesSetId;
	}

	public List<PledgeTheme> getThemes() {
		return themes;
	}
}
