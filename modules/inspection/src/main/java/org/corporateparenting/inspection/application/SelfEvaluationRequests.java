package org.corporateparenting.inspection.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the self-evaluation's API and pages accept; {@code version} is required when changing a version. */
public final class SelfEvaluationRequests {

	private SelfEvaluationRequests() {
	}

	/** @param year the year the self-evaluation is for, such as 2026 */
	@Schema(name = "SelfEvaluationStartRequest", description = "The year to start a self-evaluation for")
	public record StartRequest(
			@NotNull(message = "Enter the year the self-evaluation is for") @Min(value = 2000, message = "must be a year from 2000") @Max(value = 2100, message = "must be a year up to 2100") Integer year) {
	}

	/**
	 * The council's words for each judgement area: what it knows about the quality of practice, and what it is doing
	 * to improve. A field left out or blank is left empty.
	 */
	@Schema(name = "SelfEvaluationNarrativeRequest", description = "The council's narrative for each judgement area")
	public record NarrativeRequest(
			@Size(max = 10000, message = "must be 10,000 characters or fewer") @Schema(example = "Children in care have their health needs regularly checked") String childrenInCareQuality,
			@Size(max = 10000, message = "must be 10,000 characters or fewer") @Schema(example = "Personal Education Plans are completed on time more often") String childrenInCareImproving,
			@Size(max = 10000, message = "must be 10,000 characters or fewer") @Schema(example = "Care leavers are helped to find and keep a stable place to live") String careLeaversQuality,
			@Size(max = 10000, message = "must be 10,000 characters or fewer") @Schema(example = "A successful apprenticeship programme has helped care leavers into long-term employment") String careLeaversImproving,
			@Size(max = 10000, message = "must be 10,000 characters or fewer") @Schema(example = "The Corporate Parenting Board oversees the strategy and its action plan") String leadersQuality,
			@Size(max = 10000, message = "must be 10,000 characters or fewer") @Schema(example = "The Alliance brings partners' pledges together") String leadersImproving,
			Long version) {
	}

	/** Saving freezes the version read. */
	@Schema(name = "SelfEvaluationSaveRequest", description = "The version of the draft being saved, as read")
	public record SaveRequest(Long version) {
	}
}
