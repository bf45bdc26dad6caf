package org.corporateparenting.strategy.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.corporateparenting.notifications.KnownContacts;
import org.corporateparenting.strategy.ActionStatus;
import org.corporateparenting.strategy.Rag;
import org.corporateparenting.strategy.application.ActionTracking;
import org.corporateparenting.strategy.application.ProgressRequest;
import org.corporateparenting.strategy.application.StrategyPlanning;
import org.corporateparenting.strategy.domain.Action;
import org.corporateparenting.strategy.domain.ActionPlan;
import org.corporateparenting.strategy.domain.Priority;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.CouncilPermissions;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.FormValues;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.PageController;
import org.corporateparenting.web.SubmittedForm;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A year's action plan as a filterable, sortable table, each action's page with its timeline, and the form giving an
 * action to another owner (offering the council's known contacts for the owner's email).
 */
@PageController
@RequestMapping("/councils/{council}")
class ActionPlanPages {

	private final StrategyPlanning planning;

	private final ActionTracking tracking;

	private final RecordHistory history;

	private final ObjectProvider<KnownContacts> contacts;

	ActionPlanPages(StrategyPlanning planning, ActionTracking tracking, RecordHistory history,
			ObjectProvider<KnownContacts> contacts) {
		this.planning = planning;
		this.tracking = tracking;
		this.history = history;
		this.contacts = contacts;
	}

