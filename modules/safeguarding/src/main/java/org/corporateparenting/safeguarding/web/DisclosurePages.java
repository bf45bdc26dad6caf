package org.corporateparenting.safeguarding.web;

import java.util.Map;

import org.corporateparenting.safeguarding.Outcome;
import org.corporateparenting.safeguarding.application.DisclosureReviews;
import org.corporateparenting.safeguarding.application.SafeguardingSettingsManagement;
import org.corporateparenting.safeguarding.application.SafeguardingViews.DisclosureView;
import org.corporateparenting.safeguarding.web.SafeguardingForms.OutcomeForm;
import org.corporateparenting.web.Choice;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.PageController;
import org.corporateparenting.web.PageResponse;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review queue's pages, for the council's safeguarding lead (its admins while none is named). */
@PageController
@RequestMapping("/councils/{council}/safeguarding/disclosures")
class DisclosurePages {

	private final DisclosureReviews reviews;

	private final SafeguardingSettingsManagement settings;

	DisclosurePages(DisclosureReviews reviews, SafeguardingSettingsManagement settings) {
		this.reviews = reviews;
		this.settings = settings;
	}

	@GetMapping
	String queue(Authentication caller, @RequestParam(defaultValue = "true") boolean open,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("queue", reviews.queue(caller, open, page, PageResponse.DEFAULT_SIZE));
		model.addAttribute("open", open);
		model.addAttribute("leadNamed", settings.saved().map(row -> row.getLeadEmail() != null).orElse(false));
		return "safeguarding/disclosures";
	}

	@GetMapping("/{id}")
	String disclosure(Authentication caller, @PathVariable long id, Model model) {
		DisclosureView disclosure = reviews.read(caller, id);
		return show(caller, model, disclosure, FormErrors.none(), Map.of("version", disclosure.version()));
	}

	@PostMapping("/{id}")
	String record(Authentication caller, @PathVariable String council, @PathVariable long id, OutcomeForm form,
			Model model, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			reviews.record(caller, id, form.toRequest());
			redirect.addFlashAttribute("notice", "The outcome has been recorded");
			return "redirect:/councils/" + council + "/safeguarding/disclosures/" + id;
		}, errors -> show(caller, model, reviews.read(caller, id), errors, form.fields()), "outcome");
	}

	private String show(Authentication caller, Model model, DisclosureView disclosure, FormErrors errors,
			Map<String, ?> form) {
		model.addAttribute("disclosure", disclosure);
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("outcomes", Choice.of(Outcome.class));
		model.addAttribute("history", reviews.history(caller, disclosure.id()));
		return "safeguarding/disclosure";
	}
}
