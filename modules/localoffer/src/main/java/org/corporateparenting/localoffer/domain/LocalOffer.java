package org.corporateparenting.localoffer.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.corporateparenting.localoffer.OfferArea;
import org.corporateparenting.localoffer.OfferStatus;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.InvalidInputException;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

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
 * One version of a council's local offer for care leavers. Its words change while it is a draft or consulted on;
 * once published it changes only by a new version ({@link #nextVersion()}), which replaces it when published.
 */
@Entity
@Table(name = "local_offer")
@Audited
public class LocalOffer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String title;

	private int edition = 1;

	@Enumerated(EnumType.STRING)
	private OfferStatus status = OfferStatus.DRAFT;

	/** What the offer is, to young people, in a few plain sentences. */
	private @Nullable String introduction;

	/** The consultation module's record of the consultation this version went through. */
	private @Nullable Long consultationId;

	private @Nullable LocalDate publishedOn;

	private @Nullable LocalDate reviewDue;

	/** Who looks after the offer and hears when its review is due: a role, and an email address. */
	private @Nullable String contactRole;

	private @Nullable String contactEmail;

	/** Words the platform invented for a demo, not the council's own: shown as illustrative. */
	private boolean illustrative;

	/** The version this one is the next of. */
	private @Nullable Long replacesOfferId;

	@OneToMany(mappedBy = "offer", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<OfferSection> sections = new ArrayList<>();

	protected LocalOffer() {
	}

	public LocalOffer(OfferDetails details) {
		this.title = details.title();
		describe(details);
	}

	/** Changes what the offer says about itself; only while its words may change. */
	public void describe(OfferDetails details) {
		requireEditable();
		this.title = details.title();
		this.introduction = details.introduction();
		this.consultationId = details.consultationId();
		this.reviewDue = details.reviewDue();
		this.contactRole = details.contactRole();
		this.contactEmail = details.contactEmail();
		this.illustrative = details.illustrative();
	}

	public OfferSection addSection(SectionDetails details) {
		requireEditable();
		int position = (int) sections.stream().filter(section -> section.getArea() == details.area()).count() + 1;
		OfferSection section = new OfferSection(this, position, details);
		sections.add(section);
		return section;
	}

	public void removeSection(OfferSection section) {
		requireEditable();
		sections.remove(section);
	}

	/**
	 * Moves the version on. Publishing needs a review date after today: the one given (which setting the date of a
	 * review that confirmed the offer takes), else the offer's own.
	 */
	public void moveTo(OfferStatus to, LocalDate today, @Nullable LocalDate newReviewDue) {
		if (!status.next().contains(to)) {
			throw new ConflictException("A local offer that is " + status.label().toLowerCase()
					+ " can move to " + status.next() + ", not to " + to);
		}
		if (to == OfferStatus.CONSULTED && consultationId == null) {
			throw InvalidInputException.of("consultationId",
					"Link the consultation the offer went through before marking it consulted on");
		}
		if (to == OfferStatus.PUBLISHED) {
			if (newReviewDue != null) {
				reviewDue = newReviewDue;
			}
			if (reviewDue == null || !reviewDue.isAfter(today)) {
				throw InvalidInputException.of("reviewDue", "Set a review date after today before publishing");
			}
			if (status != OfferStatus.UNDER_REVIEW) {
				publishedOn = today;
			}
		}
		this.status = to;
	}

	/**
	 * Takes the state and publication date a council's file records for an offer it brought: an offer published
	 * years ago keeps its date, and its review may already be due.
	 */
	public void restore(OfferStatus recorded, @Nullable LocalDate recordedPublishedOn, @Nullable LocalOffer previous) {
		this.status = recorded;
		this.publishedOn = recordedPublishedOn;
		if (previous != null) {
			this.edition = previous.edition + 1;
			this.replacesOfferId = previous.id;
		}
	}

	/** Published again by a new version: this one stays on record. */
	public void replaced() {
		if (!status.seenByYoungPeople()) {
			throw new ConflictException("Only a published local offer can be replaced; this one is " + status);
		}
		this.status = OfferStatus.REPLACED;
	}

	/** The next version as a draft, with the same words and sections, to change and consult on again. */
	public LocalOffer nextVersion() {
		LocalOffer next = new LocalOffer(new OfferDetails(title, introduction, null, null, contactRole, contactEmail,
				illustrative));
		next.edition = edition + 1;
		next.replacesOfferId = id;
		sections.forEach(section -> next.addSection(section.details()));
		return next;
	}

	/** The areas with at least one section that says what young people get, who may have it and how to ask. */
	public Set<OfferArea> areasCovered() {
		Set<OfferArea> covered = EnumSet.noneOf(OfferArea.class);
		sections.stream().filter(OfferSection::complete).forEach(section -> covered.add(section.getArea()));
		return covered;
	}

	/** Published, or seen by young people, without a consultation on record: the law asks that it was consulted on. */
	public boolean publishedWithoutConsultation() {
		return (status.seenByYoungPeople() || status == OfferStatus.REPLACED) && consultationId == null;
	}

	/** Young people's offer whose review date has come. */
	public boolean reviewDue(LocalDate today) {
		return status.seenByYoungPeople() && reviewDue != null && !reviewDue.isAfter(today);
	}

	private void requireEditable() {
		if (status != null && !status.editable()) {
			throw new ConflictException("A local offer that is " + status.label().toLowerCase()
					+ " changes only by a new version: start one from the published offer");
		}
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

	public int getEdition() {
		return edition;
	}

	public OfferStatus getStatus() {
		return status;
	}

	public @Nullable String getIntroduction() {
		return introduction;
	}

	public @Nullable Long getConsultationId() {
		return consultationId;
	}

	public @Nullable LocalDate getPublishedOn() {
		return publishedOn;
	}

	public @Nullable LocalDate getReviewDue() {
		return reviewDue;
	}

	public @Nullable String getContactRole() {
		return contactRole;
	}

	public @Nullable String getContactEmail() {
		return contactEmail;
	}

	public boolean isIllustrative() {
		return illustrative;
	}

	public @Nullable Long getReplacesOfferId() {
		return replacesOfferId;
	}

	public List<OfferSection> getSections() {
		return sections;
	}

	/** Sections in the order the law names their areas, as the young people's page shows them. */
	public List<OfferSection> sectionsIn(OfferArea area) {
		return sections.stream().filter(section -> section.getArea() == area).toList();
	}
}
