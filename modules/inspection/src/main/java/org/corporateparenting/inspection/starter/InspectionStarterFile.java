package org.corporateparenting.inspection.starter;

import java.util.List;

import org.corporateparenting.inspection.JudgementArea;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The shape of a council's {@code inspection.yaml}: the evidence it links to each ILACS judgement area, each entry
 * naming one record of its other files: an action by its reference, an indicator by its code, a "you said, we did"
 * response by its consultation's topic and its theme, or a local offer section by its title.
 */
record InspectionStarterFile(
		@NotEmpty(message = "needs at least one piece of evidence") List<@NotNull(message = "is empty") @Valid EvidenceEntry> evidence) {

	record EvidenceEntry(@NotNull(message = "is required") JudgementArea area, String action, String indicator,
			@Valid ResponseEntry youSaidWeDid, String offerSection,
			@Size(max = 2000, message = "must be 2,000 characters or fewer") String note) {
	}

	record ResponseEntry(@NotBlank(message = "is required") String consultation,
			@NotBlank(message = "is required") String theme) {
	}
}
