package org.corporateparenting.inspection.application;

import org.corporateparenting.inspection.EvidenceKind;
import org.corporateparenting.inspection.JudgementArea;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the evidence API and pages accept; {@code version} is required when changing a link. */
public final class EvidenceRequests {

	private EvidenceRequests() {
	}

	/**
	 * @param reference the record, as its kind names it: an action's reference (WAL-22-01), an indicator's code
	 *     (CL-EET-19-21), a finding's id or a local offer section's id; fixed once the link is made
	 * @param note what the record shows inspectors about the area
	 */
	@Schema(name = "EvidenceLinkRequest", description = "A record of the council's offered as evidence for a judgement area")
	public record LinkRequest(@NotNull(message = "Choose the judgement area") JudgementArea area,
			@NotNull(message = "Choose the kind of evidence") EvidenceKind kind,
			@NotBlank(message = "Choose the record that is the evidence") @Size(max = 100, message = "must be 100 characters or fewer") @Schema(example = "CL-EET-19-21") String reference,
			@Size(max = 2000, message = "must be 2,000 characters or fewer") @Schema(example = "Shows Personal Education Plans completed on time") String note, Long version) {
	}
}
