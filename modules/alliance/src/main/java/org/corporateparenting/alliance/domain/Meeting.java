package org.corporateparenting.alliance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.corporateparenting.alliance.AttendanceStatus;
import org.corporateparenting.alliance.MeetingStatus;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A meeting of a body: its date, theme (perhaps one strategy priority, as Wirral themes its board meetings),
 * agenda, and once held, who attended for each seat, how many young people took part, whether it was quorate,
 * and the minutes. Decisions and allocated actions refer to it.
 */
@Entity
@Table(name = "meeting")
@Audited
public class Meeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "body_id")
	private GovernanceBody body;

	private LocalDate meetingDate;

	private @Nullable String theme;

	/** The strategy priority it is themed on, by id in the strategy module, and its label when chosen. */
	private @Nullable Long priorityId;

	private @Nullable String priorityLabel;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "meeting_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "display_order")
	@Column(name = "item")
	private List<String> agenda = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private MeetingStatus status = MeetingStatus.SCHEDULED;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "display_order")
	private List<Attendance> attendance = new ArrayList<>();

	private int youngPeoplePresent;

	private @Nullable Boolean quorate;

	private @Nullable String minutes;

	protected Meeting() {
	}

	public Meeting(GovernanceBody body) {
		this.body = body;
	}

	public void plan(LocalDate date, @Nullable String theme, @Nullable Long priorityId, @Nullable String priorityLabel,
			List<String> agenda) {
		this.meetingDate = date;
		this.theme = theme;
		this.priorityId = priorityId;
		this.priorityLabel = priorityLabel;
		this.agenda.clear();
		this.agenda.addAll(agenda);
	}

	/**
	 * Records the meeting as held. It is quorate when the body has a quorum rule and at least that many seats were
	 * represented by their holder or a deputy; with no rule, {@code quorate} stays unknown.
	 */
	public void hold(List<Attendance> attendance, int youngPeoplePresent, @Nullable String minutes) {
		this.status = MeetingStatus.HELD;
		this.attendance.clear();
		this.attendance.addAll(attendance);
		this.youngPeoplePresent = youngPeoplePresent;
		this.minutes = minutes;
		Integer quorum = body.getQuorum();
		this.quorate = quorum == null ? null
				: attendance.stream().filter(entry -> entry.status().represented()).count() >= quorum;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public GovernanceBody getBody() {
		return body;
	}

	public LocalDate getMeetingDate() {
		return meetingDate;
	}

	public @Nullable String getTheme() {
		return theme;
	}

	public @Nullable Long getPriorityId() {
		return priorityId;
	}

	public @Nullable String getPriorityLabel() {
		return priorityLabel;
	}

	public List<String> getAgenda() {
		return agenda;
	}

	public MeetingStatus getStatus() {
		return status;
	}

	public List<Attendance> getAttendance() {
		return attendance;
	}

	public int getYoungPeoplePresent() {
		return youngPeoplePresent;
	}

	public @Nullable Boolean getQuorate() {
		return quorate;
	}

	public @Nullable String getMinutes() {
		return minutes;
	}

	/** How one seat was represented: by its holder, a deputy (named by role), or not at all. */
	@Embeddable
	public record Attendance(@Column(name = "seat_id") long seatId,
			@Enumerated(EnumType.STRING) @Column(name = "attendance") AttendanceStatus status,
			@Column(name = "deputy") @Nullable String deputy) {
	}
}
