package org.corporateparenting.consultation.web;

import static org.corporateparenting.web.FormValues.date;
import static org.corporateparenting.web.FormValues.id;
import static org.corporateparenting.web.FormValues.integer;
import static org.corporateparenting.web.FormValues.lines;
import static org.corporateparenting.web.FormValues.value;
import static org.corporateparenting.web.FormValues.version;

import java.security.Principal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corporateparenting.consultation.ActivityKind;
import org.corporateparenting.consultation.Audience;
import org.corporateparenting.consultation.ConsultationStatus;
import org.corporateparenting.consultation.DesignedBy;
import org.corporateparenting.consultation.ForumKind;
import org.corporateparenting.consultation.Method;
import org.corporateparenting.consultation.QuestionType;
import org.corporateparenting.consultation.ResponseStatus;
import org.corporateparenting.consultation.application.ConsultationManagement;
import org.corporateparenting.consultation.application.ConsultationRequests;
import org.corporateparenting.consultation.application.ConsultationViews.ConsultationView;
import org.corporateparenting.consultation.application.FindingManagement;
import org.corporateparenting.consultation.application.ForumManagement;
import org.corporateparenting.consultation.application.SurveyResults;
import org.corporateparenting.consultation.domain.Consultation;
import org.corporateparenting.consultation.domain.Finding;
import org.corporateparenting.consultation.domain.Forum;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.Choice;
import org.corporateparenting.web.CouncilPermissions;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Officers' pages for the voice of the child: forums and their activities; consultations with their survey
 * questions, anonymous links, results and raw responses; findings with the council's response and publication.
 */
@Controller
@RequestMapping("/councils/{council}")
class ConsultationPages {

	private final ForumManagement forums;

	private final ConsultationManagement consultations;

	private final SurveyResults results;

	private final FindingManagement findings;

	private final RecordHistory history;

	private final ConsultationExports exports;

	ConsultationPages(ForumManagement forums, ConsultationManagement consultations, SurveyResults results,
			FindingManagement findings, RecordHistory history, ConsultationExports exports) {
		this.forums = forums;
		this.consultations = consultations;
		this.results = results;
		this.findings = findings;
		this.history = history;
		this.exports = exports;
	}

	// Consultations

	@GetMapping("/consultations")
	String consultations(Model model, Authentication caller) {
		return consultations(model, caller, FormErrors.none(), Map.of());
	}

	private String consultations(Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("consultations", consultations.consultations());
		model.addAttribute("forumChoices", forumChoices());
		return page(model, caller, errors, form, "consultation/consultations");
	}

	@PostMapping("/consultations")
	@PreAuthorize(Access.EDIT)
	String create(@PathVariable String council, @RequestParam MultiValueMap<String, String> params, Model model,
			Authentication caller, RedirectAttributes redirect) {
		Map<String, Object> form = typed(params);
		return Forms.submit(() -> {
			ConsultationView created = consultations.create(consultationRequest(params, null));
			redirect.addFlashAttribute("notice", "The consultation has been added");
			return "redirect:/councils/" + council + "/consultations/" + created.id();
		}, errors -> consultations(model, caller, errors, form), "topic");
	}

	@GetMapping("/consultations/{id}")
	String consultation(@PathVariable long id, Model model, Authentication caller) {
		return consultation(id, model, caller, FormErrors.none(), Map.of());
	}

