package org.corporateparenting.reporting.application;

import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.alliance.AllianceProgress;
import org.corporateparenting.alliance.AllianceProgress.MeetingAttendance;
import org.corporateparenting.consultation.ConsultationProgress;
import org.corporateparenting.localoffer.LocalOfferStanding;
import org.corporateparenting.pledges.DeliveryStatus;
import org.corporateparenting.pledges.PledgeProgress;
import org.corporateparenting.reporting.domain.DashboardPriority;
import org.corporateparenting.strategy.ActionStatus;
import org.corporateparenting.strategy.Rag;
import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the board's annual report says, as records that are written to JSON when a report is finalised and read back
 * unchanged ever after: the figures of the year, then the report with its words.
 */
public final class AnnualReportContent {

	private AnnualReportContent() {
	}

	/**
	 * @param asAt the day the figures were drawn from the live records
	 * @param localOffer the published local offer on that day, if there was one
	 */
	@Schema(name = "AnnualReportFigures")
	public record Figures(String councilName, String year, String yearDescribed, LocalDate from, LocalDate to,
			LocalDate asAt, BoardMeetings meetings, StrategyDelivery strategy, List<PledgeSetLine> pledgeSets,
			Voice voice, List<IndicatorLine> indicators, LocalOfferStanding.@Nullable PublishedOffer localOffer) {

		public int pledges() {
			return pledgeSets.stream().mapToInt(PledgeSetLine::pledges).sum();
		}

		public int pledgesDelivered() {
			return pledgeSets.stream().mapToInt(PledgeSetLine::delivered).sum();
		}
	}

	/**
	 * The board's meetings held in the year.
	 *
	 * @param withYoungPeople meetings at which young people were present
	 * @param seatsRecorded seats whose attendance was recorded, over all the meetings
	 * @param seatsRepresented of those, seats represented by their holder or a deputy
	 */
	@Schema(name = "AnnualReportMeetings")
	public record BoardMeetings(int held, int withYoungPeople, int youngPeoplePresent, int seatsRecorded,
			int seatsRepresented, List<MeetingLine> meetings, List<AllianceProgress.DecisionLine> decisions) {

		static BoardMeetings of(List<MeetingLine> meetings, List<AllianceProgress.DecisionLine> decisions) {
			return new BoardMeetings(meetings.size(), (int) meetings.stream().filter(m -> m.youngPeoplePresent() > 0).count(),
					meetings.stream().mapToInt(MeetingLine::youngPeoplePresent).sum(),
					meetings.stream().mapToInt(MeetingLine::seats).sum(),
					meetings.stream().mapToInt(MeetingLine::represented).sum(), meetings, decisions);
		}

		/** Seats represented as a whole percentage of those recorded; null when no attendance was recorded. */
		public @Nullable Integer attendancePercent() {
			return seatsRecorded == 0 ? null : Math.round(100f * seatsRepresented / seatsRecorded);
		}
	}

	/** @param seats seats whose attendance was recorded (0 when none was) */
	@Schema(name = "AnnualReportMeeting")
	public record MeetingLine(long id, String bodyName, LocalDate date, @Nullable String theme, int youngPeoplePresent,
			@Nullable Boolean quorate, int decisions, int actionsAllocated, int seats, int represented, int apologies) {

		static MeetingLine of(AllianceProgress.MeetingSummary meeting, @Nullable MeetingAttendance attendance) {
			return new MeetingLine(meeting.id(), meeting.bodyName(), meeting.date(), meeting.theme(),
					meeting.youngPeoplePresent(), meeting.quorate(), meeting.decisions(), meeting.actionsAllocated(),
					attendance == null ? 0 : attendance.seats(), attendance == null ? 0 : attendance.represented(),
					attendance == null ? 0 : attendance.apologies());
		}
	}

	/**
	 * The action plan of the year.
	 *
	 * @param strategyTitle null when the council has no strategy in force with an action plan
	 */
	@Schema(name = "AnnualReportStrategy")
	public record StrategyDelivery(@Nullable String strategyTitle, @Nullable String planYear,
			List<PriorityLine> priorities, DashboardPriority.Counts totals, List<StatusCount> byStatus) {
	}

	/** A priority's actions counted by RAG rating and by status. */
	@Schema(name = "AnnualReportPriority")
	public record PriorityLine(int number, String title, DashboardPriority.Counts counts, List<StatusCount> byStatus) {
	}

	@Schema(name = "ActionStatusCount")
	public record StatusCount(String status, long actions) {

		static String label(ActionStatus status) {
			String words = status.name().replace('_', ' ').toLowerCase(java.util.Locale.UK);
			return Character.toUpperCase(words.charAt(0)) + words.substring(1);
		}
	}

	/** @param deliveredPledges the words of each pledge delivered */
	@Schema(name = "AnnualReportPledgeSet")
	public record PledgeSetLine(String title, int pledges, int delivered, int inProgress, int notAssigned,
			List<String> deliveredPledges) {

		static PledgeSetLine of(PledgeProgress.PledgeSetProgress set) {
			List<PledgeProgress.PledgeLine> lines = set.pledges();
			return new PledgeSetLine(set.title(), lines.size(), count(lines, DeliveryStatus.DELIVERED),
					count(lines, DeliveryStatus.IN_PROGRESS), count(lines, DeliveryStatus.NOT_ASSIGNED),
					lines.stream()
						.filter(line -> line.status() == DeliveryStatus.DELIVERED)
						.map(PledgeProgress.PledgeLine::text)
						.toList());
		}

		private static int count(List<PledgeProgress.PledgeLine> lines, DeliveryStatus status) {
			return (int) lines.stream().filter(line -> line.status() == status).count();
		}
	}

	/**
	 * The consultations open, closed or reported back in the year, and what became of their findings.
	 *
	 * @param findings "you said, we did" findings published for them
	 */
	@Schema(name = "AnnualReportVoice")
	public record Voice(int consultations, long responses, int findings, long done, long planned, long notPossible,
			List<ConsultationProgress.ConsultationSummary> held) {
	}

	/**
	 * An indicator's latest figure up to the end of the year (all null when it had none), against its target and
	 * England's figure.
	 *
	 * @param englandPeriod the period of England's figure, which may be earlier than the council's
	 */
	@Schema(name = "AnnualReportIndicator")
	public record IndicatorLine(String code, String name, @Nullable String priority, @Nullable String period,
			@Nullable String value, @Nullable String target, @Nullable Rag rag, @Nullable String england,
			@Nullable String englandPeriod) {
	}
}
