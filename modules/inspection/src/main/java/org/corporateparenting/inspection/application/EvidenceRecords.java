package org.corporateparenting.inspection.application;

import static org.corporateparenting.inspection.application.EvidenceReferences.id;
import static org.corporateparenting.inspection.application.EvidenceReferences.ids;
import static org.corporateparenting.inspection.application.EvidenceReferences.references;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.corporateparenting.consultation.ConsultationRecords;
import org.corporateparenting.consultation.ConsultationRecords.YouSaidWeDid;
import org.corporateparenting.inspection.EvidenceKind;
import org.corporateparenting.inspection.application.EvidenceItem.Tone;
import org.corporateparenting.inspection.domain.EvidenceLink;
import org.corporateparenting.localoffer.OfferSectionRecords;
import org.corporateparenting.localoffer.OfferSectionRecords.SectionRecord;
import org.corporateparenting.localoffer.OfferStatus;
import org.corporateparenting.reporting.IndicatorFigures;
import org.corporateparenting.reporting.IndicatorFigures.IndicatorFigure;
import org.corporateparenting.strategy.Rag;
import org.corporateparenting.strategy.StrategyActions;
import org.corporateparenting.strategy.StrategyActions.ActionSummary;
import org.corporateparenting.strategy.StrategyProgress;
import org.corporateparenting.web.Choice;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The records that links name, read from their own modules through their API: one query per kind of evidence however
 * many links there are, and each record's latest status in words.
 */
@Component
class EvidenceRecords {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final StrategyActions actions;

	private final StrategyProgress progress;

	private final IndicatorFigures indicators;

	private final ConsultationRecords consultations;

	private final OfferSectionRecords sections;

	private final Clock clock;

	EvidenceRecords(StrategyActions actions, StrategyProgress progress, IndicatorFigures indicators,
			ConsultationRecords consultations, OfferSectionRecords sections, Clock clock) {
		this.actions = actions;
		this.progress = progress;
		this.indicators = indicators;
		this.consultations = consultations;
		this.sections = sections;
		this.clock = clock;
	}

	/** Each link's evidence, in the links' order. */
	List<EvidenceItem> resolve(List<EvidenceLink> links) {
		Map<String, ActionSummary> actionsByReference = actions.byReferences(references(links, EvidenceKind.ACTION));
		Map<String, IndicatorFigure> figures = indicators.byCodes(references(links, EvidenceKind.INDICATOR));
		Map<Long, YouSaidWeDid> responses = consultations.youSaidWeDid(ids(links, EvidenceKind.YOU_SAID_WE_DID));
		Map<Long, SectionRecord> offerSections = sections.byIds(ids(links, EvidenceKind.OFFER_SECTION));
		List<EvidenceItem> items = new ArrayList<>();
		for (EvidenceLink link : links) {
			String reference = link.getReference();
			EvidenceItem item = switch (link.getKind()) {
				case ACTION -> action(link, actionsByReference.get(reference));
				case INDICATOR -> indicator(link, figures.get(reference));
				case YOU_SAID_WE_DID -> response(link, responses.get(id(reference)));
				case OFFER_SECTION -> section(link, offerSections.get(id(reference)));
			};
			items.add(item);
		}
		return items;
	}

	/** Whether the council has the record a link would name. */
	boolean exists(EvidenceKind kind, String reference) {
		return switch (kind) {
			case ACTION -> actions.byReference(reference).isPresent();
			case INDICATOR -> !indicators.byCodes(Set.of(reference)).isEmpty();
			case YOU_SAID_WE_DID -> id(reference) != null && !consultations.youSaidWeDid(Set.of(id(reference))).isEmpty();
			case OFFER_SECTION -> id(reference) != null && !sections.byIds(Set.of(id(reference))).isEmpty();
		};
	}

