package org.corporateparenting.pledges.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corporateparenting.notifications.KnownContacts;
import org.corporateparenting.pledges.PledgeSetStatus;
import org.corporateparenting.pledges.WorkStreamStatus;
import org.corporateparenting.pledges.application.PledgeDelivery;
import org.corporateparenting.pledges.application.PledgeDeliveries;
import org.corporateparenting.pledges.application.PledgeManagement;
import org.corporateparenting.pledges.application.PledgeRequests;
import org.corporateparenting.pledges.application.PledgeRequests.WorkStreamRequest;
import org.corporateparenting.pledges.application.PledgeRequests.WorkStreamUpdateRequest;
import org.corporateparenting.pledges.application.WorkStreamManagement;
import org.corporateparenting.pledges.domain.Pledge;
import org.corporateparenting.pledges.domain.PledgeSet;
import org.corporateparenting.pledges.domain.WorkStream;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.CouncilPermissions;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.FormValues;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.PageController;
import org.corporateparenting.web.SubmittedForm;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pledge wall (the pledges in force, in plain words, with how each is being kept), each pledge set's page with
 * its editions and history, and each work stream's page with its update timeline, its lead and its status.
 */
@PageController
@RequestMapping("/councils/{council}")
class PledgePages {

	private final PledgeManagement pledges;

	private final WorkStreamManagement workStreams;

	private final RecordHistory history;

	private final PledgeDeliveries deliveries;

	private final PledgeSetExports exports;

	/** Absent where the notifications module is not running (another module's tests), offering nothing then. */
	private final ObjectProvider<KnownContacts> contacts;

	PledgePages(PledgeManagement pledges, WorkStreamManagement workStreams, RecordHistory history,
			PledgeDeliveries deliveries, PledgeSetExports exports, ObjectProvider<KnownContacts> contacts) {
		this.exports = exports;
		this.contacts = contacts;
		this.deliveries = deliveries;
		this.pledges = pledges;
		this.workStreams = workStreams;
		this.history = history;
	}

	@GetMapping("/pledges")
	String wall(Model model) {
		List<PledgeSet> all = pledges.setsWithPledges();
		List<PledgeSet> inForce = all.stream()
			.filter(set -> set.getStatus().standing())
			.toList();
		model.addAttribute("sets", inForce);
		model.addAttribute("delivery", deliveryOf(inForce));
		model.addAttribute("allSets", all);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		return "pledges/wall";
	}

	@GetMapping("/pledge-sets/{id}")
	String set(@PathVariable long id, Model model) {
		return set(id, model, FormErrors.none());
	}

