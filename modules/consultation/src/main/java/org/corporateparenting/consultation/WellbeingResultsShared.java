package org.corporateparenting.consultation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.corporateparenting.tenancy.CouncilEvent;
import org.jspecify.annotations.Nullable;

/**
 * A council taking part in the well-being comparison shares a closed template survey's results: for each domain and
 * each template question, the share of young people whose answers say things are going well. The disclosure control
 * was applied here, in the council: a share whose group is too small is null and marked suppressed, so no small
 * figure, and nothing any one young person said, leaves the council.
 *
 * @param year the year the survey closed, which results are compared by
 * @param sentAt when the results were read: a survey shared again replaces what was sent before, never what was
 *     sent after
 * @param results one per domain ({@link WellbeingDomain#name()}) and per question ({@code TemplateQuestion.key})
 */
public record WellbeingResultsShared(String council, long consultationId, WellbeingVersion version, int edition,
		int year, Instant sentAt, List<SharedResult> results) implements CouncilEvent {

	/** @param share the percentage to one decimal place; null when suppressed */
	public record SharedResult(String key, @Nullable BigDecimal share, boolean suppressed) {
	}
}
