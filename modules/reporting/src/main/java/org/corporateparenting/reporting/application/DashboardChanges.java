package org.corporateparenting.reporting.application;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.corporateparenting.reporting.domain.DashboardSection.Section;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.CouncilEvent;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

/**
 * What a transaction changed that the dashboard shows, gathered from the events it publishes and applied to the read
 * model once, just before it commits: in the same transaction, so the dashboard read after a write always shows it,
 * and once, however many events the write published (a progress update that also changes an action's status counts
 * its priority once). An event published with no transaction of its council to join is applied at once, in that
 * council, in a transaction of its own.
 */
@Component
class DashboardChanges {

	private static final Object KEY = DashboardChanges.class.getName();

	private final DashboardReadModel readModel;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	DashboardChanges(DashboardReadModel readModel, EntityManager entityManager, PlatformTransactionManager manager) {
		this.readModel = readModel;
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(manager);
	}

	/** Notes what the event changed, to be applied before its transaction commits. */
	void record(CouncilEvent event, Consumer<Pending> change) {
		boolean inEventsCouncil = Objects.equals(CouncilContext.current().orElse(null), event.council());
		if (inEventsCouncil && TransactionSynchronizationManager.isActualTransactionActive()) {
			Pending pending = (Pending) TransactionSynchronizationManager.getResource(KEY);
			if (pending == null) {
				pending = new Pending();
				TransactionSynchronizationManager.bindResource(KEY, pending);
				TransactionSynchronizationManager.registerSynchronization(new ApplyBeforeCommit(pending));
			}
			if (!pending.applied) {
				change.accept(pending);
				return;
			}
		}
		Pending now = new Pending();
		change.accept(now);
		if (inEventsCouncil && TransactionSynchronizationManager.isActualTransactionActive()) {
			apply(now);
		}
		else {
			CouncilContext.runIn(event.council(), () -> transactions.executeWithoutResult(status -> apply(now)));
		}
	}

	/**
	 * Sections in one order, so two transactions never wait for each other's section locks. The writer's own changes
	 * are flushed first, so it holds its records' locks before it takes a section's.
	 */
	private void apply(Pending pending) {
		pending.applied = true;
		entityManager.flush();
		for (Section section : Section.values()) {
			if (pending.rebuild.contains(section)) {
				readModel.refresh(section);
			}
			else if (section == Section.STRATEGY && !pending.actions.isEmpty()) {
				readModel.actionsChanged(pending.actions);
			}
			else if (section == Section.ALLIANCE && !pending.bodies.isEmpty()) {
				readModel.bodiesChanged(pending.bodies);
			}
			else if (section == Section.ALLIANCE && pending.overdueAllocatedActions) {
				readModel.overdueAllocatedActionsChanged();
			}
		}
	}

	/** What one transaction changed. */
	static final class Pending {

		private final Set<Section> rebuild = EnumSet.noneOf(Section.class);

		private final Set<Long> actions = new LinkedHashSet<>();

		private final Set<Long> bodies = new LinkedHashSet<>();

		private boolean overdueAllocatedActions;

		private boolean applied;

		/** The section changed shape: rebuild it whole. */
		void rebuild(Section section) {
			rebuild.add(section);
		}

		/** An action's status, progress, RAG or dates changed. */
		void action(long id) {
			actions.add(id);
		}

		/** A body met (or its meeting record changed). */
		void body(long id) {
			bodies.add(id);
		}

		void overdueAllocatedActions() {
			overdueAllocatedActions = true;
		}
	}

	private final class ApplyBeforeCommit implements TransactionSynchronization {

		private final Pending pending;

		ApplyBeforeCommit(Pending pending) {
			this.pending = pending;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			if (!pending.applied) {
				apply(pending);
			}
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
		}

		/** After the writer's own work that runs before commit (Hibernate flushes at commit, after this). */
		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}
	}
}
