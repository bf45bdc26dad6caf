package org.corporateparenting.tenancy.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.corporateparenting.tenancy.CouncilStatus;
import org.corporateparenting.tenancy.IdentityProvider;
import org.corporateparenting.tenancy.Partnership;
import org.corporateparenting.tenancy.Partnership.PartnershipKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole registry as it was at one version: every council (with its issuers and partnerships), every partnership,
 * and the councils' own identity providers. Small (a row per council), so it is read whole, in six queries, and kept
 * in memory.
 *
 * @param version the registry's change counter when this was read
 * @param identityProviders the councils' identity providers by council slug
 * @param identityProvidersByIssuer the same by issuer, which a bearer token names
 */
record RegistrySnapshot(long version, Map<String, CouncilRecord> councils, Map<String, Partnership> partnerships,
		Map<String, IdentityProvider> identityProviders, Map<String, IdentityProvider> identityProvidersByIssuer) {

	static final RegistrySnapshot EMPTY = new RegistrySnapshot(-1, Map.of(), Map.of(), Map.of(), Map.of());

	Optional<CouncilRecord> council(String slug) {
		return Optional.ofNullable(councils.get(slug));
	}

	/** Every council, in name order. */
	List<CouncilRecord> councilsByName() {
		return councils.values().stream().toList();
	}

	/** Every partnership, in name order. */
	List<Partnership> partnershipsByName() {
		return partnerships.values().stream().toList();
	}

	static RegistrySnapshot read(JdbcClient jdbc, RegistryTables tables) {
		long version = jdbc.sql("select version from " + tables.change() + " where id = 1")
			.query(Long.class)
			.optional()
			.orElse(0L);
		List<CouncilRow> rows = jdbc.sql("select * from " + tables.council() + " order by name, slug")
			.query((rs, n) -> CouncilRow.of(rs))
			.list();
		Map<Long, List<String>> issuers = pairs(jdbc,
				"select council_id, issuer from " + tables.issuer() + " order by issuer");
		record Member(long partnershipId, long councilId) {
		}
		List<Member> members = jdbc.sql("select partnership_id, council_id from " + tables.member())
			.query((rs, n) -> new Member(rs.getLong(1), rs.getLong(2)))
			.list();
		record PartnershipRow(long id, String slug, String name, PartnershipKind kind, long version) {
		}
		List<PartnershipRow> partnershipRows = jdbc
			.sql("select id, slug, name, kind, version from " + tables.partnership() + " order by name, slug")
			.query((rs, n) -> new PartnershipRow(rs.getLong(1), rs.getString(2), rs.getString(3),
					PartnershipKind.valueOf(rs.getString(4)), rs.getLong(5)))
			.list();

		Map<Long, CouncilRow> councilsById = rows.stream()
			.collect(Collectors.toMap(CouncilRow::id, row -> row));
		Map<Long, PartnershipRow> partnershipsById = partnershipRows.stream()
			.collect(Collectors.toMap(PartnershipRow::id, row -> row));
		Map<String, CouncilRecord> councils = new LinkedHashMap<>();
		for (CouncilRow row : rows) {
			List<String> memberships = members.stream()
				.filter(member -> member.councilId() == row.id())
				.map(member -> partnershipsById.get(member.partnershipId()))
				.filter(java.util.Objects::nonNull)
				.map(PartnershipRow::slug)
				.sorted()
				.toList();
			councils.put(row.slug(), row.toRecord(issuers.getOrDefault(row.id(), List.of()), memberships));
		}
		Map<String, Partnership> partnerships = new LinkedHashMap<>();
		for (PartnershipRow row : partnershipRows) {
			List<String> memberSlugs = members.stream()
				.filter(member -> member.partnershipId() == row.id())
				.map(member -> councilsById.get(member.councilId()))
				.filter(java.util.Objects::nonNull)
				.sorted(Comparator.comparing(CouncilRow::name).thenComparing(CouncilRow::slug))
				.map(CouncilRow::slug)
				.toList();
			partnerships.put(row.slug(), new Partnership(row.slug(), row.name(), row.kind(), memberSlugs, row.version()));
		}
		Map<String, IdentityProvider> identityProviders = IdentityProviderRows.all(jdbc, tables);
		return new RegistrySnapshot(version, java.util.Collections.unmodifiableMap(councils),
				java.util.Collections.unmodifiableMap(partnerships), identityProviders, identityProviders.values()
					.stream()
					.collect(Collectors.toUnmodifiableMap(IdentityProvider::issuer, provider -> provider)));
	}

	private static Map<Long, List<String>> pairs(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	record CouncilRow(long id, String slug, String name, String onsCode, String region, CouncilStatus status,
			String schemaName, String shard, String changelogVersion, Instant createdAt, Instant updatedAt,
			long version) {

		static CouncilRow of(ResultSet rs) throws SQLException {
			return new CouncilRow(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					rs.getString("ons_code"), rs.getString("region"), CouncilStatus.valueOf(rs.getString("status")),
					rs.getString("schema_name"), rs.getString("shard"), rs.getString("changelog_version"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
					rs.getLong("version"));
		}

		CouncilRecord toRecord(List<String> issuers, List<String> partnerships) {
			return new CouncilRecord(id, slug, name, onsCode, region, status, schemaName, shard, changelogVersion,
					issuers, partnerships, createdAt, updatedAt, version);
		}
	}
}
