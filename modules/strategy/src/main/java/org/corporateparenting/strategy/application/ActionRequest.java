package org.corporateparenting.strategy.application;

import java.time.LocalDate;
import java.util.Set;

import org.corporateparenting.strategy.ActionStatus;
import org.corporateparenting.strategy.Rag;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An action as created or edited. {@code reference} may be left out to have one made; {@code version} is required
 * when editing. {@code ragOverride} with {@code ragOverrideReason} overrides the suggested RAG; leave
 * {@code ragOverride} empty to follow the suggestion. The RAG an action shows ({@code rag} in its view) is derived,
 * never sent: an action read and sent back keeps its override, or its lack of one. {@code illustrative} marks an action
 * invented to illustrate, not taken from the council's own documents (left out: false).
 */
public record ActionRequest(
		@Size(max = 40, message = "must be 40 characters or fewer") @Pattern(regexp = "[A-Za-z0-9/._-]*",
				message = "may use letters, digits, / . _ and - only") @Schema(example = "2.3") String reference,
		@NotNull(message = "Choose the priority it serves") Long priorityId,
		@NotBlank(message = "Enter the action's title") @Size(max = 200, message = "must be 200 characters or fewer") @Schema(example = "Improve the quality and timeliness of Personal Education Plans") String title,
		@Size(max = 10000, message = "must be 10,000 characters or fewer") @Schema(example = "Review the leisure card offer with the TLC Hub so every child in care can use leisure facilities in Walsall") String description,
		@NotBlank(message = "Enter who owns it: a role or team") @Size(max = 200, message = "must be 200 characters or fewer") @Schema(example = "Head of Virtual School") String owner,
		@Email(message = "must be an email address, such as head.of.service@council.gov.uk") @Size(max = 254, message = "must be 254 characters or fewer") String ownerEmail,
		Long partnerOrganisationId,
		@NotNull(message = "Enter the start date") LocalDate startDate,
		@NotNull(message = "Enter the due date") LocalDate dueDate,
		@Size(max = 5000, message = "must be 5,000 characters or fewer") @Schema(example = "Personal Education Plans completed on time") String outcomeMeasure,
		ActionStatus status,
		@Min(value = 0, message = "must be from 0 to 100") @Max(value = 100, message = "must be from 0 to 100") Integer percentComplete,
		@Size(max = 500, message = "must be 500 characters or fewer") @Schema(example = "Merged with the Virtual School's work plan to reduce duplication of meetings") String dropReason,
		Rag ragOverride,
		@Size(max = 500, message = "must be 500 characters or fewer") @Schema(example = "The recruitment and retention strategy for foster carers is under review") String ragOverrideReason,
		@Schema(example = "false") Boolean illustrative, Set<Long> pledgeIds, Long version) {
}
