package org.corporateparenting.consultation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corporateparenting.consultation.AgeBand;
import org.corporateparenting.consultation.CareStatus;
import org.corporateparenting.consultation.QuestionType;
import org.corporateparenting.consultation.application.ConsultationViews.QuestionView;
import org.corporateparenting.consultation.domain.Consultation;
import org.corporateparenting.consultation.domain.Question;
import org.corporateparenting.consultation.domain.Questions;
import org.corporateparenting.consultation.domain.SurveyLink;
import org.corporateparenting.consultation.domain.SurveyLinks;
import org.corporateparenting.consultation.domain.SurveyResponse;
import org.corporateparenting.consultation.domain.SurveyResponses;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering a survey through its anonymous link: the link is looked up in the council of the address only, the
 * answers are checked against the questions (anything else is refused and nothing is stored), and the response
 * keeps no trace of who gave it.
 */
@Service
@Transactional
public class SurveyResponding {

	private final SurveyLinks links;

	private final Questions questions;

	private final SurveyResponses responses;

	private final ResponseRateLimit rateLimit;

	private final FreeTextScreening screening;

	private final Clock clock;

	SurveyResponding(SurveyLinks links, Questions questions, SurveyResponses responses, ResponseRateLimit rateLimit,
			FreeTextScreening screening, Clock clock) {
		this.links = links;
		this.questions = questions;
		this.responses = responses;
		this.rateLimit = rateLimit;
		this.screening = screening;
		this.clock = clock;
	}

	/** The survey behind a link, and why it takes no answers if it does not. */
	@Transactional(readOnly = true)
	public SurveyForm survey(String token) {
		SurveyLink link = find(token);
		Consultation consultation = link.getConsultation();
		return new SurveyForm(consultation.getTopic(), consultation.getSurveyIntro(),
				questions.findByConsultationIdOrderByPosition(consultation.getId())
					.stream()
					.map(QuestionView::of)
					.toList(),
				link.refusal(LocalDate.now(clock), responses.countByLinkId(link.getId())));
	}

	/**
	 * Stores one anonymous response.
	 *
	 * @throws InvalidInputException naming each question wrongly answered ({@code q<id>}), nothing stored
	 * @throws Refused when the link takes no more answers, or too many came through it this minute
	 */
	public void respond(String token, Submission submission) {
		SurveyLink link = links.findByTokenForUpdate(token)
			.orElseThrow(() -> new NotFoundException("No survey at this address"));
		LocalDate today = LocalDate.now(clock);
		String refusal = link.refusal(today, responses.countByLinkId(link.getId()));
		if (refusal != null) {
			throw new Refused(refusal, false);
		}
		List<Question> asked = questions.findByConsultationIdOrderByPosition(link.getConsultation().getId());
		SurveyResponse response = new SurveyResponse(link.getConsultation(), link, today, submission.ageBand(),
				submission.careStatus(), false);
		List<FieldProblem> problems = new ArrayList<>();
		for (Question question : asked) {
			answer(question, submission.answers().getOrDefault(question.getId(), List.of()), response, problems);
		}
		Set<Long> known = new HashSet<>(asked.stream().map(Question::getId).toList());
		submission.answers().keySet().stream().filter(id -> !known.contains(id)).findFirst().ifPresent(
				id -> problems.add(new FieldProblem("q" + id, "This question is not part of the survey")));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (!rateLimit.tryAcquire(CouncilContext.require(), link.getId())) {
			throw new Refused("A lot of answers have come through this link in the last minute. Please wait a"
					+ " minute and send yours again.", true);
		}
		responses.save(response);
		screening.answers(response);
	}

	private static void answer(Question question, List<String> given, SurveyResponse response,
			List<FieldProblem> problems) {
		String field = "q" + question.getId();
		List<String> values = given.stream().filter(value -> value != null && !value.isBlank()).map(String::strip).toList();
		if (values.isEmpty()) {
			if (question.isRequired()) {
				problems.add(new FieldProblem(field, question.getType() == QuestionType.FREE_TEXT
						? "Write your answer" : "Choose an answer"));
			}
			return;
		}
		switch (question.getType()) {
			case FREE_TEXT -> {
				String text = String.join("\n", values);
				if (text.length() > question.getMaxLength()) {
					problems.add(new FieldProblem(field, "Your answer must be " + question.getMaxLength()
							+ " characters or fewer. It is " + text.length() + "."));
				}
				else {
					response.answer(question, null, text);
				}
			}
			case MULTIPLE_CHOICE -> {
				if (!question.getOptions().containsAll(values) || new HashSet<>(values).size() < values.size()) {
					problems.add(new FieldProblem(field, "Choose from the answers given"));
				}
				else {
					values.forEach(value -> response.answer(question, value, null));
				}
			}
			default -> {
				List<String> allowed = QuestionView.of(question).choices();
				if (values.size() > 1 || !allowed.contains(values.getFirst())) {
					problems.add(new FieldProblem(field, "Choose one of the answers given"));
				}
				else {
					response.answer(question, values.getFirst(), null);
				}
			}
		}
	}

	private SurveyLink find(String token) {
		return links.findByToken(token).orElseThrow(() -> new NotFoundException("No survey at this address"));
	}

	/** What a person answering sees: the survey's topic, its introduction, the questions, or why it is closed. */
	public record SurveyForm(String topic, @Nullable String intro, List<QuestionView> questions,
			@Nullable String refusal) {
	}

	/** A response as posted: answers by question id, and the optional coarse demographics. */
	public record Submission(Map<Long, List<String>> answers, @Nullable AgeBand ageBand,
			@Nullable CareStatus careStatus) {
	}

	/** The link takes no answers now; {@code tooMany} when it is the rate limit, which passes in a minute. */
	public static class Refused extends RuntimeException {

		private final boolean tooMany;

		Refused(String message, boolean tooMany) {
			super(message);
			this.tooMany = tooMany;
		}

		public boolean tooMany() {
			return tooMany;
		}
	}
}
