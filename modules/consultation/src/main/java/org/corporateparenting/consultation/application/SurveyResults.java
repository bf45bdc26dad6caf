package org.corporateparenting.consultation.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.corporateparenting.consultation.AgeBand;
import org.corporateparenting.consultation.CareStatus;
import org.corporateparenting.consultation.QuestionType;
import org.corporateparenting.consultation.application.ConsultationViews.QuestionView;
import org.corporateparenting.consultation.application.ConsultationViews.RawAnswer;
import org.corporateparenting.consultation.application.ConsultationViews.RawResponse;
import org.corporateparenting.consultation.domain.Answer;
import org.corporateparenting.consultation.domain.Consultation;
import org.corporateparenting.consultation.domain.Questions;
import org.corporateparenting.consultation.domain.SurveyResponse;
import org.corporateparenting.consultation.domain.SurveyResponses;
import org.corporateparenting.web.Labelled;
import org.corporateparenting.web.disclosure.DisclosureControl;
import org.corporateparenting.web.disclosure.DisclosureSymbol;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey's results: for each question how many answered, and how many gave each answer (count and percentage),
 * overall and broken down by age band and by care status. A breakdown group smaller than the platform's disclosure
 * threshold is suppressed, every figure of it shown as {@code c}, with enough other groups that it cannot
 * be worked out from the total ({@link DisclosureControl#protect}), wherever the results are shown or exported.
 * Outside officers' view the whole survey's figures are treated as a group too, and small answer counts are hidden
 * the same way; only officers' raw view shows responses one by one.
 */
@Service
@Transactional(readOnly = true)
public class SurveyResults {

	public static final String SUPPRESSED = DisclosureSymbol.SUPPRESSED.symbol();

	private final ConsultationManagement consultations;

	private final Questions questions;

	private final SurveyResponses responses;

	private final DisclosureControl disclosure;

	SurveyResults(ConsultationManagement consultations, Questions questions, SurveyResponses responses,
			DisclosureControl disclosure) {
		this.consultations = consultations;
		this.questions = questions;
		this.responses = responses;
		this.disclosure = disclosure;
	}

	/**
	 * @param officer whether an officer is looking: the whole survey's figures in full and its own words listed
	 * (officers see every response anyway); otherwise those are suppressed like a group and own words left out
	 */
	public Results of(long consultationId, boolean officer) {
		Consultation consultation = consultations.find(consultationId);
		List<SurveyResponse> all = responses.findWithAnswers(consultationId);
		List<QuestionResult> results = questions.findByConsultationIdOrderByPosition(consultationId)
			.stream()
			.map(QuestionView::of)
			.map(question -> result(question, all, officer, officer, !officer))
			.toList();
		return new Results(consultationId, consultation.getTopic(), all.size(),
				all.stream().filter(SurveyResponse::isIllustrative).count(), results);
	}

	/**
	 * The results as rows for a spreadsheet that may be passed on: question, breakdown, group, answer, count and
	 * percentage, every group below the disclosure threshold suppressed, the whole survey's figures too;
	 * no one's own words.
	 */
	public List<List<String>> exportRows(long consultationId) {
		consultations.find(consultationId);
		List<SurveyResponse> all = responses.findWithAnswers(consultationId);
		List<List<String>> rows = new ArrayList<>();
		for (QuestionView question : questions.findByConsultationIdOrderByPosition(consultationId)
			.stream()
			.map(QuestionView::of)
			.toList()) {
			if (question.type() == QuestionType.FREE_TEXT) {
				continue;
			}
			QuestionResult result = result(question, all, false, false, true);
			long answered = answered(question, all);
			List<Breakdown> groups = new ArrayList<>();
			groups.add(new Breakdown("All responses",
					List.of(group("All responses", question, all, disclosure.hidesCount(answered), true))));
			groups.addAll(result.breakdowns());
			for (Breakdown breakdown : groups) {
				for (Group group : breakdown.groups()) {
					for (Count count : group.counts()) {
						rows.add(List.of(String.valueOf(question.position()), question.text(), breakdown.dimension(),
								group.label(), group.size(), count.label(), count.count(), count.percent()));
					}
				}
			}
		}
		return rows;
	}

	/** Every response with its answers, unsuppressed: the officers' raw view. */
	public List<RawResponse> raw(long consultationId) {
		consultations.find(consultationId);
		List<SurveyResponse> all = new ArrayList<>(responses.findWithAnswers(consultationId));
		// Shown by date only, in no particular order within a day, so the order does not say who answered when.
		java.util.Collections.shuffle(all);
		all.sort(java.util.Comparator.comparing(SurveyResponse::getSubmittedOn));
		return all.stream()
			.map(response -> new RawResponse(response.getSubmittedOn(), response.getAgeBand(),
					response.getCareStatus(), response.isIllustrative(), response.getAnswers()
						.stream()
						.map(answer -> new RawAnswer(answer.getQuestion().getId(), answer.getQuestion().getText(),
								answer.getChoice(), answer.getText()))
						.toList()))
			.toList();
	}

	/**
	 * @param withOwnWords whether to list free-text answers (officers only)
	 * @param inFull whether the whole survey's figures are shown as they are (officers, who see every response
	 * anyway); otherwise they are suppressed like any group
	 * @param cells whether answer counts of 1 to 4 are hidden within shown groups (whatever may be passed on)
	 */
	private QuestionResult result(QuestionView question, List<SurveyResponse> all, boolean withOwnWords,
			boolean inFull, boolean cells) {
		long answered = answered(question, all);
		String shownAnswered = inFull || !disclosure.hidesCount(answered) ? String.valueOf(answered) : SUPPRESSED;
		if (question.type() == QuestionType.FREE_TEXT) {
			List<String> ownWords = new ArrayList<>();
			if (withOwnWords) {
				all.forEach(response -> answersTo(question, response).forEach(answer -> ownWords.add(answer.getText())));
			}
			return new QuestionResult(question.id(), question.position(), question.text(), question.type(),
					shownAnswered, List.of(), ownWords, null, List.of());
		}
		Group overall = inFull ? group("All responses", question, all, false, false)
				: group("All responses", question, all, disclosure.hidesCount(answered), cells);
		Double average = null;
		if (question.type() == QuestionType.RATING && answered > 0 && (inFull || !disclosure.hidesCount(answered))) {
			average = all.stream()
				.flatMap(response -> answersTo(question, response).stream())
				.mapToInt(answer -> Integer.parseInt(answer.getChoice()))
				.average()
				.orElse(0);
			average = Math.round(average * 10) / 10.0;
		}
		List<Breakdown> breakdowns = List.of(
				breakdown("Age band", question, all, AgeBand.values(), SurveyResponse::getAgeBand, cells),
				breakdown("Care status", question, all, CareStatus.values(), SurveyResponse::getCareStatus, cells));
		return new QuestionResult(question.id(), question.position(), question.text(), question.type(), shownAnswered,
				overall.counts(), List.of(), average, breakdowns);
	}

	private <E extends Enum<E> & Labelled> Breakdown breakdown(String dimension, QuestionView question,
			List<SurveyResponse> all, E[] values, Function<SurveyResponse, @Nullable E> of, boolean cells) {
		Map<String, List<SurveyResponse>> byGroup = new LinkedHashMap<>();
		Arrays.stream(values).forEach(value -> byGroup.put(value.label(), new ArrayList<>()));
		byGroup.put("Not given", new ArrayList<>());
		for (SurveyResponse response : all) {
			E value = of.apply(response);
			byGroup.get(value == null ? "Not given" : value.label()).add(response);
		}
		List<Map.Entry<String, List<SurveyResponse>>> answering = byGroup.entrySet()
			.stream()
			.filter(entry -> answered(question, entry.getValue()) > 0)
			.toList();
		// The groups add up to the number answering, which is shown: when they cannot be protected against it, none is.
		DisclosureControl.Protection hidden = disclosure
			.protect(answering.stream().map(entry -> answered(question, entry.getValue())).toList());
		List<Group> groups = new ArrayList<>();
		for (int i = 0; i < answering.size(); i++) {
			groups.add(group(answering.get(i).getKey(), question, answering.get(i).getValue(),
					hidden.hidden(i) || hidden.totalHidden(), cells));
		}
		return new Breakdown(dimension, groups);
	}

	/**
	 * @param suppressed whether the whole group is hidden, every figure shown as {@code c}
	 * @param cells whether small answer counts (and enough others to protect them) are hidden within it
	 */
	private Group group(String label, QuestionView question, List<SurveyResponse> members, boolean suppressed,
			boolean cells) {
		long answered = answered(question, members);
		List<String> choices = question.choices();
		List<Long> counts = choices.stream()
			.map(choice -> members.stream()
				.filter(response -> answersTo(question, response).stream().anyMatch(a -> choice.equals(a.getChoice())))
				.count())
			.toList();
		DisclosureControl.Protection protection = cells ? disclosure.protect(counts) : null;
		// The group's size is the total of its counts (for a single choice): hidden too when they cannot be protected.
		boolean sizeHidden = suppressed || protection != null && protection.totalHidden();
		List<Count> shown = new ArrayList<>();
		for (int i = 0; i < choices.size(); i++) {
			boolean hide = sizeHidden || protection != null && protection.hidden(i);
			int percent = answered == 0 ? 0 : (int) Math.round(100.0 * counts.get(i) / answered);
			shown.add(new Count(choices.get(i), label(question, choices.get(i)),
					hide ? SUPPRESSED : String.valueOf(counts.get(i)), hide ? SUPPRESSED : percent + "%"));
		}
		return new Group(label, sizeHidden ? SUPPRESSED : String.valueOf(answered), sizeHidden, shown);
	}

	private static long answered(QuestionView question, List<SurveyResponse> members) {
		return members.stream().filter(response -> !answersTo(question, response).isEmpty()).count();
	}

	private static String label(QuestionView question, String choice) {
		return switch (question.type()) {
			case YES_NO -> "YES".equals(choice) ? "Yes" : "No";
			case RATING -> choice + ("1".equals(choice) && question.lowLabel() != null ? " (" + question.lowLabel() + ")"
					: "5".equals(choice) && question.highLabel() != null ? " (" + question.highLabel() + ")" : "");
			default -> choice;
		};
	}

	private static List<Answer> answersTo(QuestionView question, SurveyResponse response) {
		return response.getAnswers().stream().filter(answer -> answer.getQuestion().getId() == question.id()).toList();
	}

	/**
	 * @param illustrative how many of the responses were made up for a demonstration
	 */
	public record Results(long consultationId, String topic, long responses, long illustrative,
			List<QuestionResult> questions) {
	}

	/**
	 * @param answered how many answered it, or {@code c} when below the disclosure threshold (not officers)
	 * @param counts each answer overall (in full for officers; otherwise suppressed as a group is)
	 * @param ownWords free-text answers, for officers only
	 */
	public record QuestionResult(long questionId, int position, String text, QuestionType type, String answered,
			List<Count> counts, List<String> ownWords, @Nullable Double averageRating, List<Breakdown> breakdowns) {
	}

	public record Breakdown(String dimension, List<Group> groups) {
	}

	/** @param size what is shown: the number answering, or {@code c} */
	public record Group(String label, String size, boolean suppressed, List<Count> counts) {
	}

	/** An answer's count and percentage as shown: figures, or {@code c}. */
	public record Count(String choice, String label, String count, String percent) {
	}
}
