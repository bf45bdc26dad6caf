package org.corporateparenting.alliance.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.corporateparenting.alliance.PartnerOfferDirectory;
import org.corporateparenting.alliance.application.ActionManagement;
import org.corporateparenting.alliance.application.AllianceViews.BodyView;
import org.corporateparenting.alliance.application.AllianceViews.MeetingView;
import org.corporateparenting.alliance.application.AllianceViews.SeatView;
import org.corporateparenting.alliance.application.Caller;
import org.corporateparenting.alliance.application.GovernanceManagement;
import org.corporateparenting.alliance.application.GovernanceManagement.BodyInTree;
import org.corporateparenting.alliance.application.MeetingManagement;
import org.corporateparenting.alliance.application.PartnerPledgeManagement;
import org.corporateparenting.alliance.application.SeatManagement;
import org.corporateparenting.alliance.application.TermsOfReferenceManagement;
import org.corporateparenting.alliance.domain.GovernanceBody;
import org.corporateparenting.alliance.web.AllianceForms.BodyForm;
import org.corporateparenting.alliance.web.AllianceForms.MeetingForm;
import org.corporateparenting.alliance.web.AllianceForms.PartnerPledgeForm;
import org.corporateparenting.alliance.web.AllianceForms.SeatForm;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.Choice;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.PageController;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The alliance at a glance (the governance tree with its cadence, reviews due, partners' pledges and overdue
 * actions) and each governance body's page, with the forms on them: a new body or partner's pledge; a body's
 * details, a new seat, a meeting scheduled.
 */
@PageController
@RequestMapping("/councils/{council}/alliance")
class GovernancePages {

	static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private final GovernanceManagement governance;

	private final TermsOfReferenceManagement terms;

	private final SeatManagement seats;

	private final MeetingManagement meetings;

	private final ActionManagement actions;

	private final PartnerPledgeManagement pledges;

	private final AllianceChoices choices;

	private final PartnerOfferDirectory offers;

	private final RecordHistory history;

	private final AllianceExports exports;

	GovernancePages(GovernanceManagement governance, TermsOfReferenceManagement terms, SeatManagement seats,
			MeetingManagement meetings, ActionManagement actions, PartnerPledgeManagement pledges,
			AllianceChoices choices, RecordHistory history, AllianceExports exports, PartnerOfferDirectory offers) {
		this.offers = offers;
		this.governance = governance;
		this.terms = terms;
		this.seats = seats;
		this.meetings = meetings;
		this.actions = actions;
		this.pledges = pledges;
		this.choices = choices;
		this.history = history;
		this.exports = exports;
	}

	@GetMapping
	String overview(Model model, Authentication caller) {
		return overview(model, caller, FormErrors.none(), Map.of());
	}

	@PostMapping("/bodies")
	@PreAuthorize(Access.EDIT)
	String createBody(@PathVariable String council, BodyForm form, Model model, Authentication caller,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			BodyView body = governance.create(form.toRequest());
			redirect.addFlashAttribute("notice", body.name() + " has been added");
			return "redirect:/councils/" + council + "/alliance/bodies/" + body.id();
		}, errors -> overview(model, caller, errors, form.fields()), "name");
	}

	@PostMapping("/partner-pledges")
	@PreAuthorize(Access.EDIT)
	String commit(@PathVariable String council, PartnerPledgeForm form, Model model, Authentication caller,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			var pledge = pledges.commit(form.toRequest());
			redirect.addFlashAttribute("notice", pledge.organisationName() + "'s pledge has been recorded");
			return "redirect:/councils/" + council + "/alliance/partner-pledges/" + pledge.id();
		}, errors -> overview(model, caller, errors, form.fields()), "text");
	}

	private String overview(Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		Caller who = Caller.of(caller);
		List<BodyInTree> tree = governance.tree();
		model.addAttribute("tree", tree);
		model.addAttribute("cadence", governance.cadence());
		model.addAttribute("reviewsDue", terms.reviewsDue());
		model.addAttribute("partnerPledges", pledges.pledges(who));
		model.addAttribute("offersByArea", offers.byArea());
		model.addAttribute("overdueActions", actions.actions(who, null, true));
		model.addAttribute("organisationChoices", choices.organisations());
		model.addAttribute("bodyChoices",
				tree.stream().map(entry -> new Choice("" + entry.body().id(), entry.body().name())).toList());
		return AllianceChoices.show(model, errors, form, "alliance/overview");
	}

	@GetMapping("/bodies/{id}")
	String body(@PathVariable long id, Model model, Authentication caller) {
		return body(id, model, caller, FormErrors.none(), Map.of());
	}

	@PostMapping("/bodies/{id}")
	@PreAuthorize(Access.EDIT)
	String updateBody(@PathVariable String council, @PathVariable long id, BodyForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			governance.update(id, form.toRequest());
			redirect.addFlashAttribute("notice", "The body's details have been saved");
			return "redirect:/councils/" + council + "/alliance/bodies/" + id;
		}, errors -> body(id, model, caller, errors, form.fields()), "name");
	}

	@PostMapping("/bodies/{id}/seats")
	@PreAuthorize(Access.EDIT)
	String addSeat(@PathVariable String council, @PathVariable long id, SeatForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			SeatView seat = seats.addSeat(id, form.toRequest());
			redirect.addFlashAttribute("notice", "The seat " + seat.position() + " has been added");
			return "redirect:/councils/" + council + "/alliance/bodies/" + id + "#seats";
		}, errors -> body(id, model, caller, errors, form.fields()), "position");
	}

	@PostMapping("/bodies/{id}/meetings")
	@PreAuthorize(Access.EDIT)
	String schedule(@PathVariable String council, @PathVariable long id, MeetingForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			MeetingView meeting = meetings.schedule(id, form.toRequest());
			redirect.addFlashAttribute("notice", "The meeting on " + LONG_DATE.format(meeting.date()) + " has been added");
			return "redirect:/councils/" + council + "/alliance/meetings/" + meeting.id();
		}, errors -> body(id, model, caller, errors, form.fields()), "date");
	}

	@GetMapping("/bodies/{id}/membership.csv")
	ResponseEntity<byte[]> membership(@PathVariable String council, @PathVariable long id) {
		return exports.membershipCsv(council, id);
	}

	private String body(long id, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		BodyView body = governance.body(id);
		List<BodyInTree> tree = governance.tree();
		model.addAttribute("body", body);
		model.addAttribute("terms", terms.inForce(id).orElse(null));
		model.addAttribute("seats", seats.seats(id));
		model.addAttribute("cadence", governance.cadence(id));
		model.addAttribute("meetings", meetings.meetings(id));
		model.addAttribute("actions", actions.ofBody(Caller.of(caller), id));
		model.addAttribute("reportingToIt",
				tree.stream().map(BodyInTree::body).filter(other -> Long.valueOf(id).equals(other.reportsToId())).toList());
		model.addAttribute("history", history.of(GovernanceBody.class, id));
		model.addAttribute("organisationChoices", choices.organisations());
		model.addAttribute("bodyChoices", AllianceChoices.bodiesItMayReportTo(id, tree));
		model.addAttribute("priorityChoices", choices.priorities());
		return AllianceChoices.show(model, errors, form, "alliance/body");
	}
}
