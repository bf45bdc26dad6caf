package org.corporateparenting.localoffer.starter;

import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.localoffer.Entitlement;
import org.corporateparenting.localoffer.OfferArea;
import org.corporateparenting.localoffer.OfferStatus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * The shape of a council's {@code local-offer.yaml}: the versions of its local offer for care leavers, oldest first,
 * each with its sections. A version names the consultation it went through by its topic in {@code consultation.yaml}.
 */
record LocalOfferStarterFile(
		@NotEmpty(message = "needs at least one version of the offer") List<@NotNull(message = "is empty") @Valid OfferEntry> offers) {

	record OfferEntry(@NotBlank(message = "is required") String title, @NotNull(message = "is required") OfferStatus status,
			String introduction, String consultation, LocalDate publishedOn, LocalDate reviewDue, String contactRole,
			@Email(message = "must be an email address") String contactEmail, Boolean illustrative,
			List<@NotNull(message = "is empty") @Valid SectionEntry> sections) {

		OfferEntry {
			sections = sections == null ? List.of() : sections;
		}
	}

	record SectionEntry(@NotNull(message = "is required") OfferArea area, @NotBlank(message = "is required") String title,
			@NotBlank(message = "is required") String whatYouCanGet, String whoIsEligible, String howToAsk,
			@NotNull(message = "is required") Entitlement entitlement, String provider, String contact,
			Boolean illustrative, @Valid PartnerOfferReference partnerOffer) {
	}

	/** A partner's offer of {@code alliance.yaml} that a section gives, by its organisation's name and its title. */
	record PartnerOfferReference(@NotBlank(message = "is required") String organisation,
			@NotBlank(message = "is required") String title) {
	}
}
