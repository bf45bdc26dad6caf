package org.corporateparenting.strategy.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corporateparenting.strategy.CorporateParentingPrinciple;
import org.corporateparenting.strategy.Rag;
import org.corporateparenting.strategy.application.ActionTracking;
import org.corporateparenting.strategy.application.StrategyPlanning;
import org.corporateparenting.strategy.domain.Action;
import org.corporateparenting.strategy.domain.Priority;
import org.corporateparenting.strategy.domain.Strategies;
import org.corporateparenting.strategy.domain.Strategy;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** A council's strategy pages: the overview with its priorities and RAG counts, and the young people's version. */
@PageController
@RequestMapping("/councils/{council}")
class StrategyPages {

	private final StrategyPlanning planning;

	private final ActionTracking tracking;

	private final Strategies strategies;

	private final RecordHistory history;

	StrategyPages(StrategyPlanning planning, ActionTracking tracking, Strategies strategies, RecordHistory history) {
		this.history = history;
		this.planning = planning;
		this.tracking = tracking;
		this.strategies = strategies;
	}

	/** The active strategy, or else the most recent one, or the list when there is none. */
	@GetMapping("/strategy")
	String current(@PathVariable String council, Model model) {
		List<Strategy> all = planning.strategies(0, 100).getContent();
		Strategy current = strategies.findActive().orElse(all.isEmpty() ? null : all.getFirst());
		if (current == null) {
			model.addAttribute("strategies", all);
			return "strategy/none";
		}
		return "redirect:/councils/" + council + "/strategies/" + current.getId();
	}

	@GetMapping("/strategies/{id}")
	String strategy(@PathVariable long id, Model model) {
		Strategy strategy = planning.strategy(id);
		List<Priority> priorities = planning.priorities(id);
		LocalDate today = tracking.today();
		List<Action> actions = tracking.actionsOfStrategy(id);
		Map<Long, Map<String, Long>> ragByPriority = new LinkedHashMap<>();
		for (Priority priority : priorities) {
			Map<String, Long> counts = new LinkedHashMap<>();
			for (Rag rag : Rag.values()) {
				counts.put(rag.name(), 0L);
			}
			ragByPriority.put(priority.getId(), counts);
		}
		for (Action action : actions) {
			Rag rag = action.rag(today);
			if (rag != null && ragByPriority.containsKey(action.getPriority().getId())) {
				ragByPriority.get(action.getPriority().getId()).merge(rag.name(), 1L, Long::sum);
			}
		}
		model.addAttribute("strategy", strategy);
		model.addAttribute("priorities", priorities);
		model.addAttribute("ragByPriority", ragByPriority);
		model.addAttribute("plans", planning.plans(id));
		model.addAttribute("overdue", actions.stream()
			.filter(action -> action.isOverdue(today))
			.sorted(Comparator.comparing(Action::getDueDate))
			.toList());
		model.addAttribute("otherStrategies",
				planning.strategies(0, 100).getContent().stream().filter(s -> !s.getId().equals(id)).toList());
		model.addAttribute("principles", CorporateParentingPrinciple.values());
		model.addAttribute("history", history.of(Strategy.class, id));
		return "strategy/strategy";
	}

	@GetMapping("/strategies/{id}/young-people")
	String forYoungPeople(@PathVariable long id, Model model) {
		model.addAttribute("strategy", planning.strategy(id));
		model.addAttribute("priorities", planning.priorities(id));
		return "strategy/young-people";
	}
}
