package org.corporateparenting.localoffer.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.corporateparenting.alliance.PartnerOfferDirectory;
import org.corporateparenting.consultation.ConsultationRecords;
import org.corporateparenting.localoffer.Entitlement;
import org.corporateparenting.localoffer.OfferArea;
import org.corporateparenting.localoffer.application.Coverage;
import org.corporateparenting.localoffer.application.LocalOfferManagement;
import org.corporateparenting.localoffer.domain.LocalOffer;
import org.corporateparenting.localoffer.domain.OfferSection;
import org.corporateparenting.localoffer.web.LocalOfferForms.OfferForm;
import org.corporateparenting.localoffer.web.LocalOfferForms.SectionForm;
import org.corporateparenting.localoffer.web.LocalOfferForms.TransitionForm;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.Choice;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.FormValues;
import org.corporateparenting.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The local offer's pages for the council: its versions with their flags, one version with the checker, its sections
 * and what may be done with it (consult, publish, start the next version), a section's own page, and the history.
 */
@PageController
@RequestMapping("/councils/{council}")
class LocalOfferPages {

	private final LocalOfferManagement offers;

	private final ConsultationRecords consultations;

	private final RecordHistory history;

	private final LocalOfferExports exports;

	private final Clock clock;

	private final PartnerOfferDirectory partnerOffers;

