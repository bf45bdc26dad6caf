package org.corporateparenting.localoffer.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.corporateparenting.alliance.PartnerOfferDirectory;
import org.corporateparenting.consultation.ConsultationRecords;
import org.corporateparenting.localoffer.LocalOfferPublished;
import org.corporateparenting.localoffer.LocalOfferReplaced;
import org.corporateparenting.localoffer.OfferStatus;
import org.corporateparenting.localoffer.application.LocalOfferRequests.OfferRequest;
import org.corporateparenting.localoffer.application.LocalOfferRequests.SectionRequest;
import org.corporateparenting.localoffer.application.LocalOfferRequests.TransitionRequest;
import org.corporateparenting.localoffer.domain.LocalOffer;
import org.corporateparenting.localoffer.domain.LocalOffers;
import org.corporateparenting.localoffer.domain.OfferDetails;
import org.corporateparenting.localoffer.domain.OfferSection;
import org.corporateparenting.localoffer.domain.OfferSections;
import org.corporateparenting.localoffer.domain.SectionDetails;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * Writing, consulting on, publishing and reviewing a council's local offer. A version's words change while it is a
 * draft or consulted on; a published one is changed by starting its next version, which replaces it when published.
 */
@Service
@Transactional
public class LocalOfferManagement {

	private final LocalOffers offers;

	private final OfferSections sections;

	private final ConsultationRecords consultations;

