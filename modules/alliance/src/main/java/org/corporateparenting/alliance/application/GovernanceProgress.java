package org.corporateparenting.alliance.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;

import org.corporateparenting.alliance.AllianceProgress;
import org.corporateparenting.alliance.AttendanceStatus;
import org.corporateparenting.alliance.BodyType;
import org.corporateparenting.alliance.domain.AllocatedActions;
import org.corporateparenting.alliance.domain.Decisions;
import org.corporateparenting.alliance.domain.MeetingCount;
import org.corporateparenting.alliance.domain.Meetings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alliance's figures for reporting, counted by the same checks and queries as the alliance's own pages so
 * that the dashboard and the body pages never disagree.
 */
@Service
@Transactional(readOnly = true)
class GovernanceProgress implements AllianceProgress {

	private final GovernanceManagement governance;

	private final ActionManagement actions;

	private final Meetings meetings;

	private final Decisions decisions;

	private final AllocatedActions allocated;

	GovernanceProgress(GovernanceManagement governance, ActionManagement actions, Meetings meetings,
			Decisions decisions, AllocatedActions allocated) {
		this.governance = governance;
		this.actions = actions;
		this.meetings = meetings;
		this.decisions = decisions;
		this.allocated = allocated;
	}

	@Override
	public List<BodyCadence> cadence(LocalDate today) {
		return governance.cadence(today)
			.stream()
			.filter(body -> body.bodyType() == BodyType.BOARD || body.bodyType() == BodyType.ALLIANCE)
			.map(GovernanceProgress::toProgress)
			.toList();
	}

	@Override
	public Optional<BodyCadence> cadence(long bodyId, LocalDate today) {
		return governance.activeBodyCadence(bodyId, today)
			.filter(body -> body.bodyType() == BodyType.BOARD || body.bodyType() == BodyType.ALLIANCE)
			.map(GovernanceProgress::toProgress);
	}

	/** Only a board's promise to meet young people is reported; another body's stays on its own page. */
	private static BodyCadence toProgress(GovernanceManagement.BodyCadence body) {
		Cadence.Check held = body.meetingsHeld();
		Cadence.Check withYoungPeople = body.bodyType() == BodyType.BOARD ? body.withYoungPeople().orElse(null) : null;
		return new BodyCadence(body.bodyId(), body.bodyName(), body.bodyType(), held.held(), held.expected(),
				withYoungPeople == null ? null : withYoungPeople.held(),
				withYoungPeople == null ? null : withYoungPeople.expected());
	}

	@Override
	public long overdueActions(LocalDate today) {
		return actions.overdueCount(today);
	}

	@Override
	public List<MeetingSummary> meetingsBetween(LocalDate from, LocalDate to) {
		Map<Long, Long> decided = byMeeting(decisions.countByHeldMeetingBetween(from, to));
		Map<Long, Long> allocatedAt = byMeeting(allocated.countByHeldMeetingBetween(from, to));
		return meetings.findHeldBetween(from, to)
			.stream()
			.map(meeting -> new MeetingSummary(meeting.id(), meeting.bodyName(), meeting.bodyType(), meeting.date(),
					meeting.theme(), meeting.youngPeoplePresent(), meeting.quorate(),
					decided.getOrDefault(meeting.id(), 0L).intValue(),
					allocatedAt.getOrDefault(meeting.id(), 0L).intValue()))
			.toList();
	}

	@Override
	public List<DecisionLine> decisionsBetween(LocalDate from, LocalDate to) {
		return decisions.findHeldBetween(from, to);
	}

	@Override
	public List<MeetingAttendance> attendanceBetween(LocalDate from, LocalDate to) {
		Map<Long, int[]> byMeeting = new java.util.LinkedHashMap<>();
		for (Object[] row : meetings.findAttendanceHeldBetween(from, to)) {
			int[] counts = byMeeting.computeIfAbsent((Long) row[0], id -> new int[AttendanceStatus.values().length]);
			counts[((AttendanceStatus) row[1]).ordinal()]++;
		}
		return byMeeting.entrySet()
			.stream()
			.map(entry -> {
				int[] c = entry.getValue();
				return new MeetingAttendance(entry.getKey(), c[AttendanceStatus.PRESENT.ordinal()],
						c[AttendanceStatus.DEPUTY_ATTENDED.ordinal()], c[AttendanceStatus.APOLOGIES.ordinal()],
						c[AttendanceStatus.ABSENT.ordinal()]);
			})
			.toList();
	}

	@Override
	public List<UpcomingMeeting> meetingsScheduledBetween(LocalDate from, LocalDate to) {
		return meetings.findScheduledOfActiveBodiesBetween(from, to)
			.stream()
			.map(meeting -> new UpcomingMeeting(meeting.id(), meeting.bodyId(), meeting.bodyName(),
					meeting.bodyType(), meeting.date()))
			.toList();
	}

	private static Map<Long, Long> byMeeting(List<MeetingCount> counts) {
		return counts.stream().collect(Collectors.toMap(MeetingCount::meetingId, MeetingCount::count));
	}
}
