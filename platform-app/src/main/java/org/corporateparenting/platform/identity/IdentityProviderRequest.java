package org.corporateparenting.platform.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.corporateparenting.tenancy.IdentityProvider;
import org.corporateparenting.tenancy.IdentityProvider.RoleMapping;
import org.corporateparenting.tenancy.IssuerAddresses;
import org.corporateparenting.web.CouncilPermissions.Role;
import org.corporateparenting.web.FieldProblem;
import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A council admin's settings for the council's identity provider, from the API or the page.
 *
 * @param issuer the {@code iss} of the provider's tokens
 * @param claim where the groups or roles are in a token; blank for {@code roles}
 * @param audience what the tokens' {@code aud} must include; blank checks nothing
 * @param mappings which value under the claim gives which role
 * @param version the version read, {@code 0} before the council has one
 */
record IdentityProviderRequest(
		@NotBlank(message = "Enter the issuer of the council's identity provider") @Size(max = 500,
				message = "must be 500 characters or fewer") @Schema(example = "https://login.walsall.example/") String issuer,
		@Size(max = 200, message = "must be 200 characters or fewer") @Pattern(regexp = "|[^\\s.]+(\\.[^\\s.]+)*",
				message = "must be a claim's name or a dotted path to it, such as realm_access.roles, without spaces") @Schema(example = "roles") @Nullable String claim,
		@Size(max = 500, message = "must be 500 characters or fewer") @Pattern(regexp = "|\\S+",
				message = "must be one audience, without spaces") @Schema(example = "corporate-parenting-platform") @Nullable String audience,
		@Size(max = 100, message = "can hold up to 100 mappings") List<@NotNull(message = "must not be empty") @Valid Mapping> mappings,
		@Nullable Long version) {

	IdentityProviderRequest {
		issuer = issuer == null ? null : issuer.strip();
		claim = claim == null || claim.isBlank() ? null : claim.strip();
		audience = audience == null || audience.isBlank() ? null : audience.strip();
		mappings = mappings == null ? List.of() : new ArrayList<>(mappings);
	}

	/**
	 * @param group the value as the token carries it
	 * @param organisation for a partner, the key of the partner organisation they act for
	 */
	record Mapping(@NotBlank(message = "Enter the group or role as the token carries it") @Size(max = 500,
			message = "must be 500 characters or fewer") @Schema(example = "corporate-parenting-officers") String group,
			@NotNull(message = "Choose the platform role it gives") Role role, @Schema(example = "housing") @Nullable String organisation) {

		Mapping {
			group = group == null ? null : group.strip();
			organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
		}
	}

	IdentityProvider.Settings toSettings() {
		return new IdentityProvider.Settings(issuer, Objects.requireNonNullElse(claim, IdentityProvider.DEFAULT_CLAIM),
				audience, mappings.stream()
					.map(mapping -> new RoleMapping(mapping.group(), mapping.role(), mapping.organisation()))
					.toList());
	}

	/**
	 * What the annotations cannot check: an issuer the platform may fetch keys from (and not its own), and mappings
	 * that name a partner organisation of the council exactly when they give the partner role, each once.
	 *
	 * @param organisations the keys of the council's partner organisations
	 * @param platformIssuers the platform's own issuers, which no council may take as its own
	 * @param addresses which addresses may be an issuer at all
	 */
	List<FieldProblem> problems(Collection<String> organisations, Set<String> platformIssuers,
			IssuerAddresses addresses) {
		List<FieldProblem> problems = new ArrayList<>();
		if (issuer != null && !issuer.isBlank()) {
			addresses.problem(issuer)
				.or(() -> platformIssuers.contains(issuer) ? Optional.of("is the platform's own sign-in, which every"
						+ " council trusts already: give the council's own identity provider") : Optional.empty())
				.ifPresent(message -> problems.add(new FieldProblem("issuer", message)));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < mappings.size(); i++) {
			Mapping mapping = mappings.get(i);
			if (mapping == null || mapping.role() == null) {
				continue;
			}
			String field = "mappings[" + i + "]";
			if (mapping.role() == Role.PARTNER && mapping.organisation() == null) {
				problems.add(new FieldProblem(field + ".organisation", "Choose the partner organisation they act for"));
			}
			else if (mapping.role() == Role.PARTNER && !organisations.contains(mapping.organisation())) {
				problems.add(new FieldProblem(field + ".organisation", "is not a partner organisation of the council"));
			}
			else if (mapping.role() != Role.PARTNER && mapping.organisation() != null) {
				problems.add(new FieldProblem(field + ".organisation", "Only a partner mapping names an organisation"));
			}
			if (mapping.group() != null && !seen.add(mapping.group() + "\n" + mapping.role())) {
				problems.add(new FieldProblem(field + ".group", "is mapped to " + mapping.role() + " already"));
			}
		}
		if (version == null) {
			problems.add(new FieldProblem("version", "Give the version you are changing, as read (0 for the first)"));
		}
		return problems;
	}
}
