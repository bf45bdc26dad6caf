package org.corporateparenting.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.corporateparenting.strategy.Theme;
import org.corporateparenting.tenancy.CouncilEvent;
import org.jspecify.annotations.Nullable;

/**
 * A council's delivery progress by standard theme, as its dashboard now counts it, for its partnerships: the share
 * of each theme's actions rated green or complete. Published when the council finalises a period, and when it
 * joins a partnership; a theme with fewer than 5 actions goes as suppressed, without its share.
 *
 * @param partnerships every partnership the council belongs to
 */
public record DeliveryProgressShared(String council, Instant asAt, List<String> partnerships, List<ThemeShare> themes)
		implements CouncilEvent {

	/** @param share the percentage rated green or complete; null when suppressed */
	public record ThemeShare(Theme theme, @Nullable BigDecimal share, boolean suppressed) {
	}
}
