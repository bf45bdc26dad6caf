package org.corporateparenting.pledges.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.corporateparenting.pledges.Audience;
import org.corporateparenting.pledges.DeliveryStatus;
import org.corporateparenting.pledges.PledgeDeliverySource;
import org.corporateparenting.pledges.PledgeSetStatus;
import org.corporateparenting.pledges.WorkStreamStatus;
import org.corporateparenting.pledges.domain.Commitment;
import org.corporateparenting.pledges.domain.Pledge;
import org.corporateparenting.pledges.domain.PledgeSet;
import org.corporateparenting.pledges.domain.PledgeTheme;
import org.corporateparenting.pledges.domain.WorkStream;
import org.corporateparenting.pledges.domain.WorkStreamUpdate;
import org.jspecify.annotations.Nullable;

/** The API's JSON shapes for the pledges module's records. */
public final class PledgeViews {

	private PledgeViews() {
	}

	public record PledgeSetView(long id, long version, String title, Audience audience, PledgeSetStatus status, int edition,
			LocalDate inForceFrom, String coProduction, Long replacesSetId, Set<PledgeSetStatus> allowedTransitions,
			List<ThemeView> themes) {

		public static PledgeSetView of(PledgeSet set) {
			return new PledgeSetView(set.getId(), set.getVersion(), set.getTitle(), set.getAudience(), set.getStatus(),
					set.getEdition(), set.getInForceFrom(), set.getCoProduction(), set.getReplacesSetId(),
					set.getStatus().next(), set.getThemes().stream().map(ThemeView::of).toList());
		}
	}

	public record ThemeView(long id, int position, String title, List<PledgeView> pledges) {

		public static ThemeView of(PledgeTheme theme) {
			return new ThemeView(theme.getId(), theme.getPosition(), theme.getTitle(),
					theme.getPledges().stream().map(PledgeView::of).toList());
		}
	}

	public record PledgeView(long id, long version, int number, String text, Commitment commitment, Long replacesPledgeId) {

		public static PledgeView of(Pledge pledge) {
			return new PledgeView(pledge.getId(), pledge.getVersion(), pledge.getNumber(), pledge.getText(),
					pledge.getCommitment(), pledge.getReplacesPledgeId());
		}
	}

	public record WorkStreamView(long id, long version, String name, String lead, @Nullable String leadEmail,
			List<String> members, Set<Long> pledgeIds, WorkStreamStatus status, LocalDate statusDate, String statusReason,
			String mergedInto) {

		public static WorkStreamView of(WorkStream ws) {
			return new WorkStreamView(ws.getId(), ws.getVersion(), ws.getName(), ws.getLead(), ws.getLeadEmail(),
					List.copyOf(ws.getMembers()),
					Set.copyOf(ws.getPledgeIds()), ws.getStatus(), ws.getStatusDate(), ws.getStatusReason(),
					ws.getMergedInto());
		}
	}

	public record WorkStreamUpdateView(long id, long workStreamId, LocalDate date, List<String> delivered,
			List<String> inProgress, String author, Instant recordedAt) {

		public static WorkStreamUpdateView of(WorkStreamUpdate update) {
			return new WorkStreamUpdateView(update.getId(), update.getWorkStream().getId(), update.getUpdateDate(),
					update.getDelivered(), update.getInProgress(), update.getAuthor(), update.getRecordedAt());
		}
	}

	/** How a pledge is being kept: its work streams and the other work (strategy actions) delivering it. */
	public record DeliveryView(long pledgeId, DeliveryStatus status, List<WorkStreamView> workStreams,
			List<PledgeDeliverySource.DeliveringWork> otherWork) {
	}
}
