package org.corporateparenting.tenancy.onboarding;

import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a platform admin gives to put a council on the platform, from the admin form, the API or a
 * {@code council.yaml}.
 *
 * @param slug short lower-case name used in URLs and tokens, such as {@code walsall}
 * @param onsCode the ONS code of an English council with children's services (E06, E08, E09 or E10)
 * @param region one of the nine English regions
 * @param partnerships slugs of existing partnerships to join
 * @param trustedIssuers OIDC issuers of the council's own identity provider, if it has one (each as
 * {@link org.corporateparenting.tenancy.IssuerAddresses} allows)
 * @param shard the database server to place the council on; {@code null} places it on the server with the fewest
 * councils
 */
public record OnboardingRequest(
		@NotBlank(message = "Enter a slug") @Pattern(regexp = "|[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?",
				message = "must be 1 to 40 lower-case letters, digits and hyphens, starting with a letter") @Schema(example = "walsall") String slug,
		@NotBlank(message = "Enter the council's name") @Size(max = 200,
				message = "must be 200 characters or fewer") @Schema(example = "Walsall Council") String name,
		@NotBlank(message = "Enter the ONS code") @Pattern(regexp = "|E(06|08|09|10)[0-9]{6}",
				message = "must be an ONS code of an English council with children's services, such as E08000030") @Schema(example = "E08000030") String onsCode,
		@NotBlank(message = "Enter the region") @Schema(example = "West Midlands") String region,
		@Schema(example = "[\"west-midlands\"]") List<@NotBlank(message = "must not be blank") String> partnerships,
		@Schema(example = "[\"https://login.walsall.example/\"]") List<@NotBlank(message = "must not be blank") String> trustedIssuers,
		@Schema(example = "shard-1") @Nullable String shard) {

	public OnboardingRequest {
		partnerships = partnerships == null ? List.of() : List.copyOf(partnerships);
		trustedIssuers = trustedIssuers == null ? List.of() : List.copyOf(trustedIssuers);
		shard = shard == null || shard.isBlank() ? null : shard.strip();
	}

	/** A request that leaves the choice of database server to the platform. */
	public OnboardingRequest(String slug, String name, String onsCode, String region, List<String> partnerships,
			List<String> trustedIssuers) {
		this(slug, name, onsCode, region, partnerships, trustedIssuers, null);
	}
}
