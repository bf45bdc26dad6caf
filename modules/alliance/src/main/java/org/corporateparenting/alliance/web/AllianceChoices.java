package org.corporateparenting.alliance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corporateparenting.alliance.ActionStatus;
import org.corporateparenting.alliance.AttendanceStatus;
import org.corporateparenting.alliance.BodyStatus;
import org.corporateparenting.alliance.BodyType;
import org.corporateparenting.alliance.CollaborationKind;
import org.corporateparenting.alliance.CorporateParentDuty;
import org.corporateparenting.alliance.CovenantArea;
import org.corporateparenting.alliance.DecisionType;
import org.corporateparenting.alliance.HolderStatus;
import org.corporateparenting.alliance.PartnerOfferStatus;
import org.corporateparenting.alliance.Rag;
import org.corporateparenting.alliance.SeatRole;
import org.corporateparenting.alliance.Sector;
import org.corporateparenting.alliance.application.GovernanceManagement.BodyInTree;
import org.corporateparenting.alliance.application.MeetingManagement;
import org.corporateparenting.alliance.application.OrganisationManagement;
import org.corporateparenting.alliance.application.SeatManagement;
import org.corporateparenting.web.Choice;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.SubmittedForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the alliance's pages share: the lists their forms choose from, and showing a page with the problems of a
 * form sent from it and what was typed (what the signed-in person may do is the council pages' {@code may}).
 */
@Component
class AllianceChoices {

	private final OrganisationManagement organisations;

	private final SeatManagement seats;

	private final MeetingManagement meetings;

	AllianceChoices(OrganisationManagement organisations, SeatManagement seats, MeetingManagement meetings) {
		this.organisations = organisations;
		this.seats = seats;
		this.meetings = meetings;
	}

	/**
	 * Adds the problems and what was typed ({@code Map.of()} before anything was) to a page, and the choices of every
	 * fixed list.
	 */
	static String show(Model model, FormErrors errors, Map<String, ?> form, String template) {
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("bodyTypes", Choice.of(BodyType.class));
		model.addAttribute("bodyStatuses", Choice.of(BodyStatus.class));
		model.addAttribute("sectors", Choice.of(Sector.class));
		model.addAttribute("seatRoles", Choice.of(SeatRole.class));
		model.addAttribute("holderStatuses", Choice.of(HolderStatus.class));
		model.addAttribute("attendanceStatuses", Choice.of(AttendanceStatus.class));
		model.addAttribute("decisionTypes", Choice.of(DecisionType.class));
		model.addAttribute("actionStatuses", Choice.of(ActionStatus.class));
		model.addAttribute("rags", Choice.of(Rag.class));
		model.addAttribute("covenantAreas", Choice.of(CovenantArea.class));
		model.addAttribute("offerStatuses", Choice.of(PartnerOfferStatus.class));
		model.addAttribute("collaborationKinds", Choice.of(CollaborationKind.class));
		model.addAttribute("corporateParentDuties", Choice.of(CorporateParentDuty.class));
		return template;
	}

	static String show(Model model, FormErrors errors, SubmittedForm form, String template) {
		return show(model, errors, form.fields(), template);
	}

	/** A page before anything was typed into its forms. */
	static String show(Model model, String template) {
		return show(model, FormErrors.none(), Map.of(), template);
	}

	List<Choice> organisations() {
		return organisations.organisations().stream().map(o -> new Choice("" + o.id(), o.name())).toList();
	}

	List<Choice> seats(long bodyId) {
		return seats.seats(bodyId)
			.stream()
			.map(seat -> new Choice("" + seat.id(), seat.position() + " (" + seat.organisationName() + ")"))
			.toList();
	}

	List<Choice> priorities() {
		return meetings.priorities().stream().map(priority -> new Choice("" + priority.id(), priority.label())).toList();
	}

	/** Every body but this one and those below it, which it cannot report to. */
	static List<Choice> bodiesItMayReportTo(long id, List<BodyInTree> tree) {
		List<Choice> choices = new ArrayList<>();
		Integer below = null;
		for (BodyInTree entry : tree) {
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
}
