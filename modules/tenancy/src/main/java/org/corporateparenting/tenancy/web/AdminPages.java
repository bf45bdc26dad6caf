package org.corporateparenting.tenancy.web;

import java.security.Principal;
import java.util.List;
import java.util.TreeSet;

import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.database.DatabaseShards;
import org.corporateparenting.tenancy.events.IncompletePublications;
import org.corporateparenting.tenancy.offboarding.CouncilOffboarding;
import org.corporateparenting.tenancy.offboarding.OffboardedCouncil;
import org.corporateparenting.tenancy.onboarding.CouncilHistory;
import org.corporateparenting.tenancy.onboarding.CouncilLifecycle;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.onboarding.EnglishRegions;
import org.corporateparenting.tenancy.onboarding.OnboardingRequest;
import org.corporateparenting.tenancy.registry.CouncilRegistry;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Platform admins' pages for councils: the list, onboarding form, each council's status and history, and
 * offboarding (after a confirmation page) with the export it leaves.
 */
@PageController
@RequestMapping("/admin/councils")
class AdminPages {

	private final Councils councils;

	private final CouncilOnboarding onboarding;

	private final CouncilLifecycle lifecycle;

	private final CouncilHistory history;

	private final CouncilOffboarding offboarding;

	private final CouncilRegistry registry;

	private final DatabaseShards shards;

	private final IncompletePublications publications;

	AdminPages(Councils councils, CouncilOnboarding onboarding, CouncilLifecycle lifecycle, CouncilHistory history,
			CouncilOffboarding offboarding, CouncilRegistry registry, DatabaseShards shards,
			IncompletePublications publications) {
		this.publications = publications;
		this.councils = councils;
		this.onboarding = onboarding;
		this.lifecycle = lifecycle;
		this.history = history;
		this.offboarding = offboarding;
		this.registry = registry;
		this.shards = shards;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("councils", councils.all());
		return "admin/councils";
	}

	@GetMapping("/new")
	String newCouncil(Model model) {
		return form(model, new OnboardingForm(null, null, null, null, List.of(), null, null), FormErrors.none());
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
		model.addAttribute("shard", registry.findRecord(slug).orElseThrow().shard());
		model.addAttribute("export", offboarding.exportOf(slug).map(export -> export.getFileName().toString()).orElse(null));
		model.addAttribute("history", history.of(slug));
		model.addAttribute("incompleteEvents", incompleteEvents(slug));
		return "admin/council";
	}

	/** Null when the council's server cannot be asked (it is down, or the council has no schema any more). */
	private @Nullable Long incompleteEvents(String slug) {
		try {
			return publications.countsByCouncil().get(slug);
		}
		catch (RuntimeException ex) {
			return null;
		}
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

	/** The confirmation step: offboarding cannot be undone from the platform. */
	@GetMapping("/{slug}/offboard")
	String confirmOffboarding(@PathVariable String slug, Model model) {
		model.addAttribute("council", find(slug));
		return "admin/offboard";
	}

	@PostMapping("/{slug}/offboard")
	String offboard(@PathVariable String slug, Principal admin, RedirectAttributes redirect) {
		Council council = find(slug);
		OffboardedCouncil offboarded = offboarding.offboard(slug, admin.getName());
		redirect.addFlashAttribute("notice", council.name() + " is offboarded. Its records are in "
				+ offboarded.exportFile() + " (%,d bytes, %,d rows)".formatted(offboarded.exportBytes(),
						offboarded.rows().values().stream().mapToLong(Long::longValue).sum()));
		return "redirect:/admin/councils/" + slug;
	}

	@GetMapping("/{slug}/export")
	ResponseEntity<Resource> export(@PathVariable String slug) {
		return ExportDownload.of(offboarding, slug);
	}

	private Council find(String slug) {
		return councils.find(slug).orElseThrow(() -> new NotFoundException("No council " + slug + " is on the platform"));
	}

	private String form(Model model, OnboardingForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("regions", EnglishRegions.ALL);
		model.addAttribute("partnerships", councils.partnerships());
		model.addAttribute("shards", new TreeSet<>(shards.names()));
		return "admin/onboard";
	}

	/**
	 * The onboarding form as posted; an empty issuer box means the council signs in with the platform, and no
	 * database server chosen means the one with the fewest councils.
	 */
	record OnboardingForm(@Nullable String slug, @Nullable String name, @Nullable String onsCode,
			@Nullable String region, @Nullable List<String> partnerships, @Nullable String trustedIssuer,
			@Nullable String shard) {

		OnboardingRequest toRequest() {
			return new OnboardingRequest(trim(slug), trim(name), trim(onsCode), region, partnerships,
					trustedIssuer == null || trustedIssuer.isBlank() ? List.of() : List.of(trustedIssuer.strip()),
					shard);
		}

		public boolean joins(String partnership) {
			return partnerships != null && partnerships.contains(partnership);
		}

		private static @Nullable String trim(@Nullable String value) {
			return value == null ? null : value.strip();
		}
	}
}
