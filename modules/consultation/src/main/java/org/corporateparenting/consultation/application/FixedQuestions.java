package org.corporateparenting.consultation.application;

import org.corporateparenting.consultation.Method;
import org.corporateparenting.consultation.domain.Consultation;
import org.corporateparenting.consultation.domain.Question;
import org.corporateparenting.consultation.domain.WellbeingSurveys;
import org.corporateparenting.web.ConflictException;
import org.springframework.stereotype.Component;

/**
 * What a survey started from the well-being template may not change: its template questions stay as the template
 * words them, and it stays a survey, so that its answers compare with other councils'.
 */
@Component
class FixedQuestions {

	private final WellbeingSurveys surveys;

	FixedQuestions(WellbeingSurveys surveys) {
		this.surveys = surveys;
	}

	void requireNotFixed(Question question) {
		surveys.findById(question.getConsultation().getId())
			.filter(survey -> survey.fixes(question.getPosition()))
			.ifPresent(survey -> {
				throw new ConflictException("This is one of the well-being survey's own questions: it stays as it is,"
						+ " so that the answers compare with other councils'. Add the council's own questions after"
						+ " them.");
			});
	}

	void requireSurvey(Consultation consultation, Method method) {
		if (method != Method.SURVEY && surveys.existsById(consultation.getId())) {
			throw new ConflictException("method", "A survey started from the well-being template stays a survey");
		}
	}
}
