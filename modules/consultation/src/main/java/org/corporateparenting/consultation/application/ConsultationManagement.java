package org.corporateparenting.consultation.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.corporateparenting.consultation.ConsultationChanged;
import org.corporateparenting.consultation.ConsultationClosed;
import org.corporateparenting.consultation.ConsultationStatus;
import org.corporateparenting.consultation.Method;
import org.corporateparenting.consultation.QuestionType;
import org.corporateparenting.consultation.application.ConsultationRequests.ConsultationRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.LinkRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.QuestionRequest;
import org.corporateparenting.consultation.application.ConsultationViews.ConsultationView;
import org.corporateparenting.consultation.application.ConsultationViews.LinkView;
import org.corporateparenting.consultation.application.ConsultationViews.QuestionView;
import org.corporateparenting.consultation.domain.Consultation;
import org.corporateparenting.consultation.domain.ConsultationOutline;
import org.corporateparenting.consultation.domain.Consultations;
import org.corporateparenting.consultation.domain.Forum;
import org.corporateparenting.consultation.domain.Forums;
import org.corporateparenting.consultation.domain.Question;
import org.corporateparenting.consultation.domain.Questions;
import org.corporateparenting.consultation.domain.SurveyLink;
import org.corporateparenting.consultation.domain.SurveyLinks;
import org.corporateparenting.consultation.domain.SurveyResponses;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * Consultations, their survey questions and the anonymous links that open them. A consultation moves planned,
 * open, closed, reported back (and may reopen from closed); its questions stay as they are once anyone has answered.
 */
@Service
@Transactional
public class ConsultationManagement {

	private static final Map<ConsultationStatus, Set<ConsultationStatus>> MOVES = Map.of(
			ConsultationStatus.PLANNED, EnumSet.of(ConsultationStatus.OPEN),
			ConsultationStatus.OPEN, EnumSet.of(ConsultationStatus.CLOSED),
			ConsultationStatus.CLOSED, EnumSet.of(ConsultationStatus.OPEN, ConsultationStatus.REPORTED_BACK),
			ConsultationStatus.REPORTED_BACK, EnumSet.noneOf(ConsultationStatus.class));

	private final SecureRandom random = new SecureRandom();

	private final Consultations consultations;

	private final Questions questions;

	private final SurveyLinks links;

	private final SurveyResponses responses;

	private final Forums forums;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final FixedQuestions fixed;

