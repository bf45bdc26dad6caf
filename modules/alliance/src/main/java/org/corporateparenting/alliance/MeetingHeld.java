package org.corporateparenting.alliance;

import java.time.LocalDate;

import org.corporateparenting.tenancy.CouncilEvent;
import org.jspecify.annotations.Nullable;

/**
 * A body's meeting took place and its attendance was recorded.
 *
 * @param priorityId the strategy priority the meeting was themed on, if any
 * @param youngPeoplePresent how many children or young people took part
 * @param quorate whether enough seats were represented; null when the body has no quorum rule
 */
public record MeetingHeld(String council, long meetingId, long bodyId, String bodyName, BodyType bodyType,
		LocalDate date, @Nullable String theme, @Nullable Long priorityId, int youngPeoplePresent,
		@Nullable Boolean quorate)
		implements CouncilEvent {
}
