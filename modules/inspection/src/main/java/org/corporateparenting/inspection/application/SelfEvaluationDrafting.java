package org.corporateparenting.inspection.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.corporateparenting.inspection.JudgementArea;
import org.corporateparenting.inspection.SelfEvaluationSaved;
import org.corporateparenting.inspection.SelfEvaluationStatus;
import org.corporateparenting.inspection.application.SelfEvaluationRequests.NarrativeRequest;
import org.corporateparenting.inspection.application.SelfEvaluationRequests.SaveRequest;
import org.corporateparenting.inspection.application.SelfEvaluationRequests.StartRequest;
import org.corporateparenting.inspection.domain.Narrative;
import org.corporateparenting.inspection.domain.SelfEvaluation;
import org.corporateparenting.inspection.domain.SelfEvaluations;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafting the council's annual self-evaluation for Ofsted: a year's first version, its narrative per judgement area,
 * saving a version (frozen with the evidence as it stands), and the next version that supersedes it when saved.
 */
@Service
@Transactional
public class SelfEvaluationDrafting {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<AreaEvidence>> BOARD = new TypeReference<>() {
	};

	private final SelfEvaluations selfEvaluations;

	private final EvidenceMapping evidence;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SelfEvaluationDrafting(SelfEvaluations selfEvaluations, EvidenceMapping evidence, Validator validator,
			ApplicationEventPublisher events, Clock clock) {
		this.selfEvaluations = selfEvaluations;
		this.evidence = evidence;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	/** Every version, the latest year first, in one query. */
	@Transactional(readOnly = true)
	public List<SelfEvaluation> all() {
		return selfEvaluations.findAllByOrderByYearDescEditionDesc();
	}

	@Transactional(readOnly = true)
	public SelfEvaluation selfEvaluation(long id) {
		return selfEvaluations.findById(id).orElseThrow(() -> new NotFoundException("No self-evaluation " + id));
	}

	/** The version as it reads: a draft with today's evidence, a saved one with the evidence it was saved with. */
	@Transactional(readOnly = true)
	public SelfEvaluationDocument document(long id) {
		SelfEvaluation selfEvaluation = selfEvaluation(id);
		boolean frozen = selfEvaluation.getStatus() != SelfEvaluationStatus.DRAFT;
		List<AreaEvidence> board = frozen ? JSON.readValue(selfEvaluation.getEvidence(), BOARD) : evidence.board();
		List<SelfEvaluationDocument.Area> areas = board.stream()
			.map(area -> new SelfEvaluationDocument.Area(area.area(), selfEvaluation.narrative(area.area()), area))
			.toList();
		return new SelfEvaluationDocument(selfEvaluation, areas, frozen);
	}

	/** The year's first version; a year that has one goes on by its next version. */
	public SelfEvaluation start(StartRequest request) {
		refuseIfAny(FieldProblem.of(validator.validate(request)));
		if (!selfEvaluations.findByYearOrderByEditionDesc(request.year()).isEmpty()) {
			throw new ConflictException("year", "There is a self-evaluation for " + request.year()
					+ " already: open it, and start its next version to change a saved one");
		}
		return selfEvaluations.saveAndFlush(new SelfEvaluation(request.year()));
	}

	public SelfEvaluation write(long id, NarrativeRequest request) {
		List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(request)));
		if (request.version() == null) {
			problems.add(new FieldProblem("version", "Give the version you are changing, as read"));
		}
		refuseIfAny(problems);
		SelfEvaluation selfEvaluation = selfEvaluation(id);
		Versions.require(request.version(), selfEvaluation.getVersion());
		Map<JudgementArea, Narrative> narratives = new EnumMap<>(JudgementArea.class);
		narratives.put(JudgementArea.CHILDREN_IN_CARE,
				narrative(request.childrenInCareQuality(), request.childrenInCareImproving()));
		narratives.put(JudgementArea.CARE_LEAVERS,
				narrative(request.careLeaversQuality(), request.careLeaversImproving()));
		narratives.put(JudgementArea.LEADERS_IMPACT, narrative(request.leadersQuality(), request.leadersImproving()));
		selfEvaluation.write(narratives);
		return selfEvaluations.saveAndFlush(selfEvaluation);
	}

	/** Freezes a draft with today's evidence; the year's version saved before it is superseded. */
	public SelfEvaluation save(long id, SaveRequest request) {
		SelfEvaluation selfEvaluation = selfEvaluation(id);
		Versions.require(request.version(), selfEvaluation.getVersion());
		// Read before this one is saved, so that it is not among them.
		List<SelfEvaluation> savedBefore = selfEvaluations.findByYearAndStatus(selfEvaluation.getYear(),
				SelfEvaluationStatus.SAVED);
		List<AreaEvidence> board = evidence.board();
		selfEvaluation.save(LocalDate.now(clock), JSON.writeValueAsString(board));
		savedBefore.forEach(SelfEvaluation::supersede);
		SelfEvaluation saved = selfEvaluations.saveAndFlush(selfEvaluation);
		events.publishEvent(new SelfEvaluationSaved(CouncilContext.require(), saved.getId(), saved.getYear(),
				saved.getEdition(), (int) board.stream().filter(AreaEvidence::noEvidence).count()));
		return saved;
	}

	/** Starts the year's next version from this one's words: only from the year's latest, and one draft at a time. */
	public SelfEvaluation nextVersion(long id) {
		SelfEvaluation selfEvaluation = selfEvaluation(id);
		SelfEvaluation latest = selfEvaluations.findByYearOrderByEditionDesc(selfEvaluation.getYear()).getFirst();
		if (latest.getStatus() == SelfEvaluationStatus.DRAFT) {
			throw new ConflictException("status", "Version " + latest.getEdition() + " of " + latest.getYear()
					+ " is a draft already: change that one");
		}
		if (!latest.getId().equals(selfEvaluation.getId())) {
			throw new ConflictException("status", "Version " + selfEvaluation.getEdition()
					+ " is superseded: start the next version from version " + latest.getEdition());
		}
		return selfEvaluations.saveAndFlush(selfEvaluation.nextVersion());
	}

	private static Narrative narrative(@Nullable String quality, @Nullable String improving) {
		return new Narrative(blankless(quality), blankless(improving));
	}

	private static @Nullable String blankless(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static void refuseIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}
}
