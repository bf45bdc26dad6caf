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
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.CouncilEvent;
import org.corporateparenting.tenancy.Councils;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * What keeps the dashboard's read model fresh: each module's events refresh that module's section, in the council
 * the event happened in; every night every council's sections are refreshed, because RAG and overdue move with the
 * date even when nobody changes anything.
 */
@Component
class DashboardEvents {

	private final DashboardReadModel readModel;

	private final Councils councils;

	DashboardEvents(DashboardReadModel readModel, Councils councils) {
		this.readModel = readModel;
		this.councils = councils;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ActionProgressRecorded event) {
		refresh(event, Section.STRATEGY);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ActionStatusChanged event) {
		refresh(event, Section.STRATEGY);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ActionPlanRolledOver event) {
		refresh(event, Section.STRATEGY);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(StrategyApproved event) {
		refresh(event, Section.STRATEGY);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ActionPlanChanged event) {
		refresh(event, Section.STRATEGY);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PledgeSetPublished event) {
		refresh(event, Section.PLEDGES);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PledgeSetReplaced event) {
		refresh(event, Section.PLEDGES);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(WorkStreamUpdated event) {
		refresh(event, Section.PLEDGES);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PledgesChanged event) {
		refresh(event, Section.PLEDGES);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(MeetingHeld event) {
		refresh(event, Section.ALLIANCE);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AllocatedActionOverdue event) {
		refresh(event, Section.ALLIANCE);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AllianceChanged event) {
		refresh(event, Section.ALLIANCE);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ConsultationClosed event) {
		refresh(event, Section.CONSULTATION);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(YouSaidWeDidPublished event) {
		refresh(event, Section.CONSULTATION);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ConsultationChanged event) {
		refresh(event, Section.CONSULTATION);
	}

	/** Pledges delivered by strategy actions change with them: an action's event refreshes both. */
	private void refresh(CouncilEvent event, Section section) {
		CouncilContext.runIn(event.council(), () -> {
			readModel.refresh(section);
			if (section == Section.STRATEGY) {
				readModel.refresh(Section.PLEDGES);
			}
		});
	}

	@Scheduled(cron = "${cpp.reporting.dashboard-refresh-cron:0 30 5 * * *}", zone = "Europe/London")
	void nightly() {
		councils.forEachActive(readModel::refreshAll);
	}
}
