package org.corporateparenting.consultation.web;

import static org.corporateparenting.web.FormValues.id;

import java.security.Principal;
import java.util.Map;

import org.corporateparenting.consultation.application.ForumManagement;
import org.corporateparenting.consultation.domain.Forum;
import org.corporateparenting.consultation.web.ConsultationForms.ActivityForm;
import org.corporateparenting.consultation.web.ConsultationForms.ForumForm;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forums of young people the council listens to, and the activities each has held. */
@PageController
@RequestMapping("/councils/{council}")
class ForumPages {

	private final ForumManagement forums;

	private final RecordHistory history;

	ForumPages(ForumManagement forums, RecordHistory history) {
		this.forums = forums;
		this.history = history;
	}

	@GetMapping("/forums")
	String forums(Model model, Authentication caller) {
		return forums(model, caller, FormErrors.none(), Map.of());
	}

	private String forums(Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("forums", forums.forums());
		return ConsultationPageSupport.page(model, caller, errors, form, "consultation/forums");
	}

	@PostMapping("/forums")
	@PreAuthorize(Access.EDIT)
	String createForum(@PathVariable String council, ForumForm form, Model model, Authentication caller,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			var forum = forums.create(form.toRequest());
			redirect.addFlashAttribute("notice", forum.name() + " has been added");
			return "redirect:/councils/" + council + "/forums/" + forum.id();
		}, errors -> forums(model, caller, errors, form.fields()), "name");
	}

	@GetMapping("/forums/{id}")
	String forum(@PathVariable long id, Model model, Authentication caller) {
		return forum(id, model, caller, FormErrors.none(), Map.of());
	}

	private String forum(long id, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("forum", forums.forum(id));
		model.addAttribute("activities", forums.activities(id));
		model.addAttribute("history", history.of(Forum.class, id));
		return ConsultationPageSupport.page(model, caller, errors, form, "consultation/forum");
	}

	@PostMapping("/forums/{id}")
	@PreAuthorize(Access.EDIT)
	String updateForum(@PathVariable String council, @PathVariable long id, ForumForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			forums.update(id, form.toRequest());
			redirect.addFlashAttribute("notice", "The forum has been saved");
			return "redirect:/councils/" + council + "/forums/" + id;
		}, errors -> forum(id, model, caller, errors, form.fields()), "name");
	}

	@PostMapping("/forums/{id}/activities")
	@PreAuthorize(Access.EDIT)
	String recordActivity(@PathVariable String council, @PathVariable long id, ActivityForm form, Model model,
			Authentication caller, Principal author, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			forums.record(id, form.toRequest(), author.getName());
			redirect.addFlashAttribute("notice", "The activity has been recorded");
			return "redirect:/councils/" + council + "/forums/" + id;
		}, errors -> forum(id, model, caller, errors, form.fields()), "description");
	}
}
