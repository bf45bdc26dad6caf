package org.corporateparenting.alliance.domain;

/** How many of something (decisions, allocated actions) one meeting has. */
public record MeetingCount(long meetingId, long count) {
}
