package org.corporateparenting.consultation.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corporateparenting.consultation.ConsultationStatus;
import org.corporateparenting.consultation.DesignedBy;
import org.corporateparenting.consultation.Method;
import org.corporateparenting.consultation.WellbeingTemplate;
import org.corporateparenting.consultation.WellbeingVersion;
import org.corporateparenting.consultation.application.ConsultationRequests.ConsultationRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.QuestionRequest;
import org.corporateparenting.consultation.application.ConsultationViews.ConsultationView;
import org.corporateparenting.consultation.application.WellbeingRequests.StartRequest;
import org.corporateparenting.consultation.application.WellbeingViews.TemplateVersion;
import org.corporateparenting.consultation.application.WellbeingViews.WellbeingSurveyView;
import org.corporateparenting.consultation.domain.Consultation;
import org.corporateparenting.consultation.domain.Consultations;
import org.corporateparenting.consultation.domain.SurveyResponses;
import org.corporateparenting.consultation.domain.WellbeingSurvey;
import org.corporateparenting.consultation.domain.WellbeingSurveys;
import org.corporateparenting.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * The standard well-being survey: its template, and surveys started from it in the consultation module. A survey
 * started from it is an ordinary consultation whose first questions are the template's, fixed so that its answers
 * compare with other councils'; the council adds its own questions after them.
 */
@Service
@Transactional
public class WellbeingSurveyManagement {

	private static final String INFORMS = "The board's view of young people's well-being, compared with other councils";

	private final ConsultationManagement consultations;

	private final Consultations records;

	private final WellbeingSurveys surveys;

	private final SurveyResponses responses;

	private final Validator validator;

	WellbeingSurveyManagement(ConsultationManagement consultations, Consultations records, WellbeingSurveys surveys,
			SurveyResponses responses, Validator validator) {
		this.consultations = consultations;
		this.records = records;
		this.surveys = surveys;
		this.responses = responses;
		this.validator = validator;
	}

	/** Every version of the template, as the pages and the API show it. */
	@Transactional(readOnly = true)
	public List<TemplateVersion> template() {
		return Arrays.stream(WellbeingVersion.values()).map(TemplateVersion::of).toList();
	}

	/** The council's surveys started from the template, latest closing first: three queries. */
	@Transactional(readOnly = true)
	public List<WellbeingSurveyView> surveys() {
		List<WellbeingSurvey> started = surveys.findAll();
		Map<Long, Long> counts = new HashMap<>();
		responses.countByConsultation().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
		Map<Long, WellbeingSurvey> byId = new HashMap<>();
		started.forEach(survey -> byId.put(survey.getConsultationId(), survey));
		List<WellbeingSurveyView> views = new ArrayList<>();
		for (Consultation consultation : records.findAllById(byId.keySet())) {
			WellbeingSurvey survey = byId.get(consultation.getId());
			views.add(new WellbeingSurveyView(consultation.getId(), consultation.getTopic(),
					survey.getWellbeingVersion(), survey.getWellbeingVersion().label(), survey.getEdition(),
					consultation.getStatus(), consultation.getClosesOn(),
					counts.getOrDefault(consultation.getId(), 0L)));
		}
		views.sort(Comparator.comparing(WellbeingSurveyView::closesOn).reversed());
		return views;
	}

	/**
	 * Starts a survey from the template: a planned consultation of the version's audience, with the version's topic
	 * (unless another is given) and introduction, and the template's questions in order. Every problem is refused
	 * together, and nothing is written.
	 */
	public ConsultationView start(StartRequest request) {
		List<FieldProblem> problems = Checks.of(validator, request);
		if (request.opensOn() != null && request.closesOn() != null && request.closesOn().isBefore(request.opensOn())) {
			problems.add(new FieldProblem("closesOn", "must be on or after the day it opens"));
		}
		Checks.throwIfAny(problems);
		WellbeingVersion version = request.templateVersion();
		String topic = Checks.strip(request.topic());
		ConsultationView consultation = consultations.create(new ConsultationRequest(
				topic == null ? WellbeingTemplate.topic(version) : topic, version.audiences(), Method.SURVEY,
				request.opensOn(), request.closesOn(), ConsultationStatus.PLANNED, DesignedBy.STAFF, INFORMS, null,
				null, WellbeingTemplate.intro(version), request.contactRole(), request.contactEmail(), null));
		List<WellbeingTemplate.TemplateQuestion> questions = WellbeingTemplate.questions(version);
		questions.forEach(question -> consultations.ask(consultation.id(),
				new QuestionRequest(question.text(), question.type(), true, List.of(), question.lowLabel(),
						question.highLabel(), null, null)));
		surveys.save(new WellbeingSurvey(consultation.id(), version, WellbeingTemplate.EDITION, questions.size()));
		return consultation;
	}

	/** The template survey a consultation was started as, if it was. */
	@Transactional(readOnly = true)
	public java.util.Optional<WellbeingSurvey> survey(long consultationId) {
		return surveys.findById(consultationId);
	}
}
