package org.corporateparenting.tenancy.registry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.IdentityProvider;
import org.corporateparenting.tenancy.IdentityProvider.RoleMapping;
import org.corporateparenting.tenancy.IdentityProvider.Settings;
import org.corporateparenting.tenancy.IdentityProviders;
import org.corporateparenting.tenancy.RecordHistory.Change;
import org.corporateparenting.tenancy.RecordHistory.FieldChange;
import org.corporateparenting.tenancy.database.SchemaNames;
import org.corporateparenting.web.ConflictException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Councils' identity providers in the platform schema, beside the registry they belong to: read from the registry's
 * copy in memory, written (like every registry change) with a bump of the registry's change counter, so every
 * instance reads the new mappings within seconds. Each save keeps the version in a history table.
 */
@Repository
class IdentityProviderRegistry implements IdentityProviders {

	private final JdbcClient jdbc;

	private final RegistryTables tables;

	private final CouncilRegistry registry;

	private final TransactionTemplate ownTransaction;

	IdentityProviderRegistry(JdbcClient jdbc, SchemaNames schemaNames, CouncilRegistry registry,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.tables = RegistryTables.in(schemaNames);
		this.registry = registry;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public Optional<IdentityProvider> find(String council) {
		if (registry.writtenInThisTransaction()) {
			return IdentityProviderRows.of(jdbc, tables, council);
		}
		return Optional.ofNullable(registry.snapshot().identityProviders().get(council));
	}

	@Override
	public Optional<IdentityProvider> findByIssuer(String issuer) {
		return Optional.ofNullable(registry.snapshot().identityProvidersByIssuer().get(issuer));
	}

	/** In a transaction of its own on the platform's server, whichever council's request asks. */
	@Override
	public IdentityProvider save(String council, Settings settings, long version, String actor) {
		return CouncilContext
			.callOutsideAnyCouncil(() -> ownTransaction.execute(status -> write(council, settings, version, actor)));
	}

	private IdentityProvider write(String council, Settings settings, long version, String actor) {
		registry.changing();
		long councilId = jdbc.sql("select id from " + tables.council() + " where slug = :slug for update")
			.param("slug", council)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No council " + council + " in the registry"));
		long current = jdbc.sql("select version from " + tables.identityProvider() + " where council_id = :id")
			.param("id", councilId)
			.query(Long.class)
			.optional()
			.orElse(0L);
		if (current != version) {
			throw new OptimisticLockingFailureException(
					"The identity provider of " + council + " is at version " + current + ", not " + version);
		}
		if (usedByAnotherCouncil(councilId, settings.issuer())) {
			throw new ConflictException("issuer", "Another council signs in with this issuer. A council's identity"
					+ " provider must be its own: ask the platform team if you share one");
		}
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql((current == 0 ? "insert into " + tables.identityProvider()
				+ " (issuer, claim, audience, updated_at, updated_by, version, council_id)"
				+ " values (:issuer, :claim, :audience, :now, :actor, 1, :id)"
				: "update " + tables.identityProvider() + " set issuer = :issuer, claim = :claim, audience = :audience,"
						+ " updated_at = :now, updated_by = :actor, version = version + 1 where council_id = :id"))
			.param("issuer", settings.issuer())
			.param("claim", settings.claim())
			.param("audience", settings.audience())
			.param("now", now)
			.param("actor", actor)
			.param("id", councilId)
			.update();
		jdbc.sql("delete from " + tables.identityProviderMapping() + " where council_id = :id")
			.param("id", councilId)
			.update();
		for (int position = 0; position < settings.mappings().size(); position++) {
			RoleMapping mapping = settings.mappings().get(position);
			jdbc.sql("insert into " + tables.identityProviderMapping() + " (council_id, position, group_value, role,"
					+ " organisation) values (:id, :position, :group, :role, :organisation)")
				.param("id", councilId)
				.param("position", position)
				.param("group", mapping.group())
				.param("role", mapping.role().name())
				.param("organisation", mapping.organisation())
				.update();
		}
		jdbc.sql("insert into " + tables.identityProviderHistory() + " (council_slug, version, changed_at, changed_by,"
				+ " issuer, claim, audience, mappings) values (:council, :version, :now, :actor, :issuer, :claim,"
				+ " :audience, :mappings)")
			.param("council", council)
			.param("version", current + 1)
			.param("now", now)
			.param("actor", actor)
			.param("issuer", settings.issuer())
			.param("claim", settings.claim())
			.param("audience", settings.audience())
			.param("mappings", describe(settings.mappings()))
			.update();
		return IdentityProviderRows.of(jdbc, tables, council).orElseThrow();
	}

	/** Whether another council has the issuer as its identity provider or among the issuers it trusts. */
	private boolean usedByAnotherCouncil(long councilId, String issuer) {
		return jdbc.sql("select (select count(*) from " + tables.identityProvider()
				+ " where issuer = :issuer and council_id <> :id) + (select count(*) from " + tables.issuer()
				+ " where issuer = :issuer and council_id <> :id)")
			.param("issuer", issuer)
			.param("id", councilId)
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public List<Change> history(String council) {
		record Version(long version, Instant at, String author, String issuer, String claim, String audience,
				String mappings) {
		}
		List<Version> versions = jdbc.sql("select version, changed_at, changed_by, issuer, claim, audience, mappings"
				+ " from " + tables.identityProviderHistory() + " where council_slug = :council order by version")
			.param("council", council)
			.query((rs, n) -> new Version(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
		List<Change> changes = new ArrayList<>();
		Version before = null;
		for (Version version : versions) {
			List<FieldChange> fields = new ArrayList<>();
			compare(fields, "issuer", before == null ? null : before.issuer(), version.issuer());
			compare(fields, "claim", before == null ? null : before.claim(), version.claim());
			compare(fields, "audience", before == null ? null : before.audience(), version.audience());
			compare(fields, "mappings", before == null ? null : before.mappings(), version.mappings());
			changes.add(new Change(version.version(), version.at(), version.author(),
					before == null ? "CREATED" : "CHANGED", fields));
			before = version;
		}
		return changes.reversed();
	}

	private static void compare(List<FieldChange> fields, String field, String from, String to) {
		if (!Objects.equals(from, to)) {
			fields.add(new FieldChange(field, from, to));
		}
	}

	private static String describe(List<RoleMapping> mappings) {
		return mappings.stream().map(RoleMapping::describe).collect(Collectors.joining("; "));
	}
}
