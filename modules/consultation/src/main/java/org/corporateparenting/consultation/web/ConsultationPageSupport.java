package org.corporateparenting.consultation.web;

import java.util.Map;

import org.corporateparenting.consultation.ActivityKind;
import org.corporateparenting.consultation.Audience;
import org.corporateparenting.consultation.ConsultationStatus;
import org.corporateparenting.consultation.DesignedBy;
import org.corporateparenting.consultation.ForumKind;
import org.corporateparenting.consultation.Method;
import org.corporateparenting.consultation.QuestionType;
import org.corporateparenting.consultation.ResponseStatus;
import org.corporateparenting.web.Choice;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.FormErrors;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;

/** What the consultation module's pages share: the choices their forms offer, and reading the forms' fields. */
final class ConsultationPageSupport {

	private ConsultationPageSupport() {
	}

	static String page(Model model, Authentication caller, FormErrors errors, Map<String, ?> form,
			String template) {
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("forumKinds", Choice.of(ForumKind.class));
		model.addAttribute("activityKinds", Choice.of(ActivityKind.class));
		model.addAttribute("audiences", Choice.of(Audience.class));
		model.addAttribute("methods", Choice.of(Method.class));
		model.addAttribute("statuses", Choice.of(ConsultationStatus.class));
		model.addAttribute("designers", Choice.of(DesignedBy.class));
		model.addAttribute("questionTypes", Choice.of(QuestionType.class));
		model.addAttribute("responseStatuses", Choice.of(ResponseStatus.class));
		return template;
	}

	static FormErrors rename(FormErrors errors, String from, String to) {
		return new FormErrors(errors.all()
			.stream()
			.map(problem -> problem.field().equals(from) ? new FieldProblem(to, problem.message()) : problem)
			.toList());
	}
}
