package org.corporateparenting.inspection.starter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.corporateparenting.consultation.ConsultationRecords;
import org.corporateparenting.consultation.ConsultationRecords.YouSaidWeDid;
import org.corporateparenting.inspection.EvidenceKind;
import org.corporateparenting.inspection.JudgementArea;
import org.corporateparenting.inspection.application.EvidenceReferences;
import org.corporateparenting.inspection.domain.EvidenceLink;
import org.corporateparenting.inspection.domain.EvidenceLinks;
import org.corporateparenting.inspection.starter.InspectionStarterFile.EvidenceEntry;
import org.corporateparenting.inspection.starter.InspectionStarterFile.ResponseEntry;
import org.corporateparenting.localoffer.OfferSectionRecords;
import org.corporateparenting.localoffer.OfferSectionRecords.SectionRecord;
import org.corporateparenting.reporting.IndicatorFigures;
import org.corporateparenting.strategy.StrategyActions;
import org.corporateparenting.tenancy.StarterExport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the council's evidence for inspection back as its {@code inspection.yaml}: each link under its judgement
 * area, naming its record as the file does (an action by its reference, an indicator by its code, a "you said, we did"
 * response by its consultation's topic and theme, a local offer section by its title). A link whose record has since
 * gone is left out: the file could not name it, and its import would refuse it.
 */
@Component
class InspectionExport implements StarterExport {

	private final EvidenceLinks links;

	private final StrategyActions actions;

	private final IndicatorFigures indicators;

	private final ConsultationRecords consultations;

	private final OfferSectionRecords sections;

	InspectionExport(EvidenceLinks links, StrategyActions actions, IndicatorFigures indicators,
			ConsultationRecords consultations, OfferSectionRecords sections) {
		this.links = links;
		this.actions = actions;
		this.indicators = indicators;
		this.consultations = consultations;
		this.sections = sections;
	}

	@Override
	public String file() {
		return InspectionStarter.FILE;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<InspectionStarterFile> export() {
		List<EvidenceLink> all = links.findAllByOrderByAreaAscKindAscIdAsc();
		Set<String> actionsKept = actions.byReferences(EvidenceReferences.references(all, EvidenceKind.ACTION)).keySet();
		Set<String> indicatorsKept = indicators.byCodes(EvidenceReferences.references(all, EvidenceKind.INDICATOR)).keySet();
		Map<Long, YouSaidWeDid> responses = consultations.youSaidWeDid(EvidenceReferences.ids(all, EvidenceKind.YOU_SAID_WE_DID));
		Map<Long, SectionRecord> offerSections = sections.byIds(EvidenceReferences.ids(all, EvidenceKind.OFFER_SECTION));
		List<EvidenceEntry> entries = new ArrayList<>();
		for (EvidenceLink link : all) {
			String reference = link.getReference();
			JudgementArea area = link.getArea();
			switch (link.getKind()) {
				case ACTION -> {
					if (actionsKept.contains(reference)) {
						entries.add(new EvidenceEntry(area, reference, null, null, null, link.getNote()));
					}
				}
				case INDICATOR -> {
					if (indicatorsKept.contains(reference)) {
						entries.add(new EvidenceEntry(area, null, reference, null, null, link.getNote()));
					}
				}
				case YOU_SAID_WE_DID -> {
					YouSaidWeDid response = responses.get(EvidenceReferences.id(reference));
					if (response != null) {
						entries.add(new EvidenceEntry(area, null, null,
								new ResponseEntry(response.consultationTopic(), response.theme()), null, link.getNote()));
					}
				}
				case OFFER_SECTION -> {
					SectionRecord section = offerSections.get(EvidenceReferences.id(reference));
					if (section != null) {
						entries.add(new EvidenceEntry(area, null, null, null, section.title(), link.getNote()));
					}
				}
			}
		}
		return entries.isEmpty() ? Optional.empty() : Optional.of(new InspectionStarterFile(entries));
	}
}
