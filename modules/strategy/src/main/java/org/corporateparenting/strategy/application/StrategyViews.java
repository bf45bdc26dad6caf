package org.corporateparenting.strategy.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.corporateparenting.strategy.ActionStatus;
import org.corporateparenting.strategy.Rag;
import org.corporateparenting.strategy.StrategyStatus;
import org.corporateparenting.strategy.Theme;
import org.corporateparenting.strategy.domain.Action;
import org.corporateparenting.strategy.domain.ActionPlan;
import org.corporateparenting.strategy.domain.Priority;
import org.corporateparenting.strategy.domain.ProgressUpdate;
import org.corporateparenting.strategy.domain.Strategy;

/** The API's JSON shapes for the strategy module's records. */
public final class StrategyViews {

	private StrategyViews() {
	}

	public record StrategyView(long id, long version, String title, LocalDate periodStart, LocalDate periodEnd,
			String vision, String summary, String childFriendlySummary, StrategyStatus status, String approvedBy,
			LocalDate approvedOn, String approvalRecommendation, Set<StrategyStatus> allowedTransitions) {

		public static StrategyView of(Strategy s) {
			return new StrategyView(s.getId(), s.getVersion(), s.getTitle(), s.getPeriodStart(), s.getPeriodEnd(),
					s.getVision(), s.getSummary(), s.getChildFriendlySummary(), s.getStatus(), s.getApprovedBy(),
					s.getApprovedOn(), s.getApprovalRecommendation(), s.getStatus().next());
		}
	}

	public record PriorityView(long id, long version, long strategyId, int position, String title, String formalText,
			String childFriendlyText, Set<Integer> principles, Theme theme) {

		public static PriorityView of(Priority p) {
			return new PriorityView(p.getId(), p.getVersion(), p.getStrategy().getId(), p.getPosition(), p.getTitle(),
					p.getFormalText(), p.getChildFriendlyText(), Set.copyOf(p.getPrinciples()), p.getTheme());
		}
	}

	public record ActionPlanView(long id, long version, long strategyId, String year, Long rolledOverTo) {

		public static ActionPlanView of(ActionPlan plan) {
			return new ActionPlanView(plan.getId(), plan.getVersion(), plan.getStrategy().getId(),
					plan.getYear().toString(), plan.getRolledOverTo());
		}
	}

	/**
	 * An action as read. What is set and what is derived are apart, so the view sent back as a request changes
	 * nothing it did not mean to: {@code ragOverride} and its reason are what someone set; {@code suggestedRag} is
	 * worked out from progress and dates, and {@code rag} is what the action shows (the override, or else the
	 * suggestion). Requests ignore the derived fields.
	 */
	public record ActionView(long id, long version, long actionPlanId, String reference, long priorityId, String title,
			String description, String owner, String ownerEmail, Long partnerOrganisationId, LocalDate startDate,
			LocalDate dueDate,
			String outcomeMeasure, boolean illustrative, ActionStatus status, int percentComplete, String dropReason,
			Rag suggestedRag, Rag rag, Rag ragOverride, String ragOverrideReason, boolean overdue, Long carriedFrom,
			Long carriedTo, Set<Long> pledgeIds) {

		public static ActionView of(Action a, LocalDate today) {
			return new ActionView(a.getId(), a.getVersion(), a.getPlan().getId(), a.getReference(),
					a.getPriority().getId(), a.getTitle(), a.getDescription(), a.getOwner(),
					a.getOwnerEmail(), a.getPartnerOrganisationId(), a.getStartDate(), a.getDueDate(), a.getOutcomeMeasure(),
					a.isIllustrative(), a.getStatus(), a.getPercentComplete(), a.getDropReason(), a.suggestedRag(today), a.rag(today),
					a.getRagOverride(), a.getRagOverrideReason(), a.isOverdue(today), a.getCarriedFrom(), a.getCarriedTo(),
					Set.copyOf(a.getPledgeIds()));
		}
	}

	public record ProgressView(long id, long actionId, LocalDate date, Instant recordedAt, String narrative,
			List<String> evidence, ActionStatus status, int percentComplete, String author) {

		public static ProgressView of(ProgressUpdate u) {
			return new ProgressView(u.getId(), u.getAction().getId(), u.getProgressDate(), u.getRecordedAt(),
					u.getNarrative(), u.getEvidence() == null ? List.of()
							: Arrays.stream(u.getEvidence().split("\n")).filter(line -> !line.isBlank()).toList(),
					u.getStatus(), u.getPercentComplete(), u.getAuthor());
		}
	}
}
