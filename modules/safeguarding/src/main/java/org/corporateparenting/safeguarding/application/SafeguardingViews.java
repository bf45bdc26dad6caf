package org.corporateparenting.safeguarding.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.consultation.FreeTextSource;
import org.corporateparenting.consultation.FreeTexts.FreeText;
import org.corporateparenting.safeguarding.DisclosureStatus;
import org.corporateparenting.safeguarding.Outcome;
import org.corporateparenting.safeguarding.domain.Disclosure;
import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the safeguarding API answers with. */
public final class SafeguardingViews {

	private SafeguardingViews() {
	}

	/**
	 * The council's safeguarding settings.
	 *
	 * @param leadNamed whether a lead is named: while none is, the council's admins read the queue
	 * @param ownList whether the phrases and patterns are the council's own; otherwise they are the platform's
	 * @param version the version to quote when changing them ({@code 0}: never saved)
	 */
	@Schema(name = "SafeguardingSettings")
	public record SettingsView(@Nullable String leadEmail, @Nullable String leadRole, @Nullable String adminsEmail,
			boolean leadNamed, boolean ownList, List<String> phrases, List<String> patterns, long version) {
	}

	/** A possible disclosure in the queue: where it came from and where its review is, never the words. */
	@Schema(name = "DisclosureSummary")
	public record DisclosureSummary(long id, FreeTextSource source, String place, Instant flaggedAt,
			DisclosureStatus status, @Nullable Outcome outcome) {

		static DisclosureSummary of(Disclosure disclosure) {
			return new DisclosureSummary(disclosure.getId(), disclosure.getSource(), disclosure.getPlace(),
					disclosure.getFlaggedAt(), disclosure.getStatus(), disclosure.getOutcome());
		}
	}

	/**
	 * One possible disclosure as the lead reads it: the words, what they answer and where, and nothing else of the
	 * response they came in.
	 *
	 * @param text the words, or null when the answer or record is no longer there
	 * @param prompt the question answered, or the kind of forum activity
	 * @param written the day the answer was sent, or the forum's activity took place
	 * @param recordedBy the officer who wrote a forum record
	 * @param matched what on the screening list matched, or why it could not be screened
	 */
	@Schema(name = "Disclosure")
	public record DisclosureView(long id, FreeTextSource source, String place, @Nullable String text,
			@Nullable String prompt, @Nullable LocalDate written, @Nullable String recordedBy,
			@Nullable Long consultationId, @Nullable Long forumId, String matched, Instant flaggedAt,
			DisclosureStatus status, @Nullable Outcome outcome, @Nullable String outcomeNote,
			@Nullable Instant lastReadAt, @Nullable String lastReadBy, long version) {

		static DisclosureView of(Disclosure disclosure, @Nullable FreeText words) {
			return new DisclosureView(disclosure.getId(), disclosure.getSource(), disclosure.getPlace(),
					words == null ? null : words.text(), words == null ? null : words.prompt(),
					words == null ? null : words.written(), words == null ? null : words.recordedBy(),
					words == null ? null : words.consultationId(), words == null ? null : words.forumId(),
					disclosure.getMatched(), disclosure.getFlaggedAt(), disclosure.getStatus(), disclosure.getOutcome(),
					disclosure.getOutcomeNote(), disclosure.getLastReadAt(), disclosure.getLastReadBy(),
					disclosure.getVersion());
		}
	}
}
