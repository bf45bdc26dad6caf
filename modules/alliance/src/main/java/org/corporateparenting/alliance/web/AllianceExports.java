package org.corporateparenting.alliance.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corporateparenting.alliance.application.ActionManagement;
import org.corporateparenting.alliance.application.AllianceViews.BodyView;
import org.corporateparenting.alliance.application.AllianceViews.MeetingView;
import org.corporateparenting.alliance.application.AllianceViews.SeatView;
import org.corporateparenting.alliance.application.Caller;
import org.corporateparenting.alliance.application.GovernanceManagement;
import org.corporateparenting.alliance.application.MeetingManagement;
import org.corporateparenting.alliance.application.SeatManagement;
import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.web.Downloads;
import org.corporateparenting.web.PdfDocuments;
import org.corporateparenting.web.Spreadsheets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What the alliance hands out: a body's membership list as CSV, and a meeting's pack (agenda, seats, and the
 * previous meeting's actions with their status) as a printable page and a PDF.
 */
@Component
class AllianceExports {

	private final GovernanceManagement governance;

	private final SeatManagement seats;

	private final MeetingManagement meetings;

	private final ActionManagement actions;

	private final PdfDocuments documents;

	private final Councils councils;

	AllianceExports(GovernanceManagement governance, SeatManagement seats, MeetingManagement meetings,
			ActionManagement actions, PdfDocuments documents, Councils councils) {
		this.governance = governance;
		this.seats = seats;
		this.meetings = meetings;
		this.actions = actions;
		this.documents = documents;
		this.councils = councils;
	}

	ResponseEntity<byte[]> membershipCsv(String council, long bodyId) {
		BodyView body = governance.body(bodyId);
		List<List<String>> rows = seats.seats(bodyId).stream().map(AllianceExports::row).toList();
		return Downloads.attachment(
				Spreadsheets.csv(List.of("Role", "Seat", "Organisation", "Sector", "Holder status", "Holder",
						"Candidates", "Deputies"), rows),
				Downloads.CSV, council + "-" + Downloads.slug(body.name()) + "-membership.csv");
	}

	private static List<String> row(SeatView seat) {
		return List.of(seat.role().label(), seat.position(), seat.organisationName(), seat.sector().label(),
				seat.holderStatus().label(),
				seat.holder() == null ? "" : seat.holder(), String.join("; ", seat.candidates()),
				String.join("; ", seat.deputies()));
	}

	String printablePack(String council, long meetingId, Caller caller) {
		return documents.html("alliance/pack", pack(council, meetingId, caller));
	}

	ResponseEntity<byte[]> packPdf(String council, long meetingId, Caller caller) {
		Map<String, Object> model = pack(council, meetingId, caller);
		MeetingView meeting = (MeetingView) model.get("meeting");
		return Downloads.attachment(documents.pdf("alliance/pack", model), MediaType.APPLICATION_PDF,
				council + "-" + Downloads.slug(meeting.bodyName()) + "-" + meeting.date() + "-pack.pdf");
	}

	private Map<String, Object> pack(String council, long meetingId, Caller caller) {
		MeetingView meeting = meetings.meeting(meetingId);
		MeetingView previous = meetings.previous(meetingId);
		Map<String, Object> model = new HashMap<>();
		model.put("councilName", councils.find(council).map(Council::name).orElse(council));
		model.put("meeting", meeting);
		model.put("seats", seats.seats(meeting.bodyId()));
		model.put("previous", previous);
		model.put("previousActions", previous == null ? List.of() : actions.ofMeeting(caller, previous.id()));
		model.put("decisions", meetings.decisions(meetingId));
		return model;
	}
}
