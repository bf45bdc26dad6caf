package org.corporateparenting.inspection.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.corporateparenting.inspection.EvidenceKind;
import org.corporateparenting.inspection.JudgementArea;
import org.corporateparenting.inspection.application.EvidenceRequests.LinkRequest;
import org.corporateparenting.inspection.domain.EvidenceLink;
import org.corporateparenting.inspection.domain.EvidenceLinks;
import org.corporateparenting.web.Choice;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * Linking the council's records to the ILACS judgement areas, and the evidence board that reads them back: each
 * area with its evidence and the evidence's latest status, an area with none flagged.
 */
@Service
@Transactional
public class EvidenceMapping {

	private final EvidenceLinks links;

	private final EvidenceRecords records;

	private final Validator validator;

	EvidenceMapping(EvidenceLinks links, EvidenceRecords records, Validator validator) {
		this.links = links;
		this.records = records;
		this.validator = validator;
	}

	/** Every judgement area, in the framework's order, with its evidence: one query for the links, one per kind. */
	@Transactional(readOnly = true)
	public List<AreaEvidence> board() {
		List<EvidenceLink> all = links.findAllByOrderByAreaAscKindAscIdAsc();
		List<EvidenceItem> items = records.resolve(all);
		return Arrays.stream(JudgementArea.values()).map(area -> {
			List<EvidenceItem> inArea = new ArrayList<>();
			for (int i = 0; i < all.size(); i++) {
				if (all.get(i).getArea() == area) {
					inArea.add(items.get(i));
				}
			}
			return AreaEvidence.of(area, inArea);
		}).toList();
	}

	@Transactional(readOnly = true)
	public EvidenceLink link(long id) {
		return links.findById(id).orElseThrow(() -> new NotFoundException("No evidence link " + id));
	}

	/** A link with the record it names and that record's latest status. */
	@Transactional(readOnly = true)
	public EvidenceItem item(long id) {
		return records.resolve(List.of(link(id))).getFirst();
	}

	/** The records an officer may link, by kind. */
	@Transactional(readOnly = true)
	public Map<EvidenceKind, List<Choice>> choices() {
		return records.choices();
	}

	public EvidenceLink create(LinkRequest request) {
		List<FieldProblem> problems = problems(request);
		if (problems.isEmpty()
				&& links.existsByAreaAndKindAndReference(request.area(), request.kind(), request.reference().strip())) {
			problems.add(new FieldProblem("reference", "This record is already evidence for this area"));
		}
		refuseIfAny(problems);
		return links.saveAndFlush(new EvidenceLink(request.area(), request.kind(), request.reference().strip(),
				blankless(request.note())));
	}

	/** Moves a link to another area or rewrites its note; the record it names stays (remove it and link another). */
	public EvidenceLink update(long id, LinkRequest request) {
		EvidenceLink link = link(id);
		List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(request)));
		if (request.kind() != null && request.kind() != link.getKind()) {
			problems.add(new FieldProblem("kind", "A link keeps its kind of evidence: remove it and link another"));
		}
		if (request.reference() != null && !request.reference().strip().equals(link.getReference())) {
			problems.add(new FieldProblem("reference", "A link keeps its record: remove it and link another"));
		}
		if (request.version() == null) {
			problems.add(new FieldProblem("version", "Give the version you are changing, as read"));
		}
		refuseIfAny(problems);
		Versions.require(request.version(), link.getVersion());
		if (request.area() != link.getArea()
				&& links.existsByAreaAndKindAndReference(request.area(), link.getKind(), link.getReference())) {
			throw InvalidInputException.of("area", "This record is already evidence for that area");
		}
		link.describe(request.area(), blankless(request.note()));
		return links.saveAndFlush(link);
	}

	public void remove(long id, @Nullable Long version) {
		EvidenceLink link = link(id);
		Versions.require(version, link.getVersion());
		links.delete(link);
		links.flush();
	}

	/** Every problem at once: the fields' own, and a record the council does not have. */
	private List<FieldProblem> problems(LinkRequest request) {
		List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(request)));
		if (request.kind() != null && request.reference() != null && !request.reference().isBlank()
				&& !records.exists(request.kind(), request.reference().strip())) {
			problems.add(new FieldProblem("reference",
					"The council has no " + request.kind().label().toLowerCase() + " " + request.reference().strip()));
		}
		return problems;
	}

	private static void refuseIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static @Nullable String blankless(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
