package org.corporateparenting.tenancy.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corporateparenting.tenancy.IdentityProvider;
import org.corporateparenting.tenancy.IdentityProvider.RoleMapping;
import org.corporateparenting.web.CouncilPermissions.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads councils' identity providers with their mappings, in two queries whatever their number: every council's for
 * the registry held in memory, or one council's inside a transaction that has just changed it.
 */
final class IdentityProviderRows {

	private IdentityProviderRows() {
	}

	/** Every council's identity provider, by council slug. */
	static Map<String, IdentityProvider> all(JdbcClient jdbc, RegistryTables tables) {
		return read(jdbc, tables, "", Map.of());
	}

	/** The council's identity provider, if it has one: read from the database, not the copy in memory. */
	static Optional<IdentityProvider> of(JdbcClient jdbc, RegistryTables tables, String council) {
		return Optional.ofNullable(read(jdbc, tables, " where c.slug = :slug", Map.of("slug", council)).get(council));
	}

	private static Map<String, IdentityProvider> read(JdbcClient jdbc, RegistryTables tables, String where,
			Map<String, ?> params) {
		record Row(long councilId, String council, String issuer, String claim, String audience,
				Instant updatedAt, String updatedBy, long version) {
		}
		List<Row> rows = jdbc.sql("select ip.council_id, c.slug, ip.issuer, ip.claim, ip.audience, ip.updated_at,"
				+ " ip.updated_by, ip.version from " + tables.identityProvider() + " ip join " + tables.council()
				+ " c on c.id = ip.council_id" + where)
			.params(params)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getLong(8)))
			.list();
		if (rows.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<RoleMapping>> mappings = new LinkedHashMap<>();
		jdbc.sql("select council_id, group_value, role, organisation from " + tables.identityProviderMapping()
				+ " where council_id in (:ids) order by council_id, position")
			.param("ids", rows.stream().map(Row::councilId).toList())
			.query((rs, n) -> Map.entry(rs.getLong(1),
					new RoleMapping(rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4))))
			.list()
			.forEach(entry -> mappings.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
		Map<String, IdentityProvider> providers = new LinkedHashMap<>();
		for (Row row : rows) {
			providers.put(row.council(), new IdentityProvider(row.council(), row.issuer(), row.claim(), row.audience(),
					mappings.getOrDefault(row.councilId(), List.of()), row.updatedAt(), row.updatedBy(),
					row.version()));
		}
		return Collections.unmodifiableMap(providers);
	}
}
