package org.corporateparenting.reporting.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.corporateparenting.alliance.AllianceProgress;
import org.corporateparenting.alliance.AllianceProgress.UpcomingMeeting;
import org.corporateparenting.alliance.BodyType;
import org.corporateparenting.notifications.DueDates;
import org.corporateparenting.notifications.Recipient;
import org.corporateparenting.notifications.Reminder;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.ReminderSettings;
import org.corporateparenting.notifications.ReminderSource;
import org.corporateparenting.reporting.domain.BoardPacks;
import org.corporateparenting.reporting.domain.PackForMeeting;
import org.corporateparenting.tenancy.CouncilContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds whoever prepares board packs (the council's {@link ReminderSettings#boardPackContact()}, if it named one)
 * of the pack for each meeting an active board has scheduled, due the council's days before the meeting (10): a week
 * before it is due, and from the day it is due until the meeting while no pack for the meeting is ready (its PDF
 * generated). A pack is for a meeting when it names the board and the meeting's date. Each occasion is keyed by the
 * board and the meeting's date, so a meeting moved to another date has occasions of its own.
 */
@Component
class BoardPackReminders implements ReminderSource {

	/** How many days before a pack is due its first reminder comes. */
	static final int NOTICE_DAYS = 7;

	private final AllianceProgress alliance;

	private final BoardPacks packs;

	BoardPackReminders(AllianceProgress alliance, BoardPacks packs) {
		this.alliance = alliance;
		this.packs = packs;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> reminders(LocalDate today, ReminderSettings settings) {
		Recipient to = settings.boardPackContact();
		if (to == null) {
			return List.of();
		}
		LocalDate horizon = today.plusDays(settings.boardPackDaysBefore() + NOTICE_DAYS);
		List<UpcomingMeeting> meetings = alliance.meetingsScheduledBetween(today, horizon)
			.stream()
			.filter(meeting -> meeting.bodyType() == BodyType.BOARD)
			.toList();
		if (meetings.isEmpty()) {
			return List.of();
		}
		List<PackForMeeting> drafted = packs.findForMeetingsBetween(today, horizon);
		String council = CouncilContext.require();
		return meetings.stream()
			.flatMap(meeting -> reminder(meeting, drafted.stream()
				.filter(pack -> pack.isFor(meeting.bodyName(), meeting.date()))
				.toList(), today, settings, to, council).stream())
			.toList();
	}

	/** @param drafted the meeting's packs, none of which may be ready */
	private static Optional<Reminder> reminder(UpcomingMeeting meeting, List<PackForMeeting> drafted, LocalDate today,
			ReminderSettings settings, Recipient to, String council) {
		if (drafted.stream().anyMatch(PackForMeeting::ready)) {
			return Optional.empty();
		}
		LocalDate due = meeting.date().minusDays(settings.boardPackDaysBefore());
		String key = "board-pack:" + meeting.bodyId() + ":" + meeting.date() + ":";
		String subject = meeting.bodyName() + ", " + DueDates.DAY.format(meeting.date());
		String pack = "The pack for the meeting on " + DueDates.DAY.format(meeting.date());
		String path = "/councils/" + council + "/board-packs"
				+ (drafted.isEmpty() ? "" : "/" + drafted.getFirst().id());
		if (today.isBefore(due)) {
			return Optional.of(new Reminder(ReminderKind.BOARD_PACK_DUE, to, key + "due-in-" + NOTICE_DAYS, subject,
					pack + " is due on " + DueDates.when(today, due), path, due));
		}
		return Optional.of(new Reminder(ReminderKind.BOARD_PACK_DUE, to, key + "due", subject,
				pack + (today.equals(due) ? " is due today" : " was due on " + DueDates.DAY.format(due))
						+ " and has not been issued",
				path, due));
	}
}