	@GetMapping("/action-plans/{id}")
	String plan(@PathVariable long id, @RequestParam(required = false) Long priority,
			@RequestParam(required = false) String owner, @RequestParam(required = false) Rag rag,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "due") String sort,
			Model model) {
		ActionPlan plan = planning.plan(id);
		LocalDate today = tracking.today();
		List<Priority> priorities = planning.priorities(plan.getStrategy().getId());
		List<Action> all = tracking.actions(id);
		List<Action> shown = all.stream()
			.filter(action -> priority == null || action.getPriority().getId().equals(priority))
			.filter(action -> owner == null || owner.isBlank() || action.getOwner().equals(owner))
			.filter(action -> rag == null || action.rag(today) == rag)
			.filter(action -> !overdue || action.isOverdue(today))
			.sorted(order(sort, today))
			.toList();
		model.addAttribute("plan", plan);
		model.addAttribute("strategy", planning.strategy(plan.getStrategy().getId()));
		model.addAttribute("priorities", priorities);
		model.addAttribute("priorityTitles",
				priorities.stream().collect(Collectors.toMap(Priority::getId, Priority::getTitle)));
		model.addAttribute("owners", all.stream().map(Action::getOwner).distinct().sorted().toList());
		model.addAttribute("actions", shown);
		model.addAttribute("total", all.size());
		model.addAttribute("today", today);
		model.addAttribute("filter", new Filter(priority, owner, rag, overdue, sort));
		return "strategy/action-plan";
	}

	@PostMapping("/action-plans/{id}/rollover")
	@PreAuthorize(Access.EDIT)
	String rollover(@PathVariable String council, @PathVariable long id, RedirectAttributes redirect) {
		ActionPlan next = tracking.rollover(id);
		redirect.addFlashAttribute("notice", "The plan has been rolled over into " + next.getYear()
				+ ": its unfinished actions were carried forward");
		return "redirect:/councils/" + council + "/action-plans/" + next.getId();
	}

	@GetMapping("/actions/{id}")
	String action(@PathVariable long id, Model model, Authentication caller) {
		return action(id, model, caller, FormErrors.none(), null);
	}

	@PostMapping("/actions/{id}/progress")
	@PreAuthorize(Access.REPORT_PROGRESS)
	String record(@PathVariable String council, @PathVariable long id, ProgressForm form, Authentication author,
			Model model, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			tracking.record(id, form.toRequest(), author.getName(), CouncilPermissions.of(author));
			redirect.addFlashAttribute("notice", "Your progress update has been recorded");
			return "redirect:/councils/" + council + "/actions/" + id;
		}, errors -> action(id, model, author, errors, form), "narrative");
	}

	@GetMapping("/actions/{id}/owner")
	@PreAuthorize(Access.EDIT)
	String owner(@PathVariable long id, Model model) {
		Action action = tracking.action(id);
		return owner(action, model, FormErrors.none(),
				new OwnerForm(action.getOwner(), action.getOwnerEmail(), String.valueOf(action.getVersion())));
	}

	@PostMapping("/actions/{id}/owner")
	@PreAuthorize(Access.EDIT)
	String reassign(@PathVariable String council, @PathVariable long id, OwnerForm form, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			tracking.reassign(id, form.owner(), form.ownerEmail(), FormValues.version(form.version()));
			redirect.addFlashAttribute("notice", "The owner has been changed");
			return "redirect:/councils/" + council + "/actions/" + id;
		}, errors -> owner(tracking.action(id), model, errors, form), "owner");
	}

	private String owner(Action action, Model model, FormErrors errors, OwnerForm form) {
		model.addAttribute("action", action);
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("knownContacts", contacts.getIfAvailable(KnownContacts::none).known());
		return "strategy/action-owner";
	}

	private String action(long id, Model model, Authentication caller, FormErrors errors,
			@Nullable ProgressForm form) {
		Action action = tracking.action(id);
		LocalDate today = tracking.today();
		model.addAttribute("action", action);
		model.addAttribute("priority", planning.priority(action.getPriority().getId()));
		ActionPlan plan = planning.plan(action.getPlan().getId());
		model.addAttribute("plan", plan);
		model.addAttribute("suggestedRag", action.suggestedRag(today));
		model.addAttribute("rag", action.rag(today));
		model.addAttribute("overdue", action.isOverdue(today));
		model.addAttribute("timeline", tracking.progress(id));
		model.addAttribute("history", history.of(Action.class, id));
		model.addAttribute("statuses", List.of(ActionStatus.NOT_STARTED, ActionStatus.ON_TRACK,
				ActionStatus.AT_RISK, ActionStatus.OFF_TRACK, ActionStatus.COMPLETE, ActionStatus.DROPPED));
		model.addAttribute("mayRecord", !plan.isRolledOver()
				&& tracking.mayReportOn(action, CouncilPermissions.of(caller)));
		model.addAttribute("errors", errors);
		model.addAttribute("form", form != null ? form
				: new ProgressForm(null, null, null, action.getStatus(), action.getPercentComplete(), null));
		return "strategy/action";
	}

	private static Comparator<Action> order(String sort, LocalDate today) {
		Map<String, Comparator<Action>> orders = Map.of("due", Comparator.comparing(Action::getDueDate),
				"priority", Comparator.comparing((Action a) -> a.getPriority().getPosition()),
				"owner", Comparator.comparing(Action::getOwner),
				"rag", Comparator.comparing((Action a) -> a.rag(today) == null ? 3 : 2 - a.rag(today).ordinal()),
				"reference", Comparator.comparing(Action::getReference));
		return orders.getOrDefault(sort, orders.get("due")).thenComparing(Action::getReference);
	}

	/** The table's filters and order, kept in the page's address so a filtered view can be shared. */
	record Filter(Long priority, String owner, Rag rag, boolean overdue, String sort) {
	}

	/** Who owns an action, as typed: a role or team, and the email they are reminded at. */
	record OwnerForm(@Nullable String owner, @Nullable String ownerEmail, @Nullable String version)
			implements SubmittedForm {
	}

	/** The progress form as posted: evidence is one link per line. */
	record ProgressForm(@Nullable LocalDate date, @Nullable String narrative, @Nullable String evidence,
			@Nullable ActionStatus status, @Nullable Integer percentComplete, @Nullable String dropReason) {

		ProgressRequest toRequest() {
			List<String> links = evidence == null ? List.of()
					: evidence.lines().map(String::strip).filter(Predicate.not(String::isBlank)).toList();
			return new ProgressRequest(date, narrative, links, status, percentComplete, dropReason);
		}
	}
}
