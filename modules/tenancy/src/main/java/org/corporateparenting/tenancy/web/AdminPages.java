package org.corporateparenting.tenancy.web;

import java.security.Principal;
import java.util.List;

import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.onboarding.CouncilHistory;
import org.corporateparenting.tenancy.onboarding.CouncilLifecycle;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.onboarding.EnglishRegions;
import org.corporateparenting.tenancy.onboarding.OnboardingRequest;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform admins' pages for councils: the list, onboarding form, and each council's status and history. */
@Controller
@RequestMapping("/admin/councils")
class AdminPages {

	private final Councils councils;

	private final CouncilOnboarding onboarding;

	private final CouncilLifecycle lifecycle;

	private final CouncilHistory history;

	AdminPages(Councils councils, CouncilOnboarding onboarding, CouncilLifecycle lifecycle, CouncilHistory history) {
		this.councils = councils;
		this.onboarding = onboarding;
		this.lifecycle = lifecycle;
		this.history = history;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("councils", councils.all());
		return "admin/councils";
	}

	@GetMapping("/new")
	String newCouncil(Model model) {
		return form(model, new OnboardingForm(null, null, null, null, List.of(), null), FormErrors.none());
	}

	@PostMapping
	String onboard(OnboardingForm form, Principal admin, Model model, RedirectAttributes redirect) {
		try {
			Council council = onboarding.onboard(form.toRequest(), admin.getName());
			redirect.addFlashAttribute("notice", council.name() + " is on the platform");
			return "redirect:/admin/councils/" + council.slug();
		}
		catch (InvalidInputException ex) {
			return form(model, form, FormErrors.of(ex));
		}
		catch (ConflictException ex) {
			return form(model, form, new FormErrors(List.of(new FieldProblem(ex.field().orElse("slug"), ex.getMessage()))));
		}
	}

	@GetMapping("/{slug}")
	String council(@PathVariable String slug, Model model) {
		model.addAttribute("council", find(slug));
		model.addAttribute("history", history.of(slug));
		return "admin/council";
	}

	@PostMapping("/{slug}/suspend")
	String suspend(@PathVariable String slug, Principal admin, RedirectAttributes redirect) {
		Council council = lifecycle.suspend(slug, admin.getName());
		redirect.addFlashAttribute("notice", council.name() + " is suspended");
		return "redirect:/admin/councils/" + slug;
	}

	@PostMapping("/{slug}/reactivate")
	String reactivate(@PathVariable String slug, Principal admin, RedirectAttributes redirect) {
		Council council = lifecycle.reactivate(slug, admin.getName());
		redirect.addFlashAttribute("notice", council.name() + " is active again");
		return "redirect:/admin/councils/" + slug;
	}

	private Council find(String slug) {
		return councils.find(slug).orElseThrow(() -> new NotFoundException("No council " + slug + " is on the platform"));
	}

	private String form(Model model, OnboardingForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("regions", EnglishRegions.ALL);
		model.addAttribute("partnerships", councils.partnerships());
		return "admin/onboard";
	}

	/** The onboarding form as posted; an empty issuer box means the council signs in with the platform. */
	record OnboardingForm(@Nullable String slug, @Nullable String name, @Nullable String onsCode,
			@Nullable String region, @Nullable List<String> partnerships, @Nullable String trustedIssuer) {

		OnboardingRequest toRequest() {
			return new OnboardingRequest(trim(slug), trim(name), trim(onsCode), region, partnerships,
					trustedIssuer == null || trustedIssuer.isBlank() ? List.of() : List.of(trustedIssuer.strip()));
		}

		public boolean joins(String partnership) {
			return partnerships != null && partnerships.contains(partnership);
		}

		private static @Nullable String trim(@Nullable String value) {
			return value == null ? null : value.strip();
		}
	}
}
