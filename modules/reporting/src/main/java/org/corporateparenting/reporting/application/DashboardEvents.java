package org.corporateparenting.reporting.application;

import org.corporateparenting.alliance.AllianceChanged;
import org.corporateparenting.alliance.AllocatedActionOverdue;
import org.corporateparenting.alliance.MeetingHeld;
import org.corporateparenting.consultation.ConsultationChanged;
import org.corporateparenting.consultation.ConsultationClosed;
import org.corporateparenting.consultation.YouSaidWeDidPublished;
import org.corporateparenting.pledges.PledgeSetPublished;
import org.corporateparenting.pledges.PledgeSetReplaced;
import org.corporateparenting.pledges.PledgesChanged;
import org.corporateparenting.pledges.WorkStreamUpdated;
import org.corporateparenting.reporting.domain.DashboardSection.Section;
import org.corporateparenting.strategy.ActionPlanChanged;
import org.corporateparenting.strategy.ActionPlanRolledOver;
import org.corporateparenting.strategy.ActionProgressRecorded;
import org.corporateparenting.strategy.ActionStatusChanged;
import org.corporateparenting.strategy.StrategyApproved;
import org.corporateparenting.tenancy.Councils;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What keeps the dashboard's read model in step with the records: the modules' events, heard in the transaction that
 * published them ({@link DashboardChanges}), name what changed; a change to a few records counts their rows again,
 * a change of shape rebuilds the section. Every night every council's sections are rebuilt, because RAG and overdue
 * move with the date even when nobody changes anything.
 */
@Component
class DashboardEvents {

	private final DashboardChanges changes;

	private final DashboardReadModel readModel;

	private final Councils councils;

	DashboardEvents(DashboardChanges changes, DashboardReadModel readModel, Councils councils) {
		this.changes = changes;
		this.readModel = readModel;
		this.councils = councils;
	}

	@EventListener
	void on(ActionProgressRecorded event) {
		changes.record(event, pending -> pending.action(event.actionId()));
	}

	/** An action finished or reopened may change whether the pledges it names are delivered. */
	@EventListener
	void on(ActionStatusChanged event) {
		changes.record(event, pending -> {
			pending.action(event.actionId());
			if (event.from().isClosed() != event.to().isClosed()) {
				pending.rebuild(Section.PLEDGES);
			}
		});
	}

	@EventListener
	void on(ActionPlanRolledOver event) {
		changes.record(event, DashboardEvents::strategyReshaped);
	}

	@EventListener
	void on(StrategyApproved event) {
		changes.record(event, DashboardEvents::strategyReshaped);
	}

	/** An action added or edited: its priority, dates or the pledges it names may have changed. */
	@EventListener
	void on(ActionPlanChanged event) {
		changes.record(event, DashboardEvents::strategyReshaped);
	}

	@EventListener
	void on(PledgeSetPublished event) {
		changes.record(event, pending -> pending.rebuild(Section.PLEDGES));
	}

	@EventListener
	void on(PledgeSetReplaced event) {
		changes.record(event, pending -> pending.rebuild(Section.PLEDGES));
	}

	@EventListener
	void on(WorkStreamUpdated event) {
		changes.record(event, pending -> pending.rebuild(Section.PLEDGES));
	}

	@EventListener
	void on(PledgesChanged event) {
		changes.record(event, pending -> pending.rebuild(Section.PLEDGES));
	}

	@EventListener
	void on(MeetingHeld event) {
		changes.record(event, pending -> pending.body(event.bodyId()));
	}

	@EventListener
	void on(AllocatedActionOverdue event) {
		changes.record(event, DashboardChanges.Pending::overdueAllocatedActions);
	}

	@EventListener
	void on(AllianceChanged event) {
		changes.record(event, pending -> pending.rebuild(Section.ALLIANCE));
	}

	@EventListener
	void on(ConsultationClosed event) {
		changes.record(event, pending -> pending.rebuild(Section.CONSULTATION));
	}

	@EventListener
	void on(YouSaidWeDidPublished event) {
		changes.record(event, pending -> pending.rebuild(Section.CONSULTATION));
	}

	@EventListener
	void on(ConsultationChanged event) {
		changes.record(event, pending -> pending.rebuild(Section.CONSULTATION));
	}

	/** Pledges delivered by strategy actions change with them. */
	private static void strategyReshaped(DashboardChanges.Pending pending) {
		pending.rebuild(Section.STRATEGY);
		pending.rebuild(Section.PLEDGES);
	}

	@Scheduled(cron = "${cpp.reporting.dashboard-refresh-cron:0 30 5 * * *}", zone = "Europe/London")
	void nightly() {
		councils.forEachActive(readModel::refreshAll);
	}
}
