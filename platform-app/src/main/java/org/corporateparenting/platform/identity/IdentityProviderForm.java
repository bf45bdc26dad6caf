package org.corporateparenting.platform.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.corporateparenting.platform.identity.IdentityProviderRequest.Mapping;
import org.corporateparenting.tenancy.IdentityProvider.RoleMapping;
import org.corporateparenting.web.CouncilPermissions.Role;
import org.corporateparenting.web.FormValues;
import org.corporateparenting.web.SubmittedForm;
import org.jspecify.annotations.Nullable;

/**
 * The identity provider page's form as posted, each field as typed. Mappings are rows named {@code mappings[0].group}
 * and so on, as the API names them, so a problem the API would report lands beside its row. A row left empty adds
 * nothing, and a row ticked for removal is left out.
 */
record IdentityProviderForm(@Nullable String issuer, @Nullable String claim, @Nullable String audience,
		@Nullable List<MappingRow> mappings, @Nullable String version) implements SubmittedForm {

	/** One row of the table, as typed; {@code remove} is sent when its box is ticked. */
	record MappingRow(@Nullable String group, @Nullable String role, @Nullable String organisation,
			@Nullable String remove) {

		static final MappingRow EMPTY = new MappingRow(null, null, null, null);

		static MappingRow of(RoleMapping mapping) {
			return new MappingRow(mapping.group(), mapping.role().name(), mapping.organisation(), null);
		}

		boolean empty() {
			return isBlank(group) && isBlank(role) && isBlank(organisation);
		}

		private static boolean isBlank(@Nullable String value) {
			return value == null || value.isBlank();
		}
	}

	/** The form without the rows ticked for removal and, when saving, without the rows left empty. */
	IdentityProviderForm kept(boolean saving) {
		List<MappingRow> rows = new ArrayList<>();
		for (MappingRow row : mappings == null ? List.<MappingRow>of() : mappings) {
			if (row != null && row.remove() == null && !(saving && row.empty())) {
				rows.add(row);
			}
		}
		return new IdentityProviderForm(issuer, claim, audience, rows, version);
	}

	List<MappingRow> rows() {
		return mappings == null ? List.of() : mappings;
	}

	/** The request the API takes; call it on the rows {@link #kept} for saving, so row numbers match the page's. */
	IdentityProviderRequest toRequest() {
		List<MappingRow> rows = rows();
		return new IdentityProviderRequest(issuer, claim, audience, IntStream.range(0, rows.size())
			.mapToObj(i -> new Mapping(rows.get(i).group(),
					FormValues.value(Role.class, "mappings[" + i + "].role", rows.get(i).role()),
					rows.get(i).organisation()))
			.toList(), FormValues.version(version));
	}
}
