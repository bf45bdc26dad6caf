package org.corporateparenting.inspection.starter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.corporateparenting.consultation.ConsultationRecords;
import org.corporateparenting.consultation.ConsultationRecords.YouSaidWeDid;
import org.corporateparenting.inspection.EvidenceKind;
import org.corporateparenting.inspection.application.EvidenceMapping;
import org.corporateparenting.inspection.application.EvidenceRequests.LinkRequest;
import org.corporateparenting.inspection.starter.InspectionStarterFile.EvidenceEntry;
import org.corporateparenting.localoffer.OfferSectionRecords;
import org.corporateparenting.localoffer.OfferSectionRecords.SectionRecord;
import org.corporateparenting.tenancy.BundleProblem;
import org.corporateparenting.tenancy.CouncilBundle;
import org.corporateparenting.tenancy.StarterFiles;
import org.corporateparenting.tenancy.StarterImport;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * Imports a council's {@code inspection.yaml} when it is onboarded: each piece of evidence linked to its judgement
 * area, the record it names found among what the council's other files brought (so it runs after them). The whole file
 * is checked first; a file with problems imports nothing.
 */
@Component
class InspectionStarter implements StarterImport {

	static final String FILE = "inspection.yaml";

	private static final Logger log = LoggerFactory.getLogger(InspectionStarter.class);

	private final EvidenceMapping evidence;

	private final ConsultationRecords consultations;

	private final OfferSectionRecords sections;

	private final Validator validator;

	InspectionStarter(EvidenceMapping evidence, ConsultationRecords consultations, OfferSectionRecords sections,
			Validator validator) {
		this.evidence = evidence;
		this.consultations = consultations;
		this.sections = sections;
		this.validator = validator;
	}

	@Override
	public String file() {
		return FILE;
	}

	/** After the strategy, consultations, indicators and local offer, whose records it names. */
	@Override
	public int order() {
		return 80;
	}

	@Override
	public List<BundleProblem> check(CouncilBundle bundle) {
		return StarterFiles.check(bundle, FILE, InspectionStarterFile.class, InspectionStarter::check);
	}

	@Override
	@Transactional
	public void load(Path file) {
		InspectionStarterFile content = StarterFiles.read(file, InspectionStarterFile.class);
		List<FieldProblem> problems = FieldProblem.of(validator.validate(content));
		if (problems.isEmpty()) {
			problems = check(content);
		}
		StarterFiles.refuseIfAny(file, problems);
		List<YouSaidWeDid> responses = consultations.youSaidWeDid();
		List<SectionRecord> offerSections = sections.all();
		for (int e = 0; e < content.evidence().size(); e++) {
			EvidenceEntry entry = content.evidence().get(e);
			String place = "evidence[" + e + "]";
			StarterFiles.entry(file, place, () -> evidence.create(request(entry, responses, offerSections)));
		}
		log.info("Imported {} pieces of evidence for inspection", content.evidence().size());
	}

	/** The link an entry makes; a response or section the council does not have is the entry's problem. */
	private static LinkRequest request(EvidenceEntry entry, List<YouSaidWeDid> responses,
			List<SectionRecord> offerSections) {
		if (entry.action() != null) {
			return new LinkRequest(entry.area(), EvidenceKind.ACTION, entry.action(), entry.note(), null);
		}
		if (entry.indicator() != null) {
			return new LinkRequest(entry.area(), EvidenceKind.INDICATOR, entry.indicator(), entry.note(), null);
		}
		if (entry.youSaidWeDid() != null) {
			String topic = entry.youSaidWeDid().consultation().strip();
			String theme = entry.youSaidWeDid().theme().strip();
			long findingId = responses.stream()
				.filter(response -> response.consultationTopic().equals(topic) && response.theme().equals(theme))
				.findFirst()
				.orElseThrow(() -> InvalidInputException.of("youSaidWeDid",
						"no finding with this theme and a response in that consultation of consultation.yaml"))
				.findingId();
			return new LinkRequest(entry.area(), EvidenceKind.YOU_SAID_WE_DID, String.valueOf(findingId), entry.note(),
					null);
		}
		String title = entry.offerSection().strip();
		// The newest version's section of that title: sections come newest version first.
		long sectionId = offerSections.stream()
			.filter(section -> section.title().equals(title))
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("offerSection", "no section with this title in local-offer.yaml"))
			.id();
		return new LinkRequest(entry.area(), EvidenceKind.OFFER_SECTION, String.valueOf(sectionId), entry.note(), null);
	}

	/** Each entry names exactly one record. */
	private static List<FieldProblem> check(InspectionStarterFile content) {
		List<FieldProblem> problems = new ArrayList<>();
		if (content.evidence() == null) {
			return problems;
		}
		for (int e = 0; e < content.evidence().size(); e++) {
			EvidenceEntry entry = content.evidence().get(e);
			if (entry == null) {
				continue;
			}
			long named = Stream.of(entry.action(), entry.indicator(), entry.youSaidWeDid(), entry.offerSection())
				.filter(record -> record != null)
				.count();
			if (named != 1) {
				problems.add(new FieldProblem("evidence[" + e + "]", "names " + named
						+ " records: name exactly one, as action, indicator, youSaidWeDid or offerSection"));
			}
		}
		return problems;
	}
}
