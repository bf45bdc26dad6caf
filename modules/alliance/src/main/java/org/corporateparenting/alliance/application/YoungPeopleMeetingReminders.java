package org.corporateparenting.alliance.application;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.corporateparenting.alliance.BodyStatus;
import org.corporateparenting.alliance.application.AllianceViews.BodyView;
import org.corporateparenting.alliance.application.GovernanceManagement.YoungPeoplePromise;
import org.corporateparenting.alliance.domain.GovernanceBodies;
import org.corporateparenting.alliance.domain.HeldMeeting;
import org.corporateparenting.alliance.domain.Meetings;
import org.corporateparenting.notifications.DueDates;
import org.corporateparenting.notifications.Recipient;
import org.corporateparenting.notifications.Reminder;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.ReminderSettings;
import org.corporateparenting.notifications.ReminderSource;
import org.corporateparenting.tenancy.CouncilContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds whoever speaks for an active body ({@link OrganisationContacts}) that it is falling behind its promise to
 * meet children and young people, counted over the reporting year (1 April to 31 March). The rule: with {@code m}
 * months left in the year, the current one included, a body keeping its promise of {@code p} a year would still hold
 * {@code ceil(m * p / 12)} such meetings; when it needs more than that to keep the promise, it is behind. So a board
 * promising four a year is behind in October with one held (three needed, two at its pace), and not in April with
 * none. The reminder comes at most once a month ({@code cadence:<body>:<year the reporting year starts>:<month>}),
 * on the first day of the month the body is behind.
 */
@Component
class YoungPeopleMeetingReminders implements ReminderSource {

	private final GovernanceBodies bodies;

	private final Meetings meetings;

	private final GovernanceManagement governance;

	private final OrganisationContacts contacts;

	YoungPeopleMeetingReminders(GovernanceBodies bodies, Meetings meetings, GovernanceManagement governance,
			OrganisationContacts contacts) {
		this.bodies = bodies;
		this.meetings = meetings;
		this.governance = governance;
		this.contacts = contacts;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> reminders(LocalDate today, ReminderSettings settings) {
		LocalDate yearStart = LocalDate.of(today.getMonthValue() >= Month.APRIL.getValue() ? today.getYear()
				: today.getYear() - 1, Month.APRIL, 1);
		int monthsLeft = (int) ChronoUnit.MONTHS.between(YearMonth.from(today),
				YearMonth.of(yearStart.getYear() + 1, Month.MARCH)) + 1;
		Map<Long, Long> held = meetings.findHeldAfter(yearStart.minusDays(1))
			.stream()
			.filter(meeting -> meeting.youngPeoplePresent() > 0 && !meeting.date().isAfter(today))
			.collect(Collectors.groupingBy(HeldMeeting::bodyId, Collectors.counting()));
		List<Behind> behind = new ArrayList<>();
		for (BodyView body : bodies.findAllWithReportingLines().stream().map(BodyView::of).toList()) {
			Optional<YoungPeoplePromise> promise = body.status() == BodyStatus.ACTIVE
					? governance.youngPeoplePromise(body) : Optional.empty();
			int heldSoFar = held.getOrDefault(body.id(), 0L).intValue();
			if (promise.isPresent()
					&& promise.get().perYear() - heldSoFar > Math.ceilDiv(monthsLeft * promise.get().perYear(), 12)) {
				behind.add(new Behind(body, promise.get(), heldSoFar));
			}
		}
		if (behind.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Recipient>> audiences = contacts.forBodies(behind.stream().map(body -> body.body().id()).toList());
		String council = CouncilContext.require();
		return behind.stream()
			.flatMap(body -> audiences.get(body.body().id())
				.stream()
				.map(to -> new Reminder(ReminderKind.YOUNG_PEOPLE_MEETINGS_BEHIND, to,
						"cadence:" + body.body().id() + ":" + yearStart.getYear() + ":" + today.getMonthValue(),
						body.body().name() + ": meetings with young people",
						body.held() + " of the " + body.promise().perYear() + " promised a year held since " + DueDates.DAY.format(yearStart) + ", with " + monthsLeft
								+ (monthsLeft == 1 ? " month" : " months") + " of the year left: plan the next ones",
						"/councils/" + council + "/alliance/bodies/" + body.body().id(), today)))
			.toList();
	}

	private record Behind(BodyView body, YoungPeoplePromise promise, int held) {
	}
}