	LocalOfferPages(LocalOfferManagement offers, ConsultationRecords consultations, RecordHistory history,
			LocalOfferExports exports, Clock clock, PartnerOfferDirectory partnerOffers) {
		this.partnerOffers = partnerOffers;
		this.offers = offers;
		this.consultations = consultations;
		this.history = history;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping("/local-offers")
	String list(Model model) {
		return list(model, FormErrors.none(), Map.of());
	}

	private String list(Model model, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("offers", offers.offers());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		return "localoffer/offers";
	}

	@PostMapping("/local-offers")
	@PreAuthorize(Access.EDIT)
	String create(@PathVariable String council, OfferForm form, Model model, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			LocalOffer offer = offers.create(form.toRequest());
			redirect.addFlashAttribute("notice", "The draft local offer has been started: add its sections");
			return "redirect:/councils/" + council + "/local-offers/" + offer.getId();
		}, errors -> list(model, errors, form.fields()), "title");
	}

	@GetMapping("/local-offers/{id}")
	String offer(@PathVariable long id, Model model) {
		return offer(id, model, FormErrors.none(), Map.of());
	}

	private String offer(long id, Model model, FormErrors errors, Map<String, ?> form) {
		LocalOffer offer = offers.offer(id);
		model.addAttribute("offer", offer);
		model.addAttribute("areas", LocalOfferExports.areas(offer));
		model.addAttribute("coverage", Coverage.of(offer));
		model.addAttribute("consultation", offer.getConsultationId() == null ? null
				: consultations.find(offer.getConsultationId()).orElse(null));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("history", history.of(LocalOffer.class, id));
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		if (offer.getStatus().editable()) {
			model.addAttribute("consultations", consultations.all()
				.stream()
				.map(consultation -> new Choice(String.valueOf(consultation.id()), consultation.topic()))
				.toList());
			model.addAttribute("partnerOfferChoices", partnerOfferChoices());
		}
		return "localoffer/offer";
	}

	@PostMapping("/local-offers/{id}")
	@PreAuthorize(Access.EDIT)
	String update(@PathVariable String council, @PathVariable long id, OfferForm form, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			offers.update(id, form.toRequest());
			redirect.addFlashAttribute("notice", "The local offer has been saved");
			return "redirect:/councils/" + council + "/local-offers/" + id;
		}, errors -> offer(id, model, errors, form.fields()), "title");
	}

	@GetMapping("/local-offers/{id}/sections/new")
	@PreAuthorize(Access.EDIT)
	String newSection(@PathVariable long id, Model model) {
		return newSection(id, model, FormErrors.none(), Map.of());
	}

	private String newSection(long id, Model model, FormErrors errors, Map<String, ?> form) {
		return sectionPage(offers.offer(id), null, model, errors, form);
	}

	@PostMapping("/local-offers/{id}/sections")
	@PreAuthorize(Access.EDIT)
	String addSection(@PathVariable String council, @PathVariable long id, SectionForm form, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			offers.addSection(id, form.toRequest());
			redirect.addFlashAttribute("notice", "The section has been added");
			return "redirect:/councils/" + council + "/local-offers/" + id;
		}, errors -> newSection(id, model, errors, form.fields()), "area");
	}

	@PostMapping("/local-offers/{id}/transitions")
	@PreAuthorize(Access.APPROVE)
	String transition(@PathVariable String council, @PathVariable long id, TransitionForm form, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			LocalOffer offer = offers.transition(id, form.toRequest());
			redirect.addFlashAttribute("notice", "The local offer is " + offer.getStatus().label().toLowerCase());
			return "redirect:/councils/" + council + "/local-offers/" + id;
		}, errors -> offer(id, model, errors, form.fields()), "to");
	}

	@PostMapping("/local-offers/{id}/next-version")
	@PreAuthorize(Access.EDIT)
	String nextVersion(@PathVariable String council, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			LocalOffer next = offers.nextVersion(id);
			redirect.addFlashAttribute("notice", "Version " + next.getEdition()
					+ " is a draft: change it with care leavers, consult on it, then publish it");
			return "redirect:/councils/" + council + "/local-offers/" + next.getId();
		}, errors -> offer(id, model, errors, Map.of()), "status");
	}

	@GetMapping(path = "/local-offers/{id}/print", produces = "text/html")
	@ResponseBody
	String printable(@PathVariable String council, @PathVariable long id) {
		return exports.printable(council, offers.offer(id));
	}

	@GetMapping("/local-offers/{id}/export.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String council, @PathVariable long id) {
		return exports.pdf(council, offers.offer(id));
	}

	@GetMapping("/offer-sections/{id}")
	String section(@PathVariable long id, Model model) {
		return section(id, model, FormErrors.none(), Map.of());
	}

	private String section(long id, Model model, FormErrors errors, Map<String, ?> form) {
		OfferSection section = offers.section(id);
		model.addAttribute("history", history.of(OfferSection.class, id));
		return sectionPage(offers.offer(section.getOffer().getId()), section, model, errors, form);
	}

	/** The partners' offers a section may be, as the alliance records them. */
	private List<Choice> partnerOfferChoices() {
		return partnerOffers.offers()
			.stream()
			.map(offer -> new Choice(String.valueOf(offer.id()), offer.title() + " (" + offer.organisationName() + ")"))
			.toList();
	}

	/** A section's page: its form (empty for a new section) and, for one that exists, its history. */
	private String sectionPage(LocalOffer offer, @Nullable OfferSection section, Model model, FormErrors errors,
			Map<String, ?> form) {
		model.addAttribute("section", section);
		model.addAttribute("offer", offer);
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("areaChoices", Choice.of(OfferArea.class));
		model.addAttribute("entitlementChoices", Choice.of(Entitlement.class));
		model.addAttribute("partnerOfferChoices", partnerOfferChoices());
		model.addAttribute("partnerOffer", section == null || section.getPartnerOfferId() == null ? null
				: partnerOffers.offer(section.getPartnerOfferId()).orElse(null));
		return "localoffer/section";
	}

	@PostMapping("/offer-sections/{id}")
	@PreAuthorize(Access.EDIT)
	String rewrite(@PathVariable String council, @PathVariable long id, SectionForm form, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			long offerId = offers.rewrite(id, form.toRequest()).getOffer().getId();
			redirect.addFlashAttribute("notice", "The section has been saved");
			return "redirect:/councils/" + council + "/local-offers/" + offerId;
		}, errors -> section(id, model, errors, form.fields()), "title");
	}

	@PostMapping("/offer-sections/{id}/removal")
	@PreAuthorize(Access.EDIT)
	String remove(@PathVariable String council, @PathVariable long id, @RequestParam(required = false) String version,
			Model model, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			long offerId = offers.section(id).getOffer().getId();
			offers.remove(id, FormValues.version(version));
			redirect.addFlashAttribute("notice", "The section has been removed");
			return "redirect:/councils/" + council + "/local-offers/" + offerId;
		}, errors -> section(id, model, errors, Map.of()), "title");
	}
}
