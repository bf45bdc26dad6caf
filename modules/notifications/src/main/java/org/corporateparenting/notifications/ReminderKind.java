package org.corporateparenting.notifications;

import java.util.Arrays;
import java.util.List;

import org.corporateparenting.web.Labelled;

/** What a reminder is about; each person chooses, kind by kind, whether to hear of it. */
public enum ReminderKind implements Labelled {

	/** A strategy action is due in 14 days, and again in 3 (or the council's own days). */
	ACTION_DUE_SOON("Strategy actions due soon"),

	/** A strategy action has passed its due date without being completed. */
	ACTION_OVERDUE("Strategy actions overdue"),

	/** A strategy action under way has had no progress recorded for six weeks (or the council's own weeks). */
	ACTION_PROGRESS_STALE("Strategy actions with no recent progress"),

	/** An action allocated to an organisation at a meeting is due in 14 days, and again in 3. */
	ALLOCATED_ACTION_DUE_SOON("Actions allocated at meetings, due soon"),

	/** An action allocated to an organisation at a meeting has passed its due date without being completed. */
	ALLOCATED_ACTION_OVERDUE("Actions allocated at meetings, overdue"),

	/** A body's terms of reference in force are due for review within a month (or the council's own days). */
	TERMS_OF_REFERENCE_REVIEW_DUE("Terms of reference due for review"),

	/** A body's terms of reference in force have reached their review date. */
	TERMS_OF_REFERENCE_REVIEW_OVERDUE("Terms of reference past their review date"),

	/** A body is behind its promise of how often to meet children and young people this reporting year. */
	YOUNG_PEOPLE_MEETINGS_BEHIND("Meetings with young people behind the promise"),

	/** An open consultation closes within 3 days. */
	CONSULTATION_CLOSING("Consultations closing soon"),

	/** A consultation closed 8 weeks ago and young people have not yet been told what came of it. */
	YOU_SAID_WE_DID_OWED("\"You said, we did\" owed to young people"),

	/** A consultation closed 12 weeks ago and young people have still not been told what came of it. */
	YOU_SAID_WE_DID_OVERDUE("\"You said, we did\" overdue"),

	/** A work stream still at work has had no update recorded for 12 weeks (or the council's own weeks). */
	WORK_STREAM_UPDATE_DUE("Work streams due an update"),

	/** A partner's pledge has had no update recorded for 12 weeks (or the council's own weeks). */
	PARTNER_PLEDGE_UPDATE_DUE("Partners' pledges due an update"),

	/** A board meeting's pack is due, some days before the meeting (10 unless the council chose otherwise). */
	BOARD_PACK_DUE("Board packs due"),

	/** A reporting period has ended and an indicator's figure for it has not been entered. */
	INDICATOR_FIGURES_MISSING("Indicator figures not yet entered"),

	/** The published local offer for care leavers is due for review within the first reminder's days (14). */
	LOCAL_OFFER_REVIEW_DUE("Local offer due for review"),

	/** The published local offer for care leavers has reached its review date. */
	LOCAL_OFFER_REVIEW_OVERDUE("Local offer past its review date"),

	/**
	 * Someone's own words in a survey or a forum record may tell of harm: told at once to the council's safeguarding
	 * lead through {@link Notices}, whatever the council's settings, since no council may choose not to hear of it.
	 */
	POSSIBLE_DISCLOSURE("Possible disclosures of harm to review");

	/** The kinds a council may choose not to send: all but {@link #POSSIBLE_DISCLOSURE}. */
	public static List<ReminderKind> councilMayStop() {
		return Arrays.stream(values()).filter(kind -> kind != POSSIBLE_DISCLOSURE).toList();
	}

	private final String label;

	ReminderKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