	ConsultationManagement(Consultations consultations, Questions questions, SurveyLinks links,
			SurveyResponses responses, Forums forums, Validator validator, ApplicationEventPublisher events,
			Clock clock, FixedQuestions fixed) {
		this.fixed = fixed;
		this.consultations = consultations;
		this.questions = questions;
		this.links = links;
		this.responses = responses;
		this.forums = forums;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ConsultationView> consultations() {
		Map<Long, Long> counts = new java.util.HashMap<>();
		responses.countByConsultation().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
		return consultations.findAllNewestFirst()
			.stream()
			.map(consultation -> ConsultationView.of(consultation, counts.getOrDefault(consultation.getId(), 0L)))
			.toList();
	}

	/** The consultations open now, closing soonest first, without their audiences: one query. */
	@Transactional(readOnly = true)
	public List<ConsultationOutline> open() {
		return consultations.findOutlinesWithStatus(ConsultationStatus.OPEN);
	}

	@Transactional(readOnly = true)
	public ConsultationView consultation(long id) {
		return ConsultationView.of(find(id), responses.countByConsultationId(id));
	}

	public ConsultationView create(ConsultationRequest request) {
		Forum forum = check(request);
		Consultation consultation = new Consultation(request.topic().strip());
		describe(consultation, request, forum);
		ConsultationStatus status = Objects.requireNonNullElse(request.status(), ConsultationStatus.PLANNED);
		consultation.moveTo(status);
		consultations.saveAndFlush(consultation);
		announce(consultation);
		return ConsultationView.of(consultation, 0);
	}

	public ConsultationView update(long id, ConsultationRequest request) {
		Forum forum = check(request);
		Consultation consultation = find(id);
		Versions.require(request.version(), consultation.getVersion());
		ConsultationStatus to = Objects.requireNonNullElse(request.status(), consultation.getStatus());
		requireMove(consultation, to);
		fixed.requireSurvey(consultation, request.method());
		describe(consultation, request, forum);
		consultation.moveTo(to);
		consultations.saveAndFlush(consultation);
		announce(consultation);
		return ConsultationView.of(consultation, responses.countByConsultationId(id));
	}

	/**
	 * Moves a consultation imported from a council's starter file one step along its statuses, announcing only its
	 * first closing: its creation already announced it, so an imported consultation publishes one
	 * {@link ConsultationChanged} however many steps it takes.
	 */
	public void moveAsImported(long id, ConsultationStatus to) {
		Consultation consultation = find(id);
		requireMove(consultation, to);
		consultation.moveTo(to);
		consultations.saveAndFlush(consultation);
		announceIfClosed(consultation);
	}

	private static void requireMove(Consultation consultation, ConsultationStatus to) {
		if (to != consultation.getStatus() && !MOVES.get(consultation.getStatus()).contains(to)) {
			throw new ConflictException("status", "A consultation that is "
					+ consultation.getStatus().label().toLowerCase() + " cannot become " + to.label().toLowerCase());
		}
	}

	/** Closes the open consultations whose closing date has passed; returns how many. */
	public int closeThoseDue() {
		List<Consultation> due = consultations.findByStatusAndClosesOnBefore(ConsultationStatus.OPEN,
				LocalDate.now(clock));
		due.forEach(consultation -> {
			consultation.moveTo(ConsultationStatus.CLOSED);
			announce(consultation);
		});
		return due.size();
	}

	/**
	 * Tells other modules of a write: its first closing as {@link ConsultationClosed}, anything else as
	 * {@link ConsultationChanged}, so that summaries kept elsewhere follow every consultation written.
	 */
	private void announce(Consultation consultation) {
		if (!announceIfClosed(consultation)) {
			events.publishEvent(new ConsultationChanged(CouncilContext.require(), consultation.getId()));
		}
	}

	/** @return whether {@link ConsultationClosed} was published: the first time the consultation is closed */
	private boolean announceIfClosed(Consultation consultation) {
		if ((consultation.getStatus() == ConsultationStatus.CLOSED
				|| consultation.getStatus() == ConsultationStatus.REPORTED_BACK) && consultation.announceClosed()) {
			events.publishEvent(new ConsultationClosed(CouncilContext.require(), consultation.getId(),
					consultation.getTopic(), LocalDate.now(clock), responses.countByConsultationId(consultation.getId())));
			return true;
		}
		return false;
	}

	private static void describe(Consultation consultation, ConsultationRequest request, Forum forum) {
		consultation.describe(request.topic().strip(), request.audiences(), request.method(), request.opensOn(),
				request.closesOn(), request.designedBy(), Checks.strip(request.informs()), forum,
				Checks.strip(request.summary()), Checks.strip(request.surveyIntro()), Checks.strip(request.contactRole()),
				request.contactEmail() == null || request.contactEmail().isBlank() ? null
						: request.contactEmail().strip().toLowerCase(Locale.ROOT));
	}

	private Forum check(ConsultationRequest request) {
		List<FieldProblem> problems = Checks.of(validator, request);
		if (request.opensOn() != null && request.closesOn() != null && request.closesOn().isBefore(request.opensOn())) {
			problems.add(new FieldProblem("closesOn", "must be on or after the day it opens"));
		}
		if (request.audiences() != null && request.audiences().stream().anyMatch(Objects::isNull)) {
			problems.add(new FieldProblem("audiences", "must not contain an empty choice"));
		}
		Forum forum = null;
		if (request.forumId() != null) {
			forum = forums.findById(request.forumId()).orElse(null);
			if (forum == null) {
				problems.add(new FieldProblem("forumId", "No forum " + request.forumId() + " exists"));
			}
		}
		Checks.throwIfAny(problems);
		return forum;
	}

	Consultation find(long id) {
		return consultations.findById(id).orElseThrow(() -> new NotFoundException("No consultation " + id));
	}

	// Survey questions

	@Transactional(readOnly = true)
	public List<QuestionView> questions(long consultationId) {
		find(consultationId);
		return questions.findByConsultationIdOrderByPosition(consultationId).stream().map(QuestionView::of).toList();
	}

	@Transactional(readOnly = true)
	public QuestionView question(long id) {
		return QuestionView.of(findQuestion(id));
	}

	public QuestionView ask(long consultationId, QuestionRequest request) {
		check(request);
		Consultation consultation = find(consultationId);
		requireSurveyWithoutResponses(consultation);
		Question question = new Question(consultation, questions.lastPosition(consultationId) + 1);
		ask(question, request);
		return QuestionView.of(questions.saveAndFlush(question));
	}

	public QuestionView reword(long id, QuestionRequest request) {
		check(request);
		Question question = findQuestion(id);
		Versions.require(request.version(), question.getVersion());
		fixed.requireNotFixed(question);
		requireSurveyWithoutResponses(question.getConsultation());
		ask(question, request);
		return QuestionView.of(questions.saveAndFlush(question));
	}

	public void remove(long id) {
		Question question = findQuestion(id);
		fixed.requireNotFixed(question);
		requireSurveyWithoutResponses(question.getConsultation());
		questions.delete(question);
	}

	private static void ask(Question question, QuestionRequest request) {
		question.ask(request.text().strip(), request.type(), Boolean.TRUE.equals(request.required()),
				Checks.strings(request.options()), Checks.strip(request.lowLabel()), Checks.strip(request.highLabel()),
				request.type() == QuestionType.FREE_TEXT ? Objects.requireNonNullElse(request.maxLength(), 500) : null);
	}

	private void requireSurveyWithoutResponses(Consultation consultation) {
		if (consultation.getMethod() != Method.SURVEY) {
			throw new ConflictException("Only a survey has questions; this consultation is a "
					+ consultation.getMethod().label().toLowerCase());
		}
		if (responses.countByConsultationId(consultation.getId()) > 0) {
			throw new ConflictException("The survey has responses, so its questions can no longer change");
		}
	}

	private void check(QuestionRequest request) {
		List<FieldProblem> problems = Checks.of(validator, request);
		if (request.type() == QuestionType.SINGLE_CHOICE || request.type() == QuestionType.MULTIPLE_CHOICE) {
			List<String> options = Checks.strings(request.options());
			if (options.size() < 2) {
				problems.add(new FieldProblem("options", "Give at least two options to choose from"));
			}
			else if (options.stream().map(String::toLowerCase).distinct().count() < options.size()) {
				problems.add(new FieldProblem("options", "Give each option once"));
			}
		}
		Checks.throwIfAny(problems);
	}

	private Question findQuestion(long id) {
		return questions.findById(id).orElseThrow(() -> new NotFoundException("No question " + id));
	}

	// Anonymous links

	@Transactional(readOnly = true)
	public List<LinkView> links(long consultationId) {
		find(consultationId);
		LocalDate today = LocalDate.now(clock);
		String council = CouncilContext.require();
		return links.findByConsultationIdOrderByCreatedAt(consultationId)
			.stream()
			.map(link -> LinkView.of(link, council, responses.countByLinkId(link.getId()), today))
			.toList();
	}

	/** Opens a new unguessable link to the survey (256 random bits). */
	public LinkView open(long consultationId, LinkRequest request) {
		List<FieldProblem> problems = Checks.of(validator, request);
		Consultation consultation = find(consultationId);
		if (request.closesOn() != null && request.closesOn().isAfter(consultation.getClosesOn())) {
			problems.add(new FieldProblem("closesOn", "must be on or before the day the consultation closes, "
					+ consultation.getClosesOn()));
		}
		Checks.throwIfAny(problems);
		if (consultation.getMethod() != Method.SURVEY) {
			throw new ConflictException("Only a survey can be answered through a link");
		}
		if (questions.findByConsultationIdOrderByPosition(consultationId).isEmpty()) {
			throw new ConflictException("Add the survey's questions before opening a link to it");
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		SurveyLink link = links.saveAndFlush(new SurveyLink(consultation,
				Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), Checks.strip(request.label()),
				request.closesOn(), request.maxResponses(), Instant.now(clock)));
		return LinkView.of(link, CouncilContext.require(), 0, LocalDate.now(clock));
	}

	public LinkView close(long linkId) {
		SurveyLink link = links.findById(linkId).orElseThrow(() -> new NotFoundException("No survey link " + linkId));
		link.close();
		links.saveAndFlush(link);
		return LinkView.of(link, CouncilContext.require(), responses.countByLinkId(linkId), LocalDate.now(clock));
	}
}
