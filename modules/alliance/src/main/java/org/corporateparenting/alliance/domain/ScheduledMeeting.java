package org.corporateparenting.alliance.domain;

import java.time.LocalDate;

import org.corporateparenting.alliance.BodyType;

/**
 * A meeting still to be held, read without its agenda and attendance, for reminders across many meetings: loading
 * each {@link Meeting} would read its agenda and attendance one meeting at a time.
 */
public record ScheduledMeeting(long id, long bodyId, String bodyName, BodyType bodyType, LocalDate date) {
}
