package org.corporateparenting.pledges.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.corporateparenting.pledges.Audience;
import org.corporateparenting.pledges.CommitmentPeriod;
import org.corporateparenting.pledges.PledgeSetStatus;
import org.corporateparenting.pledges.WorkStreamStatus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the pledges API and pages accept; {@code version} is required when changing a record. */
public final class PledgeRequests {

	private PledgeRequests() {
	}

	public record PledgeSetRequest(
			@NotBlank(message = "Enter the pledge set's title") @Size(max = 200, message = "must be 200 characters or fewer") @Schema(example = "Our Pledge to Children in Care") String title,
			@NotNull(message = "Choose who the pledges are made to") Audience audience, LocalDate inForceFrom,
			@Size(max = 5000, message = "must be 5,000 characters or fewer") @Schema(example = "Agreed with the Children in Care Council") String coProduction, Long version) {
	}

	@Schema(name = "PledgeSetTransitionRequest", description = "The state to move a pledge set to")
	public record TransitionRequest(@NotNull(message = "Choose the state to move to") PledgeSetStatus to) {
	}

	public record ThemeRequest(
			@NotBlank(message = "Enter the theme's title") @Size(max = 200, message = "must be 200 characters or fewer") @Schema(example = "Your Education") String title) {
	}

	public record PledgeRequest(@NotNull(message = "Enter the pledge's number") @Min(value = 1, message = "must be 1 or more") Integer number,
			@NotBlank(message = "Enter the pledge in the young people's words") @Size(max = 5000, message = "must be 5,000 characters or fewer") @Schema(example = "We will do everything we can to make sure you have the very best education and training possible") String text,
			@Valid CommitmentRequest commitment, Long version) {
	}

	public record CommitmentRequest(
			@NotBlank(message = "Describe the commitment") @Size(max = 500, message = "must be 500 characters or fewer") @Schema(example = "Apprenticeship places for care leavers") String description,
			@NotNull(message = "Enter the target") @Min(value = 1, message = "must be 1 or more") Integer target,
			@NotBlank(message = "Enter what is counted, such as meetings") @Size(max = 60, message = "must be 60 characters or fewer") @Schema(example = "places") String unit,
			@NotNull(message = "Choose YEAR, QUARTER or MONTH") CommitmentPeriod period) {
	}

	public record WorkStreamRequest(
			@NotBlank(message = "Enter the work stream's name") @Size(max = 200, message = "must be 200 characters or fewer") @Schema(example = "Good health and wellbeing") String name,
			@NotBlank(message = "Enter the lead's role") @Size(max = 200, message = "must be 200 characters or fewer") @Schema(example = "Designated Nurse for Looked After Children") String lead,
			@Email(message = "must be an email address, such as housing.pathway@council.gov.uk") @Size(max = 254, message = "must be 254 characters or fewer") String leadEmail,
			@Size(max = 40, message = "must be 40 members or fewer") @Schema(example = "[\"Designated Doctor for Looked After Children\"]") List<@NotBlank(message = "must not be blank") @Size(max = 200, message = "must be 200 characters or fewer") String> members,
			@NotEmpty(message = "Choose at least one pledge it delivers") Set<Long> pledgeIds, WorkStreamStatus status,
			LocalDate statusDate, @Size(max = 1000, message = "must be 1,000 characters or fewer") @Schema(example = "Its work plan is now embedded operationally") String statusReason,
			@Size(max = 200, message = "must be 200 characters or fewer") @Schema(example = "Management Board of the Virtual School") String mergedInto, Long version) {
	}

	public record WorkStreamUpdateRequest(@NotNull(message = "Enter the date of the update") LocalDate date,
			@Size(max = 40, message = "must be 40 items or fewer") @Schema(example = "[\"The new ePEP system is implemented and fully operational\"]") List<@NotBlank(message = "must not be blank") @Size(max = 1000, message = "must be 1,000 characters or fewer") String> delivered,
			@Size(max = 40, message = "must be 40 items or fewer") @Schema(example = "[\"Report on the education progress of children in care\"]") List<@NotBlank(message = "must not be blank") @Size(max = 1000, message = "must be 1,000 characters or fewer") String> inProgress) {
	}
}
