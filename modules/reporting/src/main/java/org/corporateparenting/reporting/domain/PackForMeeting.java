package org.corporateparenting.reporting.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A board pack as its reminders read it: the meeting it goes to and how its PDF's generation went, without the PDF.
 *
 * @param render null when no PDF was ever asked for
 */
public record PackForMeeting(long id, String meetingBody, LocalDate meetingDate,
		BoardPackRender.@Nullable Status render) {

	/** Whether its PDF is ready: the pack can go to the meeting. */
	public boolean ready() {
		return render == BoardPackRender.Status.READY;
	}

	/** Whether it goes to this meeting: it names the body, in whatever case, and the meeting's date. */
	public boolean isFor(String body, LocalDate date) {
		return meetingDate.equals(date) && meetingBody.strip().equalsIgnoreCase(body.strip());
	}
}