	private String consultation(long id, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("consultation", consultations.consultation(id));
		model.addAttribute("questions", consultations.questions(id));
		model.addAttribute("links", CouncilPermissions.of(caller).edit() ? consultations.links(id) : List.of());
		model.addAttribute("siteAddress",
				org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		model.addAttribute("findings", findings.findings(id));
		model.addAttribute("history", history.of(Consultation.class, id));
		model.addAttribute("forumChoices", forumChoices());
		return page(model, caller, errors, form, "consultation/consultation");
	}

	@PostMapping("/consultations/{id}")
	@PreAuthorize(Access.EDIT)
	String update(@PathVariable String council, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> params, Model model, Authentication caller,
			RedirectAttributes redirect) {
		Map<String, Object> form = typed(params);
		return Forms.submit(() -> {
			consultations.update(id, consultationRequest(params, version(params.toSingleValueMap())));
			redirect.addFlashAttribute("notice", "The consultation has been saved");
			return "redirect:/councils/" + council + "/consultations/" + id;
		}, errors -> consultation(id, model, caller, errors, form), "topic");
	}

	@PostMapping("/consultations/{id}/questions")
	@PreAuthorize(Access.EDIT)
	String ask(@PathVariable String council, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			consultations.ask(id, questionRequest(form, null));
			redirect.addFlashAttribute("notice", "The question has been added");
			return "redirect:/councils/" + council + "/consultations/" + id + "#questions";
		}, errors -> consultation(id, model, caller, errors, form), "text");
	}

	@PostMapping("/consultations/{id}/questions/{questionId}/delete")
	@PreAuthorize(Access.EDIT)
	String removeQuestion(@PathVariable String council, @PathVariable long id, @PathVariable long questionId,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			consultations.remove(questionId);
			redirect.addFlashAttribute("notice", "The question has been removed");
			return "redirect:/councils/" + council + "/consultations/" + id + "#questions";
		}, errors -> consultation(id, model, caller, errors, Map.of()), "text");
	}

	@PostMapping("/consultations/{id}/links")
	@PreAuthorize(Access.EDIT)
	String openLink(@PathVariable String council, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			consultations.open(id, new ConsultationRequests.LinkRequest(form.get("label"), date(form, "linkClosesOn"),
					integer(form, "maxResponses")));
			redirect.addFlashAttribute("notice", "A new link to the survey is open");
			return "redirect:/councils/" + council + "/consultations/" + id + "#links";
		}, errors -> consultation(id, model, caller, rename(errors, "closesOn", "linkClosesOn"), form), "label");
	}

	@PostMapping("/consultations/{id}/links/{linkId}/close")
	@PreAuthorize(Access.EDIT)
	String closeLink(@PathVariable String council, @PathVariable long id, @PathVariable long linkId,
			RedirectAttributes redirect) {
		consultations.close(linkId);
		redirect.addFlashAttribute("notice", "The link has been closed");
		return "redirect:/councils/" + council + "/consultations/" + id + "#links";
	}

	@PostMapping("/consultations/{id}/findings")
	@PreAuthorize(Access.EDIT)
	String recordFinding(@PathVariable String council, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			var finding = findings.record(id, findingRequest(form, null));
			redirect.addFlashAttribute("notice", "The finding has been recorded");
			return "redirect:/councils/" + council + "/findings/" + finding.id();
		}, errors -> consultation(id, model, caller, errors, form), "theme");
	}

	@GetMapping("/consultations/{id}/results")
	String results(@PathVariable long id, Model model, Authentication caller) {
		model.addAttribute("consultation", consultations.consultation(id));
		model.addAttribute("results", results.of(id, CouncilPermissions.of(caller).edit()));
		return page(model, caller, FormErrors.none(), Map.of(), "consultation/results");
	}

	@GetMapping("/consultations/{id}/results.csv")
	ResponseEntity<byte[]> resultsCsv(@PathVariable String council, @PathVariable long id) {
		return exports.resultsCsv(council, id);
	}

	@GetMapping("/consultations/{id}/responses")
	@PreAuthorize(Access.EDIT)
	String responses(@PathVariable long id, Model model, Authentication caller) {
		model.addAttribute("consultation", consultations.consultation(id));
		model.addAttribute("questions", consultations.questions(id));
		model.addAttribute("responses", results.raw(id));
		return page(model, caller, FormErrors.none(), Map.of(), "consultation/responses");
	}

	// Findings

	@GetMapping("/findings/{id}")
	String finding(@PathVariable long id, Model model, Authentication caller) {
		return finding(id, model, caller, FormErrors.none(), Map.of());
	}

	private String finding(long id, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("finding", findings.finding(id));
		model.addAttribute("history", history.of(Finding.class, id));
		return page(model, caller, errors, form, "consultation/finding");
	}

	@PostMapping("/findings/{id}")
	@PreAuthorize(Access.EDIT)
	String reviseFinding(@PathVariable String council, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			findings.revise(id, findingRequest(form, version(form)));
			redirect.addFlashAttribute("notice", "The finding and response have been saved");
			return "redirect:/councils/" + council + "/findings/" + id;
		}, errors -> finding(id, model, caller, errors, form), "theme");
	}

	@PostMapping("/findings/{id}/publication")
	@PreAuthorize(Access.EDIT)
	String publish(@PathVariable String council, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			boolean published = "true".equals(form.get("published"));
			findings.publish(id, new ConsultationRequests.PublicationRequest(published, version(form)));
			redirect.addFlashAttribute("notice", published ? "It is on the public you said, we did page"
					: "It has been taken off the public page");
			return "redirect:/councils/" + council + "/findings/" + id;
		}, errors -> finding(id, model, caller, errors, form), "published");
	}

	// Forums

	@GetMapping("/forums")
	String forums(Model model, Authentication caller) {
		return forums(model, caller, FormErrors.none(), Map.of());
	}

	private String forums(Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("forums", forums.forums());
		return page(model, caller, errors, form, "consultation/forums");
	}

	@PostMapping("/forums")
	@PreAuthorize(Access.EDIT)
	String createForum(@PathVariable String council, @RequestParam Map<String, String> form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			var forum = forums.create(forumRequest(form, null));
			redirect.addFlashAttribute("notice", forum.name() + " has been added");
			return "redirect:/councils/" + council + "/forums/" + forum.id();
		}, errors -> forums(model, caller, errors, form), "name");
	}

	@GetMapping("/forums/{id}")
	String forum(@PathVariable long id, Model model, Authentication caller) {
		return forum(id, model, caller, FormErrors.none(), Map.of());
	}

	private String forum(long id, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("forum", forums.forum(id));
		model.addAttribute("activities", forums.activities(id));
		model.addAttribute("history", history.of(Forum.class, id));
		return page(model, caller, errors, form, "consultation/forum");
	}

	@PostMapping("/forums/{id}")
	@PreAuthorize(Access.EDIT)
	String updateForum(@PathVariable String council, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			forums.update(id, forumRequest(form, version(form)));
			redirect.addFlashAttribute("notice", "The forum has been saved");
			return "redirect:/councils/" + council + "/forums/" + id;
		}, errors -> forum(id, model, caller, errors, form), "name");
	}

	@PostMapping("/forums/{id}/activities")
	@PreAuthorize(Access.EDIT)
	String recordActivity(@PathVariable String council, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, Authentication caller, Principal author, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			forums.record(id, new ConsultationRequests.ActivityRequest(date(form, "date"),
					value(ActivityKind.class, form, "kind"), form.get("description")), author.getName());
			redirect.addFlashAttribute("notice", "The activity has been recorded");
			return "redirect:/councils/" + council + "/forums/" + id;
		}, errors -> forum(id, model, caller, errors, form), "description");
	}

	// Shared by the pages

	private static String page(Model model, Authentication caller, FormErrors errors, Map<String, ?> form,
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

	/** What was typed into a consultation form, to show again: every audience ticked, one value of the rest. */
	private static Map<String, Object> typed(MultiValueMap<String, String> params) {
		Map<String, Object> form = new java.util.HashMap<>(params.toSingleValueMap());
		form.put("audiences", params.getOrDefault("audiences", List.of()));
		return form;
	}

	private List<Choice> forumChoices() {
		return forums.forums().stream().map(forum -> new Choice("" + forum.id(), forum.name())).toList();
	}

	private static FormErrors rename(FormErrors errors, String from, String to) {
		return new FormErrors(errors.all()
			.stream()
			.map(problem -> problem.field().equals(from) ? new FieldProblem(to, problem.message()) : problem)
			.toList());
	}

	private static ConsultationRequests.ConsultationRequest consultationRequest(MultiValueMap<String, String> params,
			@Nullable Long version) {
		Map<String, String> form = params.toSingleValueMap();
		Set<Audience> audiences = new LinkedHashSet<>();
		for (String name : params.getOrDefault("audiences", List.of())) {
			audiences.add(value(Audience.class, Map.of("audiences", name), "audiences"));
		}
		return new ConsultationRequests.ConsultationRequest(form.get("topic"), audiences,
				value(Method.class, form, "method"), date(form, "opensOn"), date(form, "closesOn"),
				value(ConsultationStatus.class, form, "status"), value(DesignedBy.class, form, "designedBy"),
				form.get("informs"), id(form, "forumId"), form.get("summary"), form.get("surveyIntro"), version);
	}

	private static ConsultationRequests.QuestionRequest questionRequest(Map<String, String> form,
			@Nullable Long version) {
		return new ConsultationRequests.QuestionRequest(form.get("text"), value(QuestionType.class, form, "type"),
				"true".equals(form.get("required")), lines(form.get("options")), form.get("lowLabel"),
				form.get("highLabel"), integer(form, "maxLength"), version);
	}

	private static ConsultationRequests.FindingRequest findingRequest(Map<String, String> form,
			@Nullable Long version) {
		return new ConsultationRequests.FindingRequest(form.get("theme"), form.get("summary"),
				integer(form, "raisedBy"), form.get("whatWeWillDo"), value(ResponseStatus.class, form, "responseStatus"),
				form.get("reason"), form.get("actionReference"), date(form, "toldBackOn"), form.get("toldBackHow"),
				version);
	}

	private static ConsultationRequests.ForumRequest forumRequest(Map<String, String> form, @Nullable Long version) {
		return new ConsultationRequests.ForumRequest(form.get("name"), value(ForumKind.class, form, "kind"),
				integer(form, "ageFrom"), integer(form, "ageTo"), form.get("meetingPattern"), version);
	}
}
