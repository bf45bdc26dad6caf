package org.corporateparenting.tenancy.onboarding;

import java.util.List;

import org.corporateparenting.tenancy.Partnership.PartnershipKind;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** A new partnership of councils, such as a regional partnership or a peer network. */
public record PartnershipRequest(
		@NotBlank(message = "Enter a slug") @Pattern(regexp = "|[a-z](?:[a-z0-9-]{0,58}[a-z0-9])?",
				message = "must be 1 to 60 lower-case letters, digits and hyphens, starting with a letter") @Schema(example = "west-midlands") String slug,
		@NotBlank(message = "Enter the partnership's name") @Size(max = 200,
				message = "must be 200 characters or fewer") @Schema(example = "West Midlands") String name,
		@NotNull(message = "Choose whether it is a regional partnership or a peer network (REGIONAL or PEER_NETWORK)") PartnershipKind kind,
		@Schema(example = "[\"walsall\", \"wirral\"]") List<@NotBlank(message = "must not be blank") String> councils) {

	public PartnershipRequest {
		councils = councils == null ? List.of() : List.copyOf(councils);
	}
}
