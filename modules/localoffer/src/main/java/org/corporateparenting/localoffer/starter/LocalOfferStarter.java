package org.corporateparenting.localoffer.starter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.corporateparenting.consultation.ConsultationFile;
import org.corporateparenting.alliance.PartnerOfferDirectory;
import org.corporateparenting.consultation.ConsultationRecords;
import org.corporateparenting.localoffer.LocalOfferPublished;
import org.corporateparenting.localoffer.OfferStatus;
import org.corporateparenting.localoffer.application.LocalOfferManagement;
import org.corporateparenting.localoffer.application.LocalOfferRequests.OfferRequest;
import org.corporateparenting.localoffer.application.LocalOfferRequests.SectionRequest;
import org.corporateparenting.localoffer.domain.LocalOffer;
import org.corporateparenting.localoffer.starter.LocalOfferStarterFile.OfferEntry;
import org.corporateparenting.localoffer.starter.LocalOfferStarterFile.PartnerOfferReference;
import org.corporateparenting.localoffer.starter.LocalOfferStarterFile.SectionEntry;
import org.corporateparenting.tenancy.BundleProblem;
import org.corporateparenting.tenancy.CouncilBundle;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.StarterFiles;
import org.corporateparenting.tenancy.StarterImport;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * Imports a council's {@code local-offer.yaml} when it is onboarded: each version of its local offer, oldest first,
 * in the state and with the dates the file records (an offer published years ago keeps its date, and its review may
 * be due), linked to the consultation the file names by topic. The whole file is checked first; a file with problems
 * imports nothing.
 */
@Component
class LocalOfferStarter implements StarterImport {

	static final String FILE = "local-offer.yaml";

	private static final Logger log = LoggerFactory.getLogger(LocalOfferStarter.class);

	private final LocalOfferManagement offers;

	private final ConsultationRecords consultations;

	private final ConsultationFile consultationFile;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final PartnerOfferDirectory partnerOffers;

	LocalOfferStarter(LocalOfferManagement offers, ConsultationRecords consultations,
			ConsultationFile consultationFile, Validator validator, ApplicationEventPublisher events,
			PartnerOfferDirectory partnerOffers) {
		this.offers = offers;
		this.consultations = consultations;
		this.consultationFile = consultationFile;
		this.validator = validator;
		this.events = events;
		this.partnerOffers = partnerOffers;
	}

	@Override
	public String file() {
		return FILE;
	}

	/** After the consultations, which its versions name. */
	@Override
	public int order() {
		return 60;
	}

	@Override
	public List<BundleProblem> check(CouncilBundle bundle) {
		Set<String> topics = consultationFile.topics(bundle);
		return StarterFiles.check(bundle, FILE, LocalOfferStarterFile.class, content -> check(content, topics::contains));
	}

	@Override
	@Transactional
	public void load(Path file) {
		importFile(file);
	}

	@Transactional
	public List<LocalOffer> importFile(Path file) {
		LocalOfferStarterFile content = StarterFiles.read(file, LocalOfferStarterFile.class);
		List<FieldProblem> problems = FieldProblem.of(validator.validate(content));
		if (problems.isEmpty()) {
			problems = check(content, topic -> consultations.withTopic(topic).isPresent());
		}
		StarterFiles.refuseIfAny(file, problems);
		List<LocalOffer> imported = new ArrayList<>();
		@Nullable Long previous = null;
		for (int o = 0; o < content.offers().size(); o++) {
			OfferEntry entry = content.offers().get(o);
			Long before = previous;
			LocalOffer offer = StarterFiles.entry(file, "offers[" + o + "]", () -> importOffer(entry, before));
			previous = offer.getId();
			imported.add(offer);
		}
		log.info("Imported {} versions of the local offer", imported.size());
		return imported;
	}

	private LocalOffer importOffer(OfferEntry entry, @Nullable Long previous) {
		Long consultationId = entry.consultation() == null ? null
				: consultations.withTopic(entry.consultation()).orElseThrow().id();
		long id = offers.create(new OfferRequest(entry.title(), entry.introduction(), consultationId, entry.reviewDue(),
				entry.contactRole(), entry.contactEmail(), entry.illustrative(), null)).getId();
		for (int s = 0; s < entry.sections().size(); s++) {
			SectionEntry section = entry.sections().get(s);
			Long partnerOfferId = section.partnerOffer() == null ? null : partnerOfferId(section.partnerOffer(), s);
			offers.addSection(id, new SectionRequest(section.area(), section.title(), section.whatYouCanGet(),
					section.whoIsEligible(), section.howToAsk(), section.entitlement(), section.provider(),
					section.contact(), section.illustrative(), partnerOfferId, null));
		}
		LocalOffer offer = offers.restore(id, entry.status(), entry.publishedOn(), previous);
		if (entry.status().seenByYoungPeople()) {
			events.publishEvent(new LocalOfferPublished(CouncilContext.require(), id, offer.getTitle(),
					offer.getEdition(), offer.getPublishedOn(), offer.getReviewDue(), offer.areasCovered(),
					consultationId));
		}
		return offer;
	}

	/** The partner's offer a section names, found among those alliance.yaml brought (imported before this file). */
	private long partnerOfferId(PartnerOfferReference reference, int section) {
		return partnerOffers.offers()
			.stream()
			.filter(offer -> offer.organisationName().equals(reference.organisation().strip())
					&& offer.title().equals(reference.title().strip()))
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("sections[" + section + "].partnerOffer",
					"no offer with this title from this organisation in alliance.yaml"))
			.id();
	}

	/** @param knownTopic whether the council (or its bundle) has a consultation with this topic */
	private static List<FieldProblem> check(LocalOfferStarterFile content, Predicate<String> knownTopic) {
		List<FieldProblem> problems = new ArrayList<>();
		if (content.offers() == null) {
			return problems;
		}
		long standing = content.offers()
			.stream()
			.filter(entry -> entry != null && entry.status() != null && entry.status().seenByYoungPeople())
			.count();
		if (standing > 1) {
			problems.add(new FieldProblem("offers", "has " + standing + " versions published or under review: only the"
					+ " newest stands, the ones before it are REPLACED"));
		}
		for (int o = 0; o < content.offers().size(); o++) {
			OfferEntry entry = content.offers().get(o);
			if (entry == null) {
				continue;
			}
			if (entry.status() == OfferStatus.CONSULTED && entry.consultation() == null) {
				problems.add(new FieldProblem("offers[" + o + "].consultation", "is required for an offer consulted on"));
			}
			if (entry.consultation() != null && !knownTopic.test(entry.consultation().strip())) {
				problems.add(new FieldProblem("offers[" + o + "].consultation",
						"no consultation with this topic in consultation.yaml"));
			}
			if (entry.status() != null && entry.status() != OfferStatus.DRAFT) {
				if (entry.status() != OfferStatus.CONSULTED && entry.publishedOn() == null) {
					problems.add(new FieldProblem("offers[" + o + "].publishedOn", "is required for a published offer"));
				}
				if (entry.status() != OfferStatus.REPLACED && entry.status() != OfferStatus.CONSULTED
						&& entry.reviewDue() == null) {
					problems.add(new FieldProblem("offers[" + o + "].reviewDue", "is required for a published offer"));
				}
			}
		}
		return problems;
	}
}
