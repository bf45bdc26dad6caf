package org.corporateparenting.consultation.application;

import java.time.LocalDate;

import org.corporateparenting.consultation.WellbeingVersion;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the well-being survey's API and pages accept. */
public final class WellbeingRequests {

	private WellbeingRequests() {
	}

	/**
	 * A survey started from the template: which version, when it is open and who answers for it; the topic is the
	 * template's unless the council gives its own.
	 */
	@Schema(name = "WellbeingStartRequest")
	public record StartRequest(@NotNull(message = "Choose who the survey is for") WellbeingVersion templateVersion,
			@Size(max = 300, message = "must be 300 characters or fewer") @Schema(example = "Children in Care and Care Leavers survey") String topic,
			@NotNull(message = "Enter the date it opens") LocalDate opensOn,
			@NotNull(message = "Enter the date it closes") LocalDate closesOn,
			@Size(max = 200, message = "must be 200 characters or fewer") @Schema(example = "Children's Champion") String contactRole,
			@Email(message = "must be an email address, such as participation@council.gov.uk") @Size(max = 254, message = "must be 254 characters or fewer") String contactEmail) {
	}

	/** Whether the council takes part in the comparison across councils; give the version read. */
	@Schema(name = "WellbeingSharingRequest")
	public record SharingRequest(@NotNull(message = "Say whether the council takes part") @Schema(example = "true") Boolean optedIn,
			Long version) {
	}
}
