package org.corporateparenting.alliance.domain;

import java.time.LocalDate;

import org.corporateparenting.alliance.BodyType;
import org.jspecify.annotations.Nullable;

/**
 * A held meeting read without its agenda and attendance, for figures across many meetings: loading each
 * {@link Meeting} would read its agenda and attendance one meeting at a time.
 */
public record HeldMeeting(long id, long bodyId, String bodyName, BodyType bodyType, LocalDate date,
		@Nullable String theme, int youngPeoplePresent, @Nullable Boolean quorate) {
}