	@PostMapping("/pledge-sets")
	@PreAuthorize(Access.EDIT)
	String create(@PathVariable String council, @RequestParam(required = false) String title,
			@RequestParam(required = false) org.corporateparenting.pledges.@Nullable Audience audience,
			@RequestParam(required = false) String coProduction, Model model, RedirectAttributes redirect) {
		try {
			PledgeSet set = pledges.create(new PledgeRequests.PledgeSetRequest(title, audience, null, coProduction, null));
			redirect.addFlashAttribute("notice", "The draft pledge set has been started: add its themes and pledges");
			return "redirect:/councils/" + council + "/pledge-sets/" + set.getId();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex));
			return wall(model);
		}
	}

	@PostMapping("/pledge-sets/{id}/themes")
	@PreAuthorize(Access.EDIT)
	String addTheme(@PathVariable String council, @PathVariable long id,
			@RequestParam(required = false) String themeTitle, Model model, RedirectAttributes redirect) {
		try {
			pledges.addTheme(id, new PledgeRequests.ThemeRequest(themeTitle));
			redirect.addFlashAttribute("notice", "The theme has been added");
			return "redirect:/councils/" + council + "/pledge-sets/" + id;
		}
		catch (InvalidInputException ex) {
			return set(id, model, new FormErrors(ex.problems()
				.stream()
				.map(problem -> new org.corporateparenting.web.FieldProblem("themeTitle", problem.message()))
				.toList()));
		}
	}

	@PostMapping("/pledge-sets/{id}/review")
	@PreAuthorize(Access.EDIT)
	String review(@PathVariable String council, @PathVariable long id, RedirectAttributes redirect) {
		PledgeSet draft = pledges.review(id);
		redirect.addFlashAttribute("notice", "Edition " + draft.getEdition()
				+ " is a draft: change its pledges with young people, then bring it into force");
		return "redirect:/councils/" + council + "/pledge-sets/" + draft.getId();
	}

	@PostMapping("/pledge-sets/{id}/in-force")
	@PreAuthorize(Access.APPROVE)
	String bringIntoForce(@PathVariable String council, @PathVariable long id,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate inForceFrom,
			Model model, RedirectAttributes redirect) {
		try {
			PledgeSet set = pledges.set(id);
			if (inForceFrom != null) {
				pledges.update(id, new PledgeRequests.PledgeSetRequest(set.getTitle(), set.getAudience(), inForceFrom,
						set.getCoProduction(), set.getVersion()));
			}
			pledges.transition(id, new PledgeRequests.TransitionRequest(PledgeSetStatus.IN_FORCE));
			redirect.addFlashAttribute("notice", "The pledges are in force");
			return "redirect:/councils/" + council + "/pledge-sets/" + id;
		}
		catch (InvalidInputException ex) {
			return set(id, model, FormErrors.of(ex));
		}
	}

	@PostMapping("/pledge-sets/{id}/themes/{themeId}/pledges")
	@PreAuthorize(Access.EDIT)
	String addPledge(@PathVariable String council, @PathVariable long id, @PathVariable long themeId,
			@RequestParam(required = false) Integer number, @RequestParam(required = false) String text, Model model,
			RedirectAttributes redirect) {
		try {
			pledges.addPledge(id, themeId, new PledgeRequests.PledgeRequest(number, text, null, null));
			redirect.addFlashAttribute("notice", "Pledge " + number + " has been added");
			return "redirect:/councils/" + council + "/pledge-sets/" + id;
		}
		catch (InvalidInputException ex) {
			return set(id, model, FormErrors.of(ex));
		}
	}

	@PostMapping("/pledges/{pledgeId}")
	@PreAuthorize(Access.EDIT)
	String reword(@PathVariable String council, @PathVariable long pledgeId,
			@RequestParam(required = false) String text, @RequestParam long version, Model model,
			RedirectAttributes redirect) {
		Pledge pledge = pledges.pledge(pledgeId);
		long setId = pledges.setIdOf(pledgeId);
		try {
			pledges.reword(pledgeId, new PledgeRequests.PledgeRequest(pledge.getNumber(), text,
					pledge.getCommitment() == null ? null : new PledgeRequests.CommitmentRequest(
							pledge.getCommitment().description(), pledge.getCommitment().target(),
							pledge.getCommitment().unit(), pledge.getCommitment().period()), version));
			redirect.addFlashAttribute("notice", "Pledge " + pledge.getNumber() + " has been reworded");
			return "redirect:/councils/" + council + "/pledge-sets/" + setId;
		}
		catch (InvalidInputException ex) {
			return set(setId, model, FormErrors.of(ex));
		}
		catch (org.springframework.dao.OptimisticLockingFailureException ex) {
			return set(setId, model, new FormErrors(List.of(new org.corporateparenting.web.FieldProblem("text",
					"Someone else changed pledge " + pledge.getNumber() + " since you opened the page; your words were"
							+ " not saved. Check the pledge and change it again."))));
		}
	}

	private String set(long id, Model model, FormErrors errors) {
		PledgeSet set = pledges.set(id);
		model.addAttribute("set", set);
		model.addAttribute("delivery", deliveryOf(List.of(set)));
		model.addAttribute("history", history.of(PledgeSet.class, id));
		model.addAttribute("errors", errors);
		return "pledges/set";
	}

	@GetMapping(path = "/pledge-sets/{id}/print", produces = "text/html")
	@org.springframework.web.bind.annotation.ResponseBody
	String printable(@PathVariable String council, @PathVariable long id) {
		return exports.printable(council, id);
	}

	@GetMapping("/pledge-sets/{id}/export.pdf")
	org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable String council, @PathVariable long id) {
		return exports.pdf(council, id);
	}

	@GetMapping("/pledge-sets/{id}/export.csv")
	org.springframework.http.ResponseEntity<byte[]> csv(@PathVariable String council, @PathVariable long id) {
		return exports.csv(council, id);
	}

	@GetMapping("/work-streams/{id}")
	String workStream(@PathVariable long id, Model model) {
		return workStream(id, model, FormErrors.none(), null, Map.of());
	}

	@PostMapping("/work-streams/{id}/updates")
	@PreAuthorize(Access.EDIT)
	String report(@PathVariable String council, @PathVariable long id, UpdateForm form, Principal author, Model model,
			RedirectAttributes redirect) {
		try {
			workStreams.report(id, form.toRequest(), author.getName());
			redirect.addFlashAttribute("notice", "The work stream's update has been recorded");
			return "redirect:/councils/" + council + "/work-streams/" + id;
		}
		catch (InvalidInputException ex) {
			return workStream(id, model, FormErrors.of(ex), form, Map.of());
		}
	}

	/**
	 * Changes who leads a work stream and where the lead is reminded when an update is due, or records that it was
	 * dissolved as delivered or merged into another body (or is active again).
	 */
	@PostMapping("/work-streams/{id}")
	@PreAuthorize(Access.EDIT)
	String change(@PathVariable String council, @PathVariable long id, ChangeForm form, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			workStreams.update(id, form.toRequest(workStreams.workStream(id)));
			redirect.addFlashAttribute("notice", "The work stream has been saved");
			return "redirect:/councils/" + council + "/work-streams/" + id;
		}, errors -> workStream(id, model, errors, null, form.fields()), "status");
	}

	/** The form of a work stream's lead and status as posted, each field as typed. */
	record ChangeForm(@Nullable String lead, @Nullable String leadEmail, @Nullable String status,
			@Nullable String statusDate, @Nullable String statusReason, @Nullable String mergedInto,
			@Nullable String version) implements SubmittedForm {

		/** The change, keeping the work stream's name, members and pledges, which the form does not show. */
		WorkStreamRequest toRequest(WorkStream current) {
			return new WorkStreamRequest(current.getName(), lead, leadEmail, List.copyOf(current.getMembers()),
					Set.copyOf(current.getPledgeIds()), FormValues.value(WorkStreamStatus.class, "status", status),
					FormValues.date("statusDate", statusDate), statusReason, mergedInto, FormValues.version(version));
		}
	}

	/** @param changeForm the change form as sent, shown again with its problems (empty: the work stream as it is) */
	private String workStream(long id, Model model, FormErrors errors, @Nullable UpdateForm form,
			Map<String, Object> changeForm) {
		WorkStream workStream = workStreams.workStream(id);
		Map<Long, Pledge> pledgesById = pledges.setsWithPledges()
			.stream()
			.flatMap(set -> set.pledges().stream())
			.collect(Collectors.toMap(Pledge::getId, Function.identity()));
		model.addAttribute("workStream", workStream);
		model.addAttribute("delivers", workStream.getPledgeIds().stream().map(pledgesById::get).filter(p -> p != null)
			.toList());
		model.addAttribute("updates", workStreams.updates(id));
		model.addAttribute("history", history.of(WorkStream.class, id));
		model.addAttribute("errors", errors);
		model.addAttribute("form", form != null ? form : new UpdateForm(null, null, null));
		model.addAttribute("changeForm", changeForm);
		// The addresses offered for the lead's email, to those who may change it.
		model.addAttribute("knownContacts",
				CouncilPermissions.of(SecurityContextHolder.getContext().getAuthentication()).edit()
						? contacts.getIfAvailable(KnownContacts::none).known() : List.of());
		return "pledges/work-stream";
	}

	private Map<Long, PledgeDelivery> deliveryOf(List<PledgeSet> sets) {
		return deliveries.of(sets.stream().flatMap(set -> set.pledges().stream()).toList());
	}

	/** The update form as posted: one item per line in each box. */
	record UpdateForm(@org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.@Nullable LocalDate date, @Nullable String delivered, @Nullable String inProgress) {

		WorkStreamUpdateRequest toRequest() {
			return new WorkStreamUpdateRequest(date, lines(delivered), lines(inProgress));
		}

		private static List<String> lines(@Nullable String text) {
			return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isBlank()).toList();
		}
	}
}
