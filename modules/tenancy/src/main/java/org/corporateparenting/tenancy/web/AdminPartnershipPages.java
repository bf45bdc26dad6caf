package org.corporateparenting.tenancy.web;

import java.security.Principal;
import java.util.List;

import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.Partnership.PartnershipKind;
import org.corporateparenting.tenancy.Partnership;
import org.corporateparenting.tenancy.onboarding.PartnershipAdministration;
import org.corporateparenting.tenancy.onboarding.PartnershipRequest;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform admins' pages for partnerships: the list with a form to add one, and each one's member councils. */
@PageController
@RequestMapping("/admin/partnerships")
class AdminPartnershipPages {

	private final Councils councils;

	private final PartnershipAdministration administration;

	AdminPartnershipPages(Councils councils, PartnershipAdministration administration) {
		this.councils = councils;
		this.administration = administration;
	}

	@GetMapping
	String list(Model model) {
		return list(model, new PartnershipForm(null, null, null), FormErrors.none());
	}

	@PostMapping
	String create(PartnershipForm form, Principal admin, Model model, RedirectAttributes redirect) {
		try {
			Partnership created = administration.create(form.toRequest(), admin.getName());
			redirect.addFlashAttribute("notice", created.name() + " has been created");
			return "redirect:/admin/partnerships/" + created.slug();
		}
		catch (InvalidInputException ex) {
			return list(model, form, FormErrors.of(ex));
		}
		catch (ConflictException ex) {
			return list(model, form, new FormErrors(List.of(new FieldProblem("slug", ex.getMessage()))));
		}
	}

	@GetMapping("/{slug}")
	String partnership(@PathVariable String slug, Model model) {
		Partnership partnership = councils.findPartnership(slug)
			.orElseThrow(() -> new NotFoundException("No partnership " + slug + " exists"));
		model.addAttribute("partnership", partnership);
		model.addAttribute("members", councils.all().stream().filter(c -> partnership.councils().contains(c.slug())).toList());
		model.addAttribute("others", councils.all().stream().filter(c -> !partnership.councils().contains(c.slug())).toList());
		return "admin/partnership";
	}

	@PostMapping("/{slug}/councils")
	String addCouncil(@PathVariable String slug, @RequestParam String council, Principal admin,
			RedirectAttributes redirect) {
		administration.addCouncil(slug, council, admin.getName());
		redirect.addFlashAttribute("notice", "The council has joined the partnership");
		return "redirect:/admin/partnerships/" + slug;
	}

	@PostMapping("/{slug}/councils/{council}/remove")
	String removeCouncil(@PathVariable String slug, @PathVariable String council, Principal admin,
			RedirectAttributes redirect) {
		administration.removeCouncil(slug, council, admin.getName());
		redirect.addFlashAttribute("notice", "The council has left the partnership");
		return "redirect:/admin/partnerships/" + slug;
	}

	private String list(Model model, PartnershipForm form, FormErrors errors) {
		model.addAttribute("partnerships", councils.partnerships());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", PartnershipKind.values());
		return "admin/partnerships";
	}

	record PartnershipForm(@Nullable String slug, @Nullable String name, @Nullable PartnershipKind kind) {

		PartnershipRequest toRequest() {
			return new PartnershipRequest(slug == null ? null : slug.strip(), name == null ? null : name.strip(), kind,
					List.of());
		}
	}
}