	private final PartnerOfferDirectory partnerOffers;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LocalOfferManagement(LocalOffers offers, OfferSections sections, ConsultationRecords consultations,
			PartnerOfferDirectory partnerOffers, Validator validator, ApplicationEventPublisher events, Clock clock) {
		this.partnerOffers = partnerOffers;
		this.offers = offers;
		this.sections = sections;
		this.consultations = consultations;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	/** Every version, newest first, with its sections, in one query. */
	@Transactional(readOnly = true)
	public List<LocalOffer> offers() {
		return offers.findAllByOrderByIdDesc();
	}

	@Transactional(readOnly = true)
	public LocalOffer offer(long id) {
		return offers.findWithSectionsById(id).orElseThrow(() -> new NotFoundException("No local offer " + id));
	}

	/** The version young people see, if one has been published. */
	@Transactional(readOnly = true)
	public Optional<LocalOffer> published() {
		return offers.findByStatusInOrderByIdDesc(List.of(OfferStatus.PUBLISHED, OfferStatus.UNDER_REVIEW))
			.stream()
			.findFirst();
	}

	/** The version young people see, without its sections: one query, for the council's home page. */
	@Transactional(readOnly = true)
	public Optional<LocalOffer> publishedOutline() {
		return offers.findFirstByStatusInOrderByIdDesc(List.of(OfferStatus.PUBLISHED, OfferStatus.UNDER_REVIEW));
	}

	public LocalOffer create(OfferRequest request) {
		check(request, request.consultationId());
		return offers.save(new LocalOffer(details(request)));
	}

	public LocalOffer update(long id, OfferRequest request) {
		check(request, request.consultationId());
		LocalOffer offer = offer(id);
		Versions.require(request.version(), offer.getVersion());
		offer.describe(details(request));
		return offers.saveAndFlush(offer);
	}

	/**
	 * Marks a version consulted on, publishes it (replacing the version it follows), puts it under review, or
	 * confirms it after a review with no change.
	 */
	public LocalOffer transition(long id, TransitionRequest request) {
		check(request, null);
		LocalOffer offer = offer(id);
		LocalDate today = LocalDate.now(clock);
		offer.moveTo(request.to(), today, request.reviewDue());
		if (request.to() == OfferStatus.PUBLISHED) {
			Long earlierId = offer.getReplacesOfferId();
			if (earlierId != null) {
				LocalOffer earlier = offer(earlierId);
				if (earlier.getStatus().seenByYoungPeople()) {
					earlier.replaced();
					events.publishEvent(new LocalOfferReplaced(CouncilContext.require(), earlierId, offer.getId()));
				}
			}
			events.publishEvent(new LocalOfferPublished(CouncilContext.require(), offer.getId(), offer.getTitle(),
					offer.getEdition(), offer.getPublishedOn(), offer.getReviewDue(), offer.areasCovered(),
					offer.getConsultationId()));
		}
		return offers.saveAndFlush(offer);
	}

	/**
	 * Starts the next version: the published one goes under review (young people still see it) and its words are
	 * copied into a draft to change and consult on. An offer put under review by a transition starts it the same way.
	 * Only one next version at a time.
	 */
	public LocalOffer nextVersion(long id) {
		LocalOffer offer = offer(id);
		if (!offer.getStatus().seenByYoungPeople()) {
			throw new ConflictException("A new version starts from the published offer; this one is "
					+ offer.getStatus().label().toLowerCase());
		}
		if (offers.existsByReplacesOfferIdAndStatusIn(id, List.of(OfferStatus.DRAFT, OfferStatus.CONSULTED))) {
			throw new ConflictException("This offer's next version is already being written: change that draft");
		}
		if (offer.getStatus() == OfferStatus.PUBLISHED) {
			offer.moveTo(OfferStatus.UNDER_REVIEW, LocalDate.now(clock), null);
		}
		return offers.save(offer.nextVersion());
	}

	/**
	 * Gives an offer a council's file brought the state and publication date the file records, as the next version of
	 * the one before it in the file, if any.
	 */
	public LocalOffer restore(long id, OfferStatus status, @Nullable LocalDate publishedOn, @Nullable Long previousId) {
		LocalOffer offer = offer(id);
		offer.restore(status, publishedOn, previousId == null ? null : offer(previousId));
		return offers.saveAndFlush(offer);
	}

	public OfferSection addSection(long offerId, SectionRequest request) {
		check(request, null, request.partnerOfferId());
		LocalOffer offer = offer(offerId);
		OfferSection section = offer.addSection(details(request));
		offers.flush();
		return section;
	}

	@Transactional(readOnly = true)
	public OfferSection section(long id) {
		return sections.findById(id).orElseThrow(() -> new NotFoundException("No section " + id + " of a local offer"));
	}

	public OfferSection rewrite(long id, SectionRequest request) {
		check(request, null, request.partnerOfferId());
		OfferSection section = section(id);
		Versions.require(request.version(), section.getVersion());
		section.rewrite(details(request));
		return sections.saveAndFlush(section);
	}

	public void remove(long id, @Nullable Long version) {
		OfferSection section = section(id);
		Versions.require(version, section.getVersion());
		section.getOffer().removeSection(section);
		offers.flush();
	}

	private OfferDetails details(OfferRequest request) {
		return new OfferDetails(request.title().strip(), blankless(request.introduction()), request.consultationId(),
				request.reviewDue(), blankless(request.contactRole()), blankless(request.contactEmail()),
				Boolean.TRUE.equals(request.illustrative()));
	}

	private static SectionDetails details(SectionRequest request) {
		return new SectionDetails(request.area(), request.title().strip(), request.whatYouCanGet().strip(),
				blankless(request.whoIsEligible()), blankless(request.howToAsk()), request.entitlement(),
				blankless(request.provider()), blankless(request.contact()), Boolean.TRUE.equals(request.illustrative()),
				request.partnerOfferId());
	}

	private static @Nullable String blankless(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private void check(Object request, @Nullable Long consultationId) {
		check(request, consultationId, null);
	}

	/**
	 * Every problem at once: the fields' own, and a consultation or partner's offer that is no record of this
	 * council.
	 */
	private void check(Object request, @Nullable Long consultationId, @Nullable Long partnerOfferId) {
		List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(request)));
		if (consultationId != null && consultations.find(consultationId).isEmpty()) {
			problems.add(new FieldProblem("consultationId", "No consultation " + consultationId + " in this council"));
		}
		if (partnerOfferId != null && partnerOffers.offer(partnerOfferId).isEmpty()) {
			problems.add(new FieldProblem("partnerOfferId", "No partner's offer " + partnerOfferId + " in this council"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}
}
