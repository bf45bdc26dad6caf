package org.corporateparenting.pledges.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corporateparenting.notifications.Recipient;
import org.corporateparenting.notifications.Reminder;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.ReminderSettings;
import org.corporateparenting.notifications.ReminderSource;
import org.corporateparenting.notifications.UpdatesDue;
import org.corporateparenting.pledges.WorkStreamStatus;
import org.corporateparenting.pledges.domain.WorkStream;
import org.corporateparenting.pledges.domain.WorkStreamLead;
import org.corporateparenting.pledges.domain.WorkStreams;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.RecordHistory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the lead of a work stream still at work (where it names the lead's email) that it is due an update, on
 * the occasion {@link UpdatesDue} names: 12 weeks (or the council's own) after its latest update. A work stream has
 * no start date of its own, so one never updated is measured from the day it was set up on the platform, as its
 * history records it.
 */
@Component
class WorkStreamReminders implements ReminderSource {

	private final WorkStreams workStreams;

	private final RecordHistory history;

	private final Clock clock;

	WorkStreamReminders(WorkStreams workStreams, RecordHistory history, Clock clock) {
		this.workStreams = workStreams;
		this.history = history;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> reminders(LocalDate today, ReminderSettings settings) {
		LocalDate since = UpdatesDue.since(today, settings);
		List<WorkStreamLead> due = workStreams.findLedNotUpdatedSince(since, WorkStreamStatus.ACTIVE);
		Map<Long, Instant> setUp = history.created(WorkStream.class,
				due.stream().filter(stream -> stream.latestUpdate() == null).map(WorkStreamLead::id).toList());
		String council = CouncilContext.require();
		List<Reminder> reminders = new ArrayList<>();
		for (WorkStreamLead stream : due) {
			LocalDate start = stream.latestUpdate();
			if (start == null && setUp.containsKey(stream.id())) {
				start = LocalDate.ofInstant(setUp.get(stream.id()), clock.getZone());
			}
			if (start != null && !start.isAfter(since)) {
				reminders.add(UpdatesDue.reminder(ReminderKind.WORK_STREAM_UPDATE_DUE,
						new Recipient(stream.leadEmail(), stream.lead()), "work-stream:" + stream.id(), stream.name(),
						"/councils/" + council + "/work-streams/" + stream.id(), stream.latestUpdate(), start,
						"it was set up", "record what has been delivered and what is in progress", today));
			}
		}
		return reminders;
	}
}