	/**
	 * The records an officer may choose from, each kind's value as a link names it: the actions of the plan in force,
	 * every indicator, every response, every section.
	 */
	Map<EvidenceKind, List<Choice>> choices() {
		List<Choice> actionChoices = progress.current(LocalDate.now(clock))
			.map(plan -> plan.priorities()
				.stream()
				.flatMap(priority -> priority.actions().stream())
				.map(action -> new Choice(action.reference(), action.reference() + " " + action.title()))
				.toList())
			.orElse(List.of());
		return Map.of(EvidenceKind.ACTION, actionChoices, EvidenceKind.INDICATOR,
				indicators.all().stream().map(figure -> new Choice(figure.code(), figure.name())).toList(),
				EvidenceKind.YOU_SAID_WE_DID,
				consultations.youSaidWeDid()
					.stream()
					.map(entry -> new Choice(String.valueOf(entry.findingId()),
							entry.theme() + " (" + entry.consultationTopic() + ")"))
					.toList(),
				EvidenceKind.OFFER_SECTION,
				sections.all()
					.stream()
					.map(section -> new Choice(String.valueOf(section.id()),
							section.title() + " (" + section.offerTitle() + ", version " + section.edition() + ")"))
					.toList());
	}

	private static EvidenceItem action(EvidenceLink link, @Nullable ActionSummary action) {
		if (action == null) {
			return gone(link);
		}
		String status = words(action.status().name()) + (action.rag() == null ? ", not rated"
				: ", rated " + action.rag().name().toLowerCase(Locale.ROOT));
		return item(link, action.reference() + " " + action.title(), status, tone(action.rag()), action.path());
	}

	private static EvidenceItem indicator(EvidenceLink link, @Nullable IndicatorFigure figure) {
		if (figure == null) {
			return gone(link);
		}
		if (figure.latest() == null) {
			return item(link, figure.name(), "No figure recorded yet", Tone.GREY, figure.path());
		}
		String status = figure.latest() + " in " + figure.period()
				+ (figure.target() == null ? ", no target set" : " against a target of " + figure.target());
		return item(link, figure.name(), status, tone(figure.rag()), figure.path());
	}

	private static EvidenceItem response(EvidenceLink link, @Nullable YouSaidWeDid entry) {
		if (entry == null) {
			return gone(link);
		}
		String done = entry.status() == null ? "No response yet" : entry.status().label();
		String status = entry.publishedOn() == null ? done + "; not yet published"
				: done + "; published " + DAY.format(entry.publishedOn());
		return item(link, entry.theme() + " (" + entry.consultationTopic() + ")", status,
				entry.publishedOn() == null ? Tone.GREY : Tone.GREEN, entry.path());
	}

	private static EvidenceItem section(EvidenceLink link, @Nullable SectionRecord section) {
		if (section == null) {
			return gone(link);
		}
		OfferStatus offer = section.offerStatus();
		Tone tone = offer.seenByYoungPeople() ? Tone.GREEN : offer == OfferStatus.REPLACED ? Tone.GREY : Tone.BLUE;
		return item(link, section.title(), offer.label() + " (" + section.offerTitle() + ", version "
				+ section.edition() + ")", tone, section.path());
	}

	private static EvidenceItem item(EvidenceLink link, String title, String status, Tone tone, String path) {
		return new EvidenceItem(link.getId(), link.getVersion(), link.getArea(), link.getKind(), link.getReference(), title, status,
				tone, path, link.getNote());
	}

	/** A link whose record was removed from its module: kept, and shown for an officer to remove or replace. */
	private static EvidenceItem gone(EvidenceLink link) {
		return new EvidenceItem(link.getId(), link.getVersion(), link.getArea(), link.getKind(), link.getReference(),
				link.getKind().label() + " " + link.getReference(), "No longer in the council's records", Tone.RED,
				null, link.getNote());
	}

	private static Tone tone(@Nullable Rag rag) {
		return rag == null ? Tone.GREY : switch (rag) {
			case GREEN -> Tone.GREEN;
			case AMBER -> Tone.AMBER;
			case RED -> Tone.RED;
		};
	}

	private static String words(String constant) {
		String spaced = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}
}
