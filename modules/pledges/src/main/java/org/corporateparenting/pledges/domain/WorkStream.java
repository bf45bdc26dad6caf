package org.corporateparenting.pledges.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.corporateparenting.pledges.WorkStreamStatus;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A group that delivers pledges, such as Walsall's "Home, a safe place to live" work stream: its lead (and where the
 * lead is reminded), members by role, the pledges it delivers, and whether it is still at work, dissolved as
 * delivered, or merged into another body.
 */
@Entity
@Table(name = "work_stream")
@Audited
public class WorkStream {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String name;

	/** The role leading it ("lead" alone is a reserved word in MySQL 8). */
	@Column(name = "lead_role")
	private String lead;

	/** Where its lead is reminded when an update is due: a role or team mailbox rather than a person's own. */
	private @Nullable String leadEmail;

	@Enumerated(EnumType.STRING)
	private WorkStreamStatus status = WorkStreamStatus.ACTIVE;

	private LocalDate statusDate;

	private String statusReason;

	private String mergedInto;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "work_stream_member", joinColumns = @JoinColumn(name = "work_stream_id"))
	@OrderColumn(name = "display_order")
	@Column(name = "member_role")
	private List<String> members = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "work_stream_pledge", joinColumns = @JoinColumn(name = "work_stream_id"))
	@Column(name = "pledge_id")
	private Set<Long> pledgeIds = new TreeSet<>();

	protected WorkStream() {
	}

	public WorkStream(String name, String lead, @Nullable String leadEmail, List<String> members, Set<Long> pledgeIds) {
		describe(name, lead, leadEmail, members, pledgeIds);
	}

	public void describe(String name, String lead, @Nullable String leadEmail, List<String> members,
			Set<Long> pledgeIds) {
		this.name = name;
		this.lead = lead;
		this.leadEmail = leadEmail;
		this.members.clear();
		this.members.addAll(members);
		this.pledgeIds.clear();
		this.pledgeIds.addAll(pledgeIds);
	}

	/** Records that the work stream was dissolved or merged, when and why; ACTIVE clears it. */
	public void close(WorkStreamStatus status, @Nullable LocalDate date, @Nullable String reason,
			@Nullable String mergedInto) {
		this.status = status;
		this.statusDate = status == WorkStreamStatus.ACTIVE ? null : date;
		this.statusReason = status == WorkStreamStatus.ACTIVE ? null : reason;
		this.mergedInto = status == WorkStreamStatus.MERGED ? mergedInto : null;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getName() {
		return name;
	}

	public String getLead() {
		return lead;
	}

	public @Nullable String getLeadEmail() {
		return leadEmail;
	}

	public WorkStreamStatus getStatus() {
		return status;
	}

	public LocalDate getStatusDate() {
		return statusDate;
	}

	public String getStatusReason() {
		return statusReason;
	}

	public String getMergedInto() {
		return mergedInto;
	}

	public List<String> getMembers() {
		return members;
	}

	public Set<Long> getPledgeIds() {
		return pledgeIds;
	}
}
