package org.corporateparenting.alliance.web;

import java.util.Map;

import org.corporateparenting.alliance.application.AllianceViews.SeatView;
import org.corporateparenting.alliance.application.SeatManagement;
import org.corporateparenting.alliance.domain.Seat;
import org.corporateparenting.alliance.web.AllianceForms.SeatForm;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A seat on a body: who holds it (by role), its candidates and deputies; seats are added on the body's page. */
@PageController
@RequestMapping("/councils/{council}/alliance/seats/{id}")
class SeatPages {

	private final SeatManagement seats;

	private final AllianceChoices choices;

	private final RecordHistory history;

	SeatPages(SeatManagement seats, AllianceChoices choices, RecordHistory history) {
		this.seats = seats;
		this.choices = choices;
		this.history = history;
	}

	@GetMapping
	String seat(@PathVariable long id, Model model) {
		return seat(id, model, FormErrors.none(), Map.of());
	}

	@PostMapping
	@PreAuthorize(Access.EDIT)
	String update(@PathVariable String council, @PathVariable long id, SeatForm form, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			SeatView seat = seats.updateSeat(id, form.toRequest());
			redirect.addFlashAttribute("notice", "The seat " + seat.position() + " has been saved");
			return "redirect:/councils/" + council + "/alliance/bodies/" + seat.bodyId() + "#seats";
		}, errors -> seat(id, model, errors, form.fields()), "holderStatus");
	}

	private String seat(long id, Model model, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("seat", seats.seat(id));
		model.addAttribute("history", history.of(Seat.class, id));
		model.addAttribute("organisationChoices", choices.organisations());
		return AllianceChoices.show(model, errors, form, "alliance/seat");
	}
}
