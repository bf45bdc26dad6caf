package org.corporateparenting.consultation.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corporateparenting.consultation.WellbeingDomain;
import org.corporateparenting.consultation.WellbeingTemplate;
import org.corporateparenting.consultation.WellbeingTemplate.TemplateQuestion;
import org.corporateparenting.consultation.application.WellbeingViews.WellbeingFigure;
import org.corporateparenting.consultation.application.WellbeingViews.WellbeingSurveyResults;
import org.corporateparenting.consultation.domain.Answer;
import org.corporateparenting.consultation.domain.Consultation;
import org.corporateparenting.consultation.domain.Questions;
import org.corporateparenting.consultation.domain.SurveyResponse;
import org.corporateparenting.consultation.domain.SurveyResponses;
import org.corporateparenting.consultation.domain.WellbeingSurvey;
import org.corporateparenting.consultation.domain.WellbeingSurveys;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.disclosure.DisclosureControl;
import org.corporateparenting.web.disclosure.DisclosureSymbol;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A template survey's results, as the council sees them and as it shares them: for each template question, the
 * share of those answering whose answer says things are going well (yes, or 4 or 5 of 5); for each domain, the share
 * of young people answering any of its questions who said so to at least half of those they answered. Through the
 * platform's disclosure control: a share of fewer young people than the threshold is {@code c}, and so is a count
 * of 1 to below it. The council's own questions after the template's are not part of them.
 */
@Service
@Transactional(readOnly = true)
public class WellbeingResults {

	private final ConsultationManagement consultations;

	private final WellbeingSurveys surveys;

	private final Questions questions;

	private final SurveyResponses responses;

	private final DisclosureControl disclosure;

	WellbeingResults(ConsultationManagement consultations, WellbeingSurveys surveys, Questions questions,
			SurveyResponses responses, DisclosureControl disclosure) {
		this.consultations = consultations;
		this.surveys = surveys;
		this.questions = questions;
		this.responses = responses;
		this.disclosure = disclosure;
	}

	public WellbeingSurveyResults of(long consultationId) {
		Consultation consultation = consultations.find(consultationId);
		WellbeingSurvey survey = surveys.findById(consultationId)
			.orElseThrow(() -> new NotFoundException("Consultation " + consultationId
					+ " was not started from the well-being survey template"));
		List<TemplateQuestion> template = WellbeingTemplate.questions(survey.getWellbeingVersion());
		// The template's questions are the survey's first, in order, and never change: a question's place names it.
		Map<Long, TemplateQuestion> byQuestionId = new java.util.HashMap<>();
		questions.findByConsultationIdOrderByPosition(consultationId)
			.stream()
			.filter(question -> survey.fixes(question.getPosition()))
			.forEach(question -> byQuestionId.put(question.getId(), template.get(question.getPosition() - 1)));
		List<SurveyResponse> all = responses.findWithAnswers(consultationId);

		List<WellbeingFigure> domains = new ArrayList<>();
		for (WellbeingDomain domain : WellbeingDomain.values()) {
			long answering = 0;
			long well = 0;
			for (SurveyResponse response : all) {
				List<Answer> answers = answersIn(response, byQuestionId, domain);
				long positive = answers.stream()
					.filter(answer -> byQuestionId.get(answer.getQuestion().getId()).positive(answer.getChoice()))
					.count();
				if (!answers.isEmpty()) {
					answering++;
					well += positive * 2 >= answers.size() ? 1 : 0;
				}
			}
			domains.add(figure(domain.name(), domain, domain.label(), answering, well));
		}
		List<WellbeingFigure> shares = new ArrayList<>();
		for (TemplateQuestion question : template) {
			long answering = 0;
			long well = 0;
			for (SurveyResponse response : all) {
				for (Answer answer : response.getAnswers()) {
					if (question.equals(byQuestionId.get(answer.getQuestion().getId()))) {
						answering++;
						well += question.positive(answer.getChoice()) ? 1 : 0;
					}
				}
			}
			shares.add(figure(question.key(), question.domain(), question.text(), answering, well));
		}
		return new WellbeingSurveyResults(consultationId, consultation.getTopic(), survey.getWellbeingVersion(),
				shown(all.size()), domains, shares);
	}

	private static List<Answer> answersIn(SurveyResponse response, Map<Long, TemplateQuestion> byQuestionId,
			WellbeingDomain domain) {
		return response.getAnswers()
			.stream()
			.filter(answer -> byQuestionId.containsKey(answer.getQuestion().getId())
					&& byQuestionId.get(answer.getQuestion().getId()).domain() == domain)
			.toList();
	}

	private WellbeingFigure figure(String key, WellbeingDomain domain, String label, long answering, long well) {
		BigDecimal share = disclosure.share(well, answering);
		String shownShare = share != null ? share.stripTrailingZeros().toPlainString() + "%"
				: answering == 0 ? DisclosureSymbol.NOT_AVAILABLE.symbol() : DisclosureSymbol.SUPPRESSED.symbol();
		return new WellbeingFigure(key, domain, label, shown(answering), shownShare, share,
				share == null && answering > 0);
	}

	private String shown(long count) {
		return disclosure.hidesCount(count) ? DisclosureSymbol.SUPPRESSED.symbol() : String.valueOf(count);
	}
}
