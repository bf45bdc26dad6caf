package org.corporateparenting.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.corporateparenting.tenancy.CouncilEvent;
import org.jspecify.annotations.Nullable;

/**
 * A council finalised a period: the values it shares with its partnerships go to the platform schema. Small
 * numbers are already suppressed here, in the council, so the figure never leaves it: a suppressed value is null.
 *
 * @param sentAt when these figures were read: a period sent again replaces what was sent before, never what was
 *     sent after
 * @param figures each shared indicator's value, per partnership it is shared with (or {@code @benchmarking}: for the
 *     council's statistical neighbours and region)
 */
public record PeriodFinalised(String council, String period, Instant finalisedAt, Instant sentAt,
		List<SharedFigure> figures)
		implements CouncilEvent {

	/** @param value null when it was suppressed */
	public record SharedFigure(String partnership, String indicatorCode, @Nullable BigDecimal value,
			boolean suppressed) {
	}
}
