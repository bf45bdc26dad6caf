package org.corporateparenting.localoffer.application;

import java.time.LocalDate;

import org.corporateparenting.localoffer.Entitlement;
import org.corporateparenting.localoffer.OfferArea;
import org.corporateparenting.localoffer.OfferStatus;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the local offer's API and pages accept; {@code version} is required when changing a record. */
public final class LocalOfferRequests {

	private LocalOfferRequests() {
	}

	/**
	 * @param consultationId the consultation module's record of the consultation this version went through
	 * @param reviewDue when the offer is to be reviewed; needed to publish it
	 * @param illustrative the words are an example the platform wrote, not the council's
	 */
	public record OfferRequest(
			@NotBlank(message = "Enter the offer's title") @Size(max = 200, message = "must be 200 characters or fewer") @Schema(example = "Walsall's local offer for care leavers") String title,
			@Size(max = 5000, message = "must be 5,000 characters or fewer") @Schema(example = "What you can get from Walsall Council and its partners when you leave care") String introduction, Long consultationId,
			LocalDate reviewDue,
			@Size(max = 200, message = "must be 200 characters or fewer") @Schema(example = "Head of Service, Corporate Parenting") String contactRole,
			@Email(message = "must be an email address, such as leaving.care@council.gov.uk") @Size(max = 254, message = "must be 254 characters or fewer") String contactEmail,
			@Schema(example = "false") Boolean illustrative, Long version) {
	}

	public record SectionRequest(@NotNull(message = "Choose the area of the offer") OfferArea area,
			@NotBlank(message = "Enter the section's title") @Size(max = 200, message = "must be 200 characters or fewer") @Schema(example = "Leisure") String title,
			@NotBlank(message = "Say what care leavers can get") @Size(max = 5000, message = "must be 5,000 characters or fewer") @Schema(example = "A leisure card for leisure facilities in the Walsall area") String whatYouCanGet,
			@Size(max = 2000, message = "must be 2,000 characters or fewer") @Schema(example = "Care leavers aged 18 to 25") String whoIsEligible,
			@Size(max = 2000, message = "must be 2,000 characters or fewer") @Schema(example = "Ask your personal adviser") String howToAsk,
			@NotNull(message = "Choose whether it is a right in law or extra help") Entitlement entitlement,
			@Size(max = 200, message = "must be 200 characters or fewer") @Schema(example = "Walsall Council") String provider,
			@Size(max = 500, message = "must be 500 characters or fewer") @Schema(example = "Leaving Care Team") String contact, @Schema(example = "false") Boolean illustrative,
			Long partnerOfferId, Long version) {
	}

	/** @param reviewDue when publishing: the next review date, if not the offer's own */
	@Schema(name = "LocalOfferTransitionRequest", description = "The state to move a version of the local offer to")
	public record TransitionRequest(@NotNull(message = "Choose the state to move to") OfferStatus to,
			LocalDate reviewDue) {
	}
}
