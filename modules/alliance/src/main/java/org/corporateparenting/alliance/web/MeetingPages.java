package org.corporateparenting.alliance.web;

import static org.corporateparenting.web.FormValues.integer;
import static org.corporateparenting.web.FormValues.value;
import static org.corporateparenting.web.FormValues.version;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corporateparenting.alliance.AttendanceStatus;
import org.corporateparenting.alliance.application.ActionManagement;
import org.corporateparenting.alliance.application.AllianceRequests.AttendanceRequest;
import org.corporateparenting.alliance.application.AllianceRequests.HeldRequest;
import org.corporateparenting.alliance.application.AllianceViews.ActionView;
import org.corporateparenting.alliance.application.AllianceViews.MeetingView;
import org.corporateparenting.alliance.application.AllianceViews.SeatView;
import org.corporateparenting.alliance.application.Caller;
import org.corporateparenting.alliance.application.MeetingManagement;
import org.corporateparenting.alliance.application.SeatManagement;
import org.corporateparenting.alliance.domain.Meeting;
import org.corporateparenting.alliance.web.AllianceForms.ActionForm;
import org.corporateparenting.alliance.web.AllianceForms.DecisionForm;
import org.corporateparenting.alliance.web.AllianceForms.MeetingForm;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A meeting's page: its date, theme and agenda; recording it as held (attendance per seat, young people present,
 * minutes); its decisions and the actions it allocated; its pack to print or as a PDF. Meetings are scheduled on
 * the body's page.
 */
@PageController
@RequestMapping("/councils/{council}/alliance/meetings/{id}")
class MeetingPages {

	private final MeetingManagement meetings;

	private final SeatManagement seats;

	private final ActionManagement actions;

	private final AllianceChoices choices;

	private final RecordHistory history;

	private final AllianceExports exports;

	private final Clock clock;

	MeetingPages(MeetingManagement meetings, SeatManagement seats, ActionManagement actions, AllianceChoices choices,
			RecordHistory history, AllianceExports exports, Clock clock) {
		this.meetings = meetings;
		this.seats = seats;
		this.actions = actions;
		this.choices = choices;
		this.history = history;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping
	String meeting(@PathVariable long id, Model model, Authentication caller) {
		return meeting(id, model, caller, FormErrors.none(), Map.of());
	}

	@PostMapping
	@PreAuthorize(Access.EDIT)
	String replan(@PathVariable String council, @PathVariable long id, MeetingForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			meetings.replan(id, form.toRequest());
			redirect.addFlashAttribute("notice", "The meeting's date, theme and agenda have been saved");
			return "redirect:/councils/" + council + "/alliance/meetings/" + id;
		}, errors -> meeting(id, model, caller, errors, form.fields()), "date");
	}

	/**
	 * Records the meeting as held. Each seat's attendance comes in fields named after the seat
	 * ({@code status-12}, {@code deputy-12}), so this form is read by name rather than bound to a record.
	 */
	@PostMapping("/record")
	@PreAuthorize(Access.EDIT)
	String hold(@PathVariable String council, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			List<AttendanceRequest> attendance = new ArrayList<>();
			for (SeatView seat : seats.seats(meetings.meeting(id).bodyId())) {
				String status = form.get("status-" + seat.id());
				if (status != null && !status.isBlank()) {
					attendance.add(new AttendanceRequest(seat.id(),
							value(AttendanceStatus.class, form, "status-" + seat.id()), form.get("deputy-" + seat.id())));
				}
			}
			meetings.hold(id, new HeldRequest(attendance, integer(form, "youngPeoplePresent"), form.get("minutes"),
					version(form)));
			redirect.addFlashAttribute("notice", "The meeting has been recorded as held");
			return "redirect:/councils/" + council + "/alliance/meetings/" + id;
		}, errors -> meeting(id, model, caller, errors, form), "youngPeoplePresent");
	}

	@PostMapping("/decisions")
	@PreAuthorize(Access.EDIT)
	String decide(@PathVariable String council, @PathVariable long id, DecisionForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			var decision = meetings.decide(id, form.toRequest());
			redirect.addFlashAttribute("notice", "Decision " + decision.number() + " has been recorded");
			return "redirect:/councils/" + council + "/alliance/meetings/" + id + "#decisions";
		}, errors -> meeting(id, model, caller, errors, form.fields()), "wording");
	}

	@PostMapping("/actions")
	@PreAuthorize(Access.EDIT)
	String allocate(@PathVariable String council, @PathVariable long id, ActionForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			ActionView action = meetings.allocate(id, form.toRequest());
			redirect.addFlashAttribute("notice", "The action has been allocated to " + action.holder() + ", due "
					+ GovernancePages.LONG_DATE.format(action.dueDate()));
			return "redirect:/councils/" + council + "/alliance/meetings/" + id + "#actions";
		}, errors -> meeting(id, model, caller, errors, form.fields()), "title");
	}

	@GetMapping(path = "/pack", produces = "text/html")
	@ResponseBody
	String pack(@PathVariable String council, @PathVariable long id, Authentication caller) {
		return exports.printablePack(council, id, Caller.of(caller));
	}

	@GetMapping("/pack.pdf")
	ResponseEntity<byte[]> packPdf(@PathVariable String council, @PathVariable long id, Authentication caller) {
		return exports.packPdf(council, id, Caller.of(caller));
	}

	private String meeting(long id, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		MeetingView meeting = meetings.meeting(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("seats", seats.seats(meeting.bodyId()));
		model.addAttribute("decisions", meetings.decisions(id));
		model.addAttribute("actions", actions.ofMeeting(Caller.of(caller), id));
		model.addAttribute("held", !meeting.date().isAfter(LocalDate.now(clock)));
		model.addAttribute("history", history.of(Meeting.class, id));
		model.addAttribute("organisationChoices", choices.organisations());
		model.addAttribute("seatChoices", choices.seats(meeting.bodyId()));
		model.addAttribute("priorityChoices", choices.priorities());
		return AllianceChoices.show(model, errors, form, "alliance/meeting");
	}
}
