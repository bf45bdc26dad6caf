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
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey's results: for each question how many answered, and how many gave each answer (count and percentage),
 * overall and broken down by age band and by care status. A breakdown group of fewer than {@value #SMALLEST_GROUP}
 * responses is suppressed, every figure of it shown as {@value #SUPPRESSED}, wherever the results are shown or
 * exported; only officers' raw view of the responses shows them one by one.
 */
@Service
@Transactional(readOnly = true)
public class SurveyResults {

	public static final int SMALLEST_GROUP = 5;

	public static final String SUPPRESSED = "c";

	private final ConsultationManagement consultations;

	private final Questions questions;

	private final SurveyResponses responses;

	SurveyResults(ConsultationManagement consultations, Questions questions, SurveyResponses responses) {
		this.consultations = consultations;
		this.questions = questions;
		this.responses = responses;
	}

	/**
	 * @param withOwnWords whether to list free-text answers (officers only)
	 */
	public Results of(long consultationId, boolean withOwnWords) {
		Consultation consultation = consultations.find(consultationId);
		List<SurveyResponse> all = responses.findWithAnswers(consultationId);
		List<QuestionResult> results = questions.findByConsultationIdOrderByPosition(consultationId)
			.stream()
			.map(QuestionView::of)
			.map(question -> result(question, all, withOwnWords))
			.toList();
		return new Results(consultationId, consultation.getTopic(), all.size(),
				all.stream().filter(SurveyResponse::isIllustrative).count(), results);
	}

	/**
	 * The results as rows for a spreadsheet that may be passed on: question, breakdown, group, answer, count and
	 * percentage, every group suppressed below {@value #SMALLEST_GROUP} answers, the whole survey's figures too;
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
			QuestionResult result = result(question, all, false);
			List<Breakdown> groups = new ArrayList<>();
			groups.add(new Breakdown("All responses", List.of(group("All responses", question, all, true))));
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
		return responses.findWithAnswers(consultationId)
			.stream()
			.map(response -> new RawResponse(response.getId(), response.getSubmittedOn(), response.getAgeBand(),
					response.getCareStatus(), response.isIllustrative(), response.getAnswers()
						.stream()
						.map(answer -> new RawAnswer(answer.getQuestion().getId(), answer.getQuestion().getText(),
								answer.getChoice(), answer.getText()))
						.toList()))
			.toList();
	}

	private static QuestionResult result(QuestionView question, List<SurveyResponse> all, boolean withOwnWords) {
		List<String> freeText = new ArrayList<>();
		if (question.type() == QuestionType.FREE_TEXT) {
			if (withOwnWords) {
				all.forEach(response -> answersTo(question, response).forEach(answer -> freeText.add(answer.getText())));
			}
			return new QuestionResult(question.id(), question.position(), question.text(), question.type(),
					answered(question, all), List.of(), freeText, null, List.of());
		}
		long answered = answered(question, all);
		Group overall = group("All responses", question, all, false);
		Double average = null;
		if (question.type() == QuestionType.RATING && answered > 0) {
			average = all.stream()
				.flatMap(response -> answersTo(question, response).stream())
				.mapToInt(answer -> Integer.parseInt(answer.getChoice()))
				.average()
				.orElse(0);
			average = Math.round(average * 10) / 10.0;
		}
		List<Breakdown> breakdowns = List.of(
				breakdown("Age band", question, all, AgeBand.values(), SurveyResponse::getAgeBand),
				breakdown("Care status", question, all, CareStatus.values(), SurveyResponse::getCareStatus));
		return new QuestionResult(question.id(), question.position(), question.text(), question.type(), answered,
				overall.counts(), List.of(), average, breakdowns);
	}

	private static <E extends Enum<E> & Labelled> Breakdown breakdown(String dimension, QuestionView question,
			List<SurveyResponse> all, E[] values, Function<SurveyResponse, @Nullable E> of) {
		Map<String, List<SurveyResponse>> byGroup = new LinkedHashMap<>();
		Arrays.stream(values).forEach(value -> byGroup.put(value.label(), new ArrayList<>()));
		byGroup.put("Not given", new ArrayList<>());
		for (SurveyResponse response : all) {
			E value = of.apply(response);
			byGroup.get(value == null ? "Not given" : value.label()).add(response);
		}
		List<Group> groups = byGroup.entrySet()
			.stream()
			.filter(entry -> answered(question, entry.getValue()) > 0)
			.map(entry -> group(entry.getKey(), question, entry.getValue(), true))
			.toList();
		return new Breakdown(dimension, groups);
	}

	/**
	 * @param suppressSmall whether a group of fewer than {@value #SMALLEST_GROUP} answers shows {@value #SUPPRESSED}
	 */
	private static Group group(String label, QuestionView question, List<SurveyResponse> members,
			boolean suppressSmall) {
		long answered = answered(question, members);
		boolean suppressed = suppressSmall && answered < SMALLEST_GROUP;
		List<Count> counts = new ArrayList<>();
		for (String choice : question.choices()) {
			long count = members.stream()
				.filter(response -> answersTo(question, response).stream().anyMatch(a -> choice.equals(a.getChoice())))
				.count();
			int percent = answered == 0 ? 0 : (int) Math.round(100.0 * count / answered);
			counts.add(new Count(choice, label(question, choice), suppressed ? SUPPRESSED : String.valueOf(count),
					suppressed ? SUPPRESSED : percent + "%"));
		}
		return new Group(label, suppressed ? SUPPRESSED : String.valueOf(answered), suppressed, counts);
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
	 * @param counts each answer overall (not suppressed: the whole survey is not a breakdown)
	 * @param ownWords free-text answers, for officers only
	 */
	public record QuestionResult(long questionId, int position, String text, QuestionType type, long answered,
			List<Count> counts, List<String> ownWords, @Nullable Double averageRating, List<Breakdown> breakdowns) {
	}

	public record Breakdown(String dimension, List<Group> groups) {
	}

	/** @param size what is shown: the number answering, or {@value SurveyResults#SUPPRESSED} */
	public record Group(String label, String size, boolean suppressed, List<Count> counts) {
	}

	/** An answer's count and percentage as shown: figures, or {@value SurveyResults#SUPPRESSED}. */
	public record Count(String choice, String label, String count, String percent) {
	}
}
