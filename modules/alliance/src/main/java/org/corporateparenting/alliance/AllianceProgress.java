package org.corporateparenting.alliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How the council's governance is keeping to its promises, and the meetings it has ahead, for reporting's dashboard,
 * board packs and their reminders. Called in the current council's context.
 */
public interface AllianceProgress {

	/**
	 * The cadence of each active board or committee and alliance over the twelve months to {@code today}, counted
	 * as the alliance pages count it (against the terms of reference in force, else the body's frequency).
	 */
	List<BodyCadence> cadence(LocalDate today);

	/** One body's cadence as {@link #cadence(LocalDate)} counts it; empty unless it is an active board or alliance. */
	Optional<BodyCadence> cadence(long bodyId, LocalDate today);

	/** How many allocated actions are past their due date and not finished. */
	long overdueActions(LocalDate today);

	/** The meetings held from {@code from} to {@code to}, both included, in date order. */
	List<MeetingSummary> meetingsBetween(LocalDate from, LocalDate to);

	/**
	 * What the meetings held from {@code from} to {@code to} (both included) decided, in meeting date order and then
	 * in the order each meeting recorded them.
	 */
	List<DecisionLine> decisionsBetween(LocalDate from, LocalDate to);

	/**
	 * How the seats were represented at each meeting held from {@code from} to {@code to} (both included) that has
	 * its attendance recorded, in meeting date order.
	 */
	List<MeetingAttendance> attendanceBetween(LocalDate from, LocalDate to);

	/**
	 * The meetings active bodies have scheduled and not yet held, from {@code from} to {@code to}, both included, in
	 * date order.
	 */
	List<UpcomingMeeting> meetingsScheduledBetween(LocalDate from, LocalDate to);

	/**
	 * @param held meetings held in the twelve months
	 * @param expected meetings a year the body promises
	 * @param withYoungPeople for a board: meetings with young people present; null for other bodies
	 * @param withYoungPeopleExpected for a board: how many such meetings a year it promises; null otherwise
	 */
	record BodyCadence(long bodyId, String name, BodyType type, int held, int expected,
			@Nullable Integer withYoungPeople, @Nullable Integer withYoungPeopleExpected) {

		public boolean onCourse() {
			return held >= expected && (withYoungPeople == null || withYoungPeopleExpected == null
					|| withYoungPeople >= withYoungPeopleExpected);
		}
	}

	/**
	 * @param quorate null when the body has no quorum rule
	 */
	record MeetingSummary(long id, String bodyName, BodyType bodyType, LocalDate date, @Nullable String theme,
			int youngPeoplePresent, @Nullable Boolean quorate, int decisions, int actionsAllocated) {
	}

	/** @param number the decision's number within its meeting */
	@Schema(name = "MeetingDecision")
	record DecisionLine(long meetingId, String bodyName, BodyType bodyType, LocalDate date, int number,
			DecisionType type, String wording) {
	}

	/**
	 * @param present seats whose holder attended
	 * @param deputies seats a deputy attended for
	 * @param apologies seats that sent apologies
	 * @param absent seats not represented, without apologies
	 */
	record MeetingAttendance(long meetingId, int present, int deputies, int apologies, int absent) {

		/** Seats recorded for the meeting. */
		public int seats() {
			return present + deputies + apologies + absent;
		}

		/** Seats represented by their holder or a deputy. */
		public int represented() {
			return present + deputies;
		}
	}

	record UpcomingMeeting(long id, long bodyId, String bodyName, BodyType bodyType, LocalDate date) {
	}
}
