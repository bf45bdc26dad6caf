package org.corporateparenting.safeguarding.application;

import java.util.List;

import org.corporateparenting.safeguarding.Outcome;
import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the safeguarding API and pages both send. */
public final class SafeguardingRequests {

	private SafeguardingRequests() {
	}

	/**
	 * The council's safeguarding settings.
	 *
	 * @param leadEmail the email address the lead signs in with (and is told at); blank: no lead named
	 * @param adminsEmail who is told while no lead is named: the council admins' shared mailbox
	 * @param ownList whether the council screens with its own list (the phrases and patterns given) rather than the
	 *     platform's
	 * @param version the version read ({@code 0} while the council has never saved any)
	 */
	@Schema(name = "SafeguardingSettingsRequest")
	public record SettingsRequest(
			@Email(message = "Enter an email address, such as safeguarding.lead@council.gov.uk") @Size(max = 254, message = "must be 254 characters or fewer") @Nullable String leadEmail,
			@Size(max = 200, message = "must be 200 characters or fewer") @Schema(example = "Designated safeguarding lead") @Nullable String leadRole,
			@Email(message = "Enter an email address, such as council.admins@council.gov.uk") @Size(max = 254, message = "must be 254 characters or fewer") @Nullable String adminsEmail,
			@Schema(example = "false") @Nullable Boolean ownList,
			@Size(max = 500, message = "must be 500 phrases or fewer") @Schema(example = "[\"dont feel safe\"]") @Nullable List<String> phrases,
			@Size(max = 200, message = "must be 200 patterns or fewer") @Schema(example = "[\"scared of (my )?(carer|foster carer)\"]") @Nullable List<String> patterns,
			@Nullable Long version) {

		public List<String> phraseList() {
			return phrases == null ? List.of() : phrases;
		}

		public List<String> patternList() {
			return patterns == null ? List.of() : patterns;
		}
	}

	/**
	 * What the lead did about a possible disclosure.
	 *
	 * @param note what was done, or why; needed for {@link Outcome#OTHER}
	 * @param version the version read
	 */
	@Schema(name = "DisclosureOutcomeRequest")
	public record OutcomeRequest(@NotNull(message = "Choose what was done") @Nullable Outcome outcome,
			@Size(max = 2000, message = "must be 2000 characters or fewer") @Schema(example = "Passed to the designated safeguarding lead the same day") @Nullable String note,
			@Nullable Long version) {
	}
}
