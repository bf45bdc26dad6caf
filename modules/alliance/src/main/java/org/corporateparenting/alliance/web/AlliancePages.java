package org.corporateparenting.alliance.web;

import static org.corporateparenting.web.FormValues.date;
import static org.corporateparenting.web.FormValues.id;
import static org.corporateparenting.web.FormValues.integer;
import static org.corporateparenting.web.FormValues.lines;
import static org.corporateparenting.web.FormValues.value;
import static org.corporateparenting.web.FormValues.version;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import java.util.ArrayList;

import java.util.List;
import java.util.Map;


import org.corporateparenting.alliance.ActionStatus;
import org.corporateparenting.alliance.AttendanceStatus;
import org.corporateparenting.alliance.BodyStatus;
import org.corporateparenting.alliance.BodyType;
import org.corporateparenting.alliance.DecisionType;
import org.corporateparenting.alliance.HolderStatus;
import org.corporateparenting.alliance.Rag;
import org.corporateparenting.alliance.SeatRole;
import org.corporateparenting.alliance.Sector;
import org.corporateparenting.alliance.application.ActionManagement;
import org.corporateparenting.alliance.application.AllianceRequests;
import org.corporateparenting.alliance.application.AllianceViews.ActionView;
import org.corporateparenting.alliance.application.AllianceViews.BodyView;
import org.corporateparenting.alliance.application.AllianceViews.MeetingView;
import org.corporateparenting.alliance.application.AllianceViews.SeatView;
import org.corporateparenting.alliance.application.AllianceViews.TermsOfReferenceView;
import org.corporateparenting.alliance.application.Caller;
import org.corporateparenting.alliance.application.GovernanceManagement;
import org.corporateparenting.alliance.application.MeetingManagement;
import org.corporateparenting.alliance.application.PartnerManagement;
import org.corporateparenting.alliance.domain.AllocatedAction;
import org.corporateparenting.alliance.domain.GovernanceBody;
import org.corporateparenting.alliance.domain.Meeting;
import org.corporateparenting.alliance.domain.PartnerOrganisation;
import org.corporateparenting.alliance.domain.PartnerPledge;
import org.corporateparenting.alliance.domain.Seat;
import org.corporateparenting.alliance.domain.TermsOfReference;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.Choice;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.InvalidInputException;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The alliance's pages: the governance tree with its cadence and partners' pledges; each body with its terms of
 * reference, seats and meetings; each meeting with attendance, decisions, actions and its pack; allocated actions
 * (a partner sees their own organisation's); partner organisations and their pledges.
 */
@Controller
@RequestMapping("/councils/{council}/alliance")
class AlliancePages {

	private final GovernanceManagement governance;

	private final MeetingManagement meetings;

	private final ActionManagement actions;

	private final PartnerManagement partners;

	private final RecordHistory history;

	private final AllianceExports exports;

	private final Clock clock;

	AlliancePages(GovernanceManagement governance, MeetingManagement meetings, ActionManagement actions,
			PartnerManagement partners, RecordHistory history, AllianceExports exports, Clock clock) {
		this.clock = clock;
		this.governance = governance;
		this.meetings = meetings;
		this.actions = actions;
		this.partners = partners;
		this.history = history;
		this.exports = exports;
	}

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

	// The alliance at a glance

	@GetMapping
	String overview(Model model, Authentication caller) {
		return overview(model, caller, FormErrors.none(), Map.of());
	}

	private String overview(Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		Caller who = Caller.of(caller);
		List<GovernanceManagement.BodyInTree> tree = governance.tree();
		model.addAttribute("tree", tree);
		model.addAttribute("cadence", governance.cadence());
		model.addAttribute("reviewsDue", governance.reviewsDue());
		model.addAttribute("partnerPledges", partners.pledges(who));
		model.addAttribute("overdueActions", actions.actions(who, null, true));
		model.addAttribute("organisationChoices", organisationChoices());
		model.addAttribute("bodyChoices", tree.stream()
			.map(entry -> new Choice("" + entry.body().id(), entry.body().name()))
			.toList());
		addChoices(model);
		return page(model, caller, errors, form, "alliance/overview");
	}

	@PostMapping("/bodies")
	@PreAuthorize(Access.EDIT)
	String createBody(@PathVariable String council, @RequestParam Map<String, String> form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			BodyView body = governance.create(bodyRequest(form, null));
			redirect.addFlashAttribute("notice", body.name() + " has been added");
			return "redirect:/councils/" + council + "/alliance/bodies/" + body.id();
		}, errors -> overview(model, caller, errors, form), "name");
	}

	@PostMapping("/partner-pledges")
	@PreAuthorize(Access.EDIT)
	String commit(@PathVariable String council, @RequestParam Map<String, String> form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			var pledge = partners.commit(new AllianceRequests.PartnerPledgeRequest(id(form, "organisationId"),
					form.get("theme"), form.get("text"), date(form, "committedOn"), value(Rag.class, form, "rag"), null));
			redirect.addFlashAttribute("notice", pledge.organisationName() + "'s pledge has been recorded");
			return "redirect:/councils/" + council + "/alliance/partner-pledges/" + pledge.id();
		}, errors -> overview(model, caller, errors, form), "text");
	}

	// Bodies

	@GetMapping("/bodies/{id}")
	String body(@PathVariable long id, Model model, Authentication caller) {
		return body(id, model, caller, FormErrors.none(), Map.of());
	}

	private String body(long id, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		BodyView body = governance.body(id);
		model.addAttribute("body", body);
		model.addAttribute("terms", governance.inForce(id).orElse(null));
		model.addAttribute("seats", governance.seats(id));
		model.addAttribute("cadence", governance.cadence(id));
		model.addAttribute("meetings", meetings.meetings(id));
		model.addAttribute("actions", actions.ofBody(Caller.of(caller), id));
		List<GovernanceManagement.BodyInTree> tree = governance.tree();
		model.addAttribute("reportingToIt", tree
			.stream()
			.map(GovernanceManagement.BodyInTree::body)
			.filter(other -> Long.valueOf(id).equals(other.reportsToId()))
			.toList());
		model.addAttribute("history", history.of(GovernanceBody.class, id));
		model.addAttribute("organisationChoices", organisationChoices());
		model.addAttribute("bodyChoices", bodiesItMayReportTo(id, tree));
		model.addAttribute("priorityChoices", priorityChoices());
		addChoices(model);
		return page(model, caller, errors, form, "alliance/body");
	}

	@PostMapping("/bodies/{id}")
	@PreAuthorize(Access.EDIT)
	String updateBody(@PathVariable String council, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			governance.update(id, bodyRequest(form, version(form)));
			redirect.addFlashAttribute("notice", "The body's details have been saved");
			return "redirect:/councils/" + council + "/alliance/bodies/" + id;
		}, errors -> body(id, model, caller, errors, form), "name");
	}

	@PostMapping("/bodies/{id}/seats")
	@PreAuthorize(Access.EDIT)
	String addSeat(@PathVariable String council, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			SeatView seat = governance.addSeat(id, seatRequest(form, null));
			redirect.addFlashAttribute("notice", "The seat " + seat.position() + " has been added");
			return "redirect:/councils/" + council + "/alliance/bodies/" + id + "#seats";
		}, errors -> body(id, model, caller, errors, form), "position");
	}

	@PostMapping("/bodies/{id}/meetings")
	@PreAuthorize(Access.EDIT)
	String schedule(@PathVariable String council, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			MeetingView meeting = meetings.schedule(id, meetingRequest(form, null));
			redirect.addFlashAttribute("notice", "The meeting on " + LONG_DATE.format(meeting.date()) + " has been added");
			return "redirect:/councils/" + council + "/alliance/meetings/" + meeting.id();
		}, errors -> body(id, model, caller, errors, form), "date");
	}

	@GetMapping("/bodies/{id}/membership.csv")
	ResponseEntity<byte[]> membership(@PathVariable String council, @PathVariable long id) {
		return exports.membershipCsv(council, id);
	}

	// Terms of reference

	@GetMapping("/bodies/{id}/terms-of-reference")
	String terms(@PathVariable long id, Model model, Authentication caller) {
		return terms(id, model, caller, FormErrors.none(), Map.of());
	}

	private String terms(long id, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("body", governance.body(id));
		List<TermsOfReferenceView> editions = governance.editions(id);
		model.addAttribute("editions", editions);
		model.addAttribute("draft", editions.stream()
			.filter(edition -> edition.status() == org.corporateparenting.alliance.TermsOfReferenceStatus.DRAFT)
			.findFirst()
			.orElse(null));
		model.addAttribute("inForce", editions.stream()
			.filter(edition -> edition.status() == org.corporateparenting.alliance.TermsOfReferenceStatus.IN_FORCE)
			.findFirst()
			.orElse(null));
		model.addAttribute("history", editions.isEmpty() ? List.of()
				: history.of(TermsOfReference.class, editions.getFirst().id()));
		return page(model, caller, errors, form, "alliance/terms");
	}

	@PostMapping("/bodies/{id}/terms-of-reference")
	@PreAuthorize(Access.EDIT)
	String draftTerms(@PathVariable String council, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			var draft = governance.draft(id, termsRequest(form, null));
			redirect.addFlashAttribute("notice", "Edition " + draft.edition() + " has been started as a draft");
			return "redirect:/councils/" + council + "/alliance/bodies/" + id + "/terms-of-reference";
		}, errors -> terms(id, model, caller, errors, form), "purpose");
	}

	@PostMapping("/terms-of-reference/{termsId}")
	@PreAuthorize(Access.EDIT)
	String reviseTerms(@PathVariable String council, @PathVariable long termsId,
			@RequestParam Map<String, String> form, Model model, Authentication caller, RedirectAttributes redirect) {
		long bodyId = governance.termsOfReference(termsId).bodyId();
		return Forms.submit(() -> {
			governance.revise(termsId, termsRequest(form, version(form)));
			redirect.addFlashAttribute("notice", "The draft has been saved");
			return "redirect:/councils/" + council + "/alliance/bodies/" + bodyId + "/terms-of-reference";
		}, errors -> terms(bodyId, model, caller, errors, form), "purpose");
	}

	@PostMapping("/terms-of-reference/{termsId}/approval")
	@PreAuthorize(Access.APPROVE)
	String approveTerms(@PathVariable String council, @PathVariable long termsId,
			@RequestParam Map<String, String> form, Model model, Authentication caller, RedirectAttributes redirect) {
		long bodyId = governance.termsOfReference(termsId).bodyId();
		return Forms.submit(() -> {
			var approved = governance.approve(termsId,
					new AllianceRequests.ApprovalRequest(date(form, "approvedOn"), date(form, "reviewDate"),
							version(form)));
			redirect.addFlashAttribute("notice", "Edition " + approved.edition() + " is in force; it is reviewed by "
					+ LONG_DATE.format(approved.reviewDate()));
			return "redirect:/councils/" + council + "/alliance/bodies/" + bodyId + "/terms-of-reference";
		}, errors -> terms(bodyId, model, caller, errors, form), "approvedOn");
	}

	// Seats

	@GetMapping("/seats/{id}")
	String seat(@PathVariable long id, Model model, Authentication caller) {
		return seat(id, model, caller, FormErrors.none(), Map.of());
	}

	private String seat(long id, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("seat", governance.seat(id));
		model.addAttribute("history", history.of(Seat.class, id));
		model.addAttribute("organisationChoices", organisationChoices());
		addChoices(model);
		return page(model, caller, errors, form, "alliance/seat");
	}

	@PostMapping("/seats/{id}")
	@PreAuthorize(Access.EDIT)
	String updateSeat(@PathVariable String council, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			SeatView seat = governance.updateSeat(id, seatRequest(form, version(form)));
			redirect.addFlashAttribute("notice", "The seat " + seat.position() + " has been saved");
			return "redirect:/councils/" + council + "/alliance/bodies/" + seat.bodyId() + "#seats";
		}, errors -> seat(id, model, caller, errors, form), "holderStatus");
	}

	// Meetings

	@GetMapping("/meetings/{id}")
	String meeting(@PathVariable long id, Model model, Authentication caller) {
		return meeting(id, model, caller, FormErrors.none(), Map.of());
	}

	private String meeting(long id, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		MeetingView meeting = meetings.meeting(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("seats", governance.seats(meeting.bodyId()));
		model.addAttribute("decisions", meetings.decisions(id));
		model.addAttribute("actions", actions.ofMeeting(Caller.of(caller), id));
		model.addAttribute("held", !meeting.date().isAfter(LocalDate.now(clock)));
		model.addAttribute("history", history.of(Meeting.class, id));
		model.addAttribute("organisationChoices", organisationChoices());
		model.addAttribute("seatChoices", seatChoices(meeting.bodyId()));
		model.addAttribute("priorityChoices", priorityChoices());
		addChoices(model);
		return page(model, caller, errors, form, "alliance/meeting");
	}

	@PostMapping("/meetings/{id}")
	@PreAuthorize(Access.EDIT)
	String replan(@PathVariable String council, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			meetings.replan(id, meetingRequest(form, version(form)));
			redirect.addFlashAttribute("notice", "The meeting's date, theme and agenda have been saved");
			return "redirect:/councils/" + council + "/alliance/meetings/" + id;
		}, errors -> meeting(id, model, caller, errors, form), "date");
	}

	@PostMapping("/meetings/{id}/record")
	@PreAuthorize(Access.EDIT)
	String hold(@PathVariable String council, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
			Model model, Authentication caller, RedirectAttributes redirect) {
		Map<String, String> form = params.toSingleValueMap();
		return Forms.submit(() -> {
			List<AllianceRequests.AttendanceRequest> attendance = new ArrayList<>();
			for (SeatView seat : governance.seats(meetings.meeting(id).bodyId())) {
				String status = form.get("status-" + seat.id());
				if (status != null && !status.isBlank()) {
					attendance.add(new AllianceRequests.AttendanceRequest(seat.id(),
							value(AttendanceStatus.class, form, "status-" + seat.id()), form.get("deputy-" + seat.id())));
				}
			}
			meetings.hold(id, new AllianceRequests.HeldRequest(attendance, integer(form, "youngPeoplePresent"),
					form.get("minutes"), version(form)));
			redirect.addFlashAttribute("notice", "The meeting has been recorded as held");
			return "redirect:/councils/" + council + "/alliance/meetings/" + id;
		}, errors -> meeting(id, model, caller, errors, form), "youngPeoplePresent");
	}

	@PostMapping("/meetings/{id}/decisions")
	@PreAuthorize(Access.EDIT)
	String decide(@PathVariable String council, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			var decision = meetings.decide(id, new AllianceRequests.DecisionRequest(
					value(DecisionType.class, form, "type"), form.get("wording")));
			redirect.addFlashAttribute("notice", "Decision " + decision.number() + " has been recorded");
			return "redirect:/councils/" + council + "/alliance/meetings/" + id + "#decisions";
		}, errors -> meeting(id, model, caller, errors, form), "wording");
	}

	@PostMapping("/meetings/{id}/actions")
	@PreAuthorize(Access.EDIT)
	String allocate(@PathVariable String council, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			ActionView action = meetings.allocate(id, new AllianceRequests.ActionRequest(form.get("title"),
					id(form, "seatId"), id(form, "organisationId"), date(form, "dueDate"), null));
			redirect.addFlashAttribute("notice", "The action has been allocated to " + action.holder() + ", due "
					+ LONG_DATE.format(action.dueDate()));
			return "redirect:/councils/" + council + "/alliance/meetings/" + id + "#actions";
		}, errors -> meeting(id, model, caller, errors, form), "title");
	}

	@GetMapping(path = "/meetings/{id}/pack", produces = "text/html")
	@ResponseBody
	String pack(@PathVariable String council, @PathVariable long id, Authentication caller) {
		return exports.printablePack(council, id, Caller.of(caller));
	}

	@GetMapping("/meetings/{id}/pack.pdf")
	ResponseEntity<byte[]> packPdf(@PathVariable String council, @PathVariable long id, Authentication caller) {
		return exports.packPdf(council, id, Caller.of(caller));
	}

	// Allocated actions

	@GetMapping("/actions")
	String actions(@RequestParam(required = false) Long organisationId,
			@RequestParam(defaultValue = "false") boolean overdue, Model model, Authentication caller) {
		Caller who = Caller.of(caller);
		model.addAttribute("actions", actions.actions(who, organisationId, overdue));
		model.addAttribute("overdueOnly", overdue);
		model.addAttribute("organisationId", organisationId);
		model.addAttribute("organisationChoices", organisationChoices());
		model.addAttribute("ownOrganisation", who.partnerOnly() && who.organisationKey() != null
				? partners.organisation(who.organisationKey()).orElse(null) : null);
		return page(model, caller, FormErrors.none(), Map.of(), "alliance/actions");
	}

	@GetMapping("/actions/{id}")
	String action(@PathVariable long id, Model model, Authentication caller) {
		return action(id, model, caller, FormErrors.none(), Map.of());
	}

	private String action(long id, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		Caller who = Caller.of(caller);
		ActionView action = actions.action(who, id);
		model.addAttribute("action", action);
		model.addAttribute("updates", actions.updates(who, id));
		model.addAttribute("history", history.of(AllocatedAction.class, id));
		if (!who.partnerOnly()) {
			model.addAttribute("seatChoices", seatChoices(action.bodyId()));
			model.addAttribute("organisationChoices", organisationChoices());
		}
		addChoices(model);
		return page(model, caller, errors, form, "alliance/action");
	}

	@PostMapping("/actions/{id}")
	@PreAuthorize(Access.EDIT)
	String reallocate(@PathVariable String council, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			ActionView action = actions.reallocate(id, new AllianceRequests.ActionRequest(form.get("title"),
					id(form, "seatId"), id(form, "organisationId"), date(form, "dueDate"), version(form)));
			redirect.addFlashAttribute("notice", "The action is allocated to " + action.holder() + ", due "
					+ LONG_DATE.format(action.dueDate()));
			return "redirect:/councils/" + council + "/alliance/actions/" + id;
		}, errors -> action(id, model, caller, errors, form), "title");
	}

	@PostMapping("/actions/{id}/updates")
	@PreAuthorize(Access.REPORT_PROGRESS)
	String progress(@PathVariable String council, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			actions.progress(Caller.of(caller), id, new AllianceRequests.ActionUpdateRequest(date(form, "date"),
					form.get("text"), value(ActionStatus.class, form, "status")));
			redirect.addFlashAttribute("notice", "Your update has been recorded");
			return "redirect:/councils/" + council + "/alliance/actions/" + id;
		}, errors -> action(id, model, caller, errors, form), "text");
	}

	// Partner organisations

	@GetMapping("/organisations")
	String organisations(Model model, Authentication caller) {
		return organisations(model, caller, FormErrors.none(), Map.of());
	}

	private String organisations(Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("organisations", partners.organisations());
		addChoices(model);
		return page(model, caller, errors, form, "alliance/organisations");
	}

	@PostMapping("/organisations")
	@PreAuthorize(Access.EDIT)
	String createOrganisation(@PathVariable String council, @RequestParam Map<String, String> form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			var organisation = partners.create(new AllianceRequests.OrganisationRequest(form.get("key"),
					form.get("name"), value(Sector.class, form, "sector"), contacts(form.get("contacts")), null));
			redirect.addFlashAttribute("notice", organisation.name() + " has been added");
			return "redirect:/councils/" + council + "/alliance/organisations/" + organisation.id();
		}, errors -> organisations(model, caller, errors, form), "key");
	}

	@GetMapping("/organisations/{id}")
	String organisation(@PathVariable long id, Model model, Authentication caller) {
		return organisation(id, model, caller, FormErrors.none(), Map.of());
	}

	@PostMapping("/organisations/{id}")
	@PreAuthorize(Access.EDIT)
	String updateOrganisation(@PathVariable String council, @PathVariable long id,
			@RequestParam Map<String, String> form, Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			var organisation = partners.update(id, new AllianceRequests.OrganisationRequest(
					partners.organisation(id).key(), form.get("name"), value(Sector.class, form, "sector"),
					contacts(form.get("contacts")), version(form)));
			redirect.addFlashAttribute("notice", organisation.name() + " has been saved");
			return "redirect:/councils/" + council + "/alliance/organisations/" + id;
		}, errors -> organisation(id, model, caller, errors, form), "name");
	}

	private String organisation(long id, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		Caller who = Caller.of(caller);
		var organisation = partners.organisation(id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("contactLines", String.join("\n", organisation.contacts()
			.stream()
			.map(contact -> contact.role() + (contact.email() == null && contact.telephone() == null ? ""
					: "; " + (contact.email() == null ? "" : contact.email())
							+ (contact.telephone() == null ? "" : "; " + contact.telephone())))
			.toList()));
		model.addAttribute("seats", partners.seatsOf(id));
		model.addAttribute("actions", actions.actions(who, id, false));
		model.addAttribute("partnerPledges",
				partners.pledges(who).stream().filter(pledge -> pledge.organisationId() == id).toList());
		model.addAttribute("history", history.of(PartnerOrganisation.class, id));
		addChoices(model);
		return page(model, caller, errors, form, "alliance/organisation");
	}

	// Partner pledges

	@GetMapping("/partner-pledges/{id}")
	String partnerPledge(@PathVariable long id, Model model, Authentication caller) {
		return partnerPledge(id, model, caller, FormErrors.none(), Map.of());
	}

	private String partnerPledge(long id, Model model, Authentication caller, FormErrors errors,
			Map<String, ?> form) {
		Caller who = Caller.of(caller);
		model.addAttribute("pledge", partners.pledge(who, id));
		model.addAttribute("updates", partners.updates(who, id));
		model.addAttribute("history", history.of(PartnerPledge.class, id));
		addChoices(model);
		return page(model, caller, errors, form, "alliance/partner-pledge");
	}

	/** Rewords a partner's pledge; the form's {@code wording} is the pledge's {@code text}, apart from updates' text. */
	@PostMapping("/partner-pledges/{id}")
	@PreAuthorize(Access.EDIT)
	String revisePledge(@PathVariable String council, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			var current = partners.pledge(Caller.of(caller), id);
			try {
				partners.revise(id, new AllianceRequests.PartnerPledgeRequest(current.organisationId(),
						form.get("theme"), form.get("wording"), date(form, "committedOn"), current.rag(), version(form)));
			}
			catch (InvalidInputException ex) {
				throw new InvalidInputException(ex.problems()
					.stream()
					.map(problem -> problem.field().equals("text") ? new FieldProblem("wording", problem.message())
							: problem)
					.toList());
			}
			redirect.addFlashAttribute("notice", "The pledge has been saved");
			return "redirect:/councils/" + council + "/alliance/partner-pledges/" + id;
		}, errors -> partnerPledge(id, model, caller, errors, form), "wording");
	}

	@PostMapping("/partner-pledges/{id}/updates")
	@PreAuthorize(Access.REPORT_PROGRESS)
	String reportOnPledge(@PathVariable String council, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			partners.progress(Caller.of(caller), id, new AllianceRequests.PartnerPledgeUpdateRequest(
					date(form, "date"), form.get("text"), value(Rag.class, form, "rag")));
			redirect.addFlashAttribute("notice", "Your update has been recorded");
			return "redirect:/councils/" + council + "/alliance/partner-pledges/" + id;
		}, errors -> partnerPledge(id, model, caller, errors, form), "text");
	}

	// Shared by the pages

	/**
	 * Adds what every page uses: the problems, what was typed (so a form shown again keeps it), and what the
	 * signed-in person may do.
	 */
	private static String page(Model model, Authentication caller, FormErrors errors, Map<String, ?> form,
			String template) {
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		var roles = caller.getAuthorities().stream().map(authority -> authority.getAuthority()).toList();
		model.addAttribute("mayEdit", roles.contains("ROLE_OFFICER") || roles.contains("ROLE_COUNCIL_ADMIN"));
		model.addAttribute("mayApprove", roles.contains("ROLE_OFFICER") || roles.contains("ROLE_COUNCIL_ADMIN")
				|| roles.contains("ROLE_BOARD_MEMBER"));
		model.addAttribute("mayReport", roles.contains("ROLE_OFFICER") || roles.contains("ROLE_COUNCIL_ADMIN")
				|| roles.contains("ROLE_PARTNER"));
		model.addAttribute("partnerOnly", Caller.of(caller).partnerOnly());
		return template;
	}

	private static void addChoices(Model model) {
		model.addAttribute("bodyTypes", Choice.of(BodyType.class));
		model.addAttribute("bodyStatuses", Choice.of(BodyStatus.class));
		model.addAttribute("sectors", Choice.of(Sector.class));
		model.addAttribute("seatRoles", Choice.of(SeatRole.class));
		model.addAttribute("holderStatuses", Choice.of(HolderStatus.class));
		model.addAttribute("attendanceStatuses", Choice.of(AttendanceStatus.class));
		model.addAttribute("decisionTypes", Choice.of(DecisionType.class));
		model.addAttribute("actionStatuses", Choice.of(ActionStatus.class));
		model.addAttribute("rags", Choice.of(Rag.class));
	}

	private List<Choice> priorityChoices() {
		return meetings.priorities().stream().map(priority -> new Choice("" + priority.id(), priority.label())).toList();
	}

	private List<Choice> seatChoices(long bodyId) {
		return governance.seats(bodyId)
			.stream()
			.map(seat -> new Choice("" + seat.id(), seat.position() + " (" + seat.organisationName() + ")"))
			.toList();
	}

	private List<Choice> organisationChoices() {
		return partners.organisations().stream().map(o -> new Choice("" + o.id(), o.name())).toList();
	}

	/** Every body but this one and those below it, which it cannot report to. */
	private static List<Choice> bodiesItMayReportTo(long id, List<GovernanceManagement.BodyInTree> tree) {
		List<Choice> choices = new ArrayList<>();
		Integer below = null;
		for (GovernanceManagement.BodyInTree entry : tree) {
			if (below != null && entry.depth() > below) {
				continue;
			}
			below = null;
			if (entry.body().id() == id) {
				below = entry.depth();
				continue;
			}
			choices.add(new Choice("" + entry.body().id(), entry.body().name()));
		}
		return choices;
	}

	private static AllianceRequests.BodyRequest bodyRequest(Map<String, String> form, @Nullable Long version) {
		return new AllianceRequests.BodyRequest(form.get("name"), value(BodyType.class, form, "type"),
				form.get("purpose"), id(form, "reportsToId"), integer(form, "meetingsPerYear"),
				value(BodyStatus.class, form, "status"), integer(form, "quorum"),
				integer(form, "youngPeopleMeetingsPerYear"), integer(form, "youngPeoplePledgeNumber"), version);
	}

	private static AllianceRequests.SeatRequest seatRequest(Map<String, String> form, @Nullable Long version) {
		return new AllianceRequests.SeatRequest(value(SeatRole.class, form, "role"), form.get("position"),
				id(form, "organisationId"), value(HolderStatus.class, form, "holderStatus"), form.get("holder"),
				lines(form.get("candidates")), lines(form.get("deputies")), version);
	}

	private static AllianceRequests.MeetingRequest meetingRequest(Map<String, String> form, @Nullable Long version) {
		return new AllianceRequests.MeetingRequest(date(form, "date"), form.get("theme"), id(form, "priorityId"),
				lines(form.get("agenda")), version);
	}

	private static AllianceRequests.TermsOfReferenceRequest termsRequest(Map<String, String> form,
			@Nullable Long version) {
		return new AllianceRequests.TermsOfReferenceRequest(form.get("purpose"), form.get("legalFramework"),
				lines(form.get("objectives")), form.get("membership"), form.get("frequency"),
				integer(form, "meetingsPerYear"), lines(form.get("expectations")), form.get("governance"),
				date(form, "reviewDate"), version);
	}

	/** One contact a line: its role, then optionally a shared email and a telephone, separated by semicolons. */
	private static List<AllianceRequests.ContactRequest> contacts(@Nullable String text) {
		return lines(text).stream().map(line -> {
			String[] parts = line.split(";", 3);
			return new AllianceRequests.ContactRequest(parts[0].strip(), part(parts, 1), part(parts, 2));
		}).toList();
	}

	private static @Nullable String part(String[] parts, int index) {
		return parts.length > index && !parts[index].isBlank() ? parts[index].strip() : null;
	}
}
