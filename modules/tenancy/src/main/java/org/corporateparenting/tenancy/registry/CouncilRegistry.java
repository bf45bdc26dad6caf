package org.corporateparenting.tenancy.registry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.CouncilStatus;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.Partnership;
import org.corporateparenting.tenancy.Partnership.PartnershipKind;
import org.corporateparenting.tenancy.database.CouncilLocation;
import org.corporateparenting.tenancy.database.CouncilLocations;
import org.corporateparenting.tenancy.database.SchemaNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The councils and partnerships registry in the platform schema. Plain SQL with schema-qualified table names,
 * so that it reads the same whether or not the current thread is working in a council's schema. Every write
 * runs in a transaction (joining the caller's), because the pool does not auto-commit.
 * <p>
 * Reads come from the registry held in memory ({@link RegistryCache}): a request costs no registry query, and
 * councils keep working while the default server (which alone holds the registry) cannot be reached. A transaction
 * that has written to the registry reads it from the database, so it sees its own writes.
 */
@Repository
public class CouncilRegistry implements Councils, CouncilLocations {

	private static final Logger log = LoggerFactory.getLogger(CouncilRegistry.class);

	private final JdbcClient jdbc;

	private final RegistryTables tables;

	private final RegistryCache cache;

	/**
	 * @param platformTablesByName the platform's server for SQL naming the platform schema in every table, as the
	 *     registry's does: its reads take a connection on whatever schema it was left, and the poll each second does
	 *     not move a connection to the platform schema for the next council's request to move it back
	 */
	CouncilRegistry(JdbcClient jdbc, @Qualifier("platformTablesByName") DataSource platformTablesByName,
			SchemaNames schemaNames) {
		this.jdbc = jdbc;
		this.tables = RegistryTables.in(schemaNames);
		// Reads of the whole registry take a connection of their own: they may happen while Hibernate is opening a
		// council's connection, inside a transaction whose connection is that very one.
		this.cache = new RegistryCache(JdbcClient.create(platformTablesByName), tables);
	}

	@Override
	public Optional<Council> find(String slug) {
		return findRecord(slug).map(CouncilRecord::toCouncil);
	}

	@Override
	public List<Council> all() {
		return records().stream().map(CouncilRecord::toCouncil).toList();
	}

	@Override
	@SuppressWarnings("unchecked")
	public <E extends Exception> void forEachActive(CouncilContext.Work<E> work) throws E {
		Exception first = null;
		for (CouncilRecord council : records()) {
			if (council.status() == CouncilStatus.ACTIVE) {
				try {
					CouncilContext.runIn(council.slug(), work);
				}
				catch (Exception ex) {
					// A clash with an edit, another replica doing the same: the other councils still get their turn.
					log.warn("Work for {} failed; the other councils carry on", council.slug(), ex);
					first = first == null ? ex : first;
				}
			}
		}
		if (first instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (first != null) {
			throw (E) first;
		}
	}

	/**
	 * Where the council's schema is, from the registry in memory; read again when the council is not there yet (it
	 * was onboarded on another instance a moment ago).
	 */
	@Override
	public CouncilLocation locate(String slug) {
		return cache.current()
			.council(slug)
			.or(() -> cache.reload().council(slug))
			.map(CouncilRecord::location)
			.orElseThrow(() -> new IllegalArgumentException("No council " + slug + " in the registry"));
	}

	/** The council's row as the registry in memory has it (or as this transaction has just written it). */
	public Optional<CouncilRecord> findRecord(String slug) {
		if (cache.writtenInThisTransaction()) {
			return select("where c.slug = :slug", Map.of("slug", slug)).stream().findFirst();
		}
		return cache.current().council(slug);
	}

	/** The council's row as it is in the database now: where a change must start from the latest version. */
	public Optional<CouncilRecord> readRecord(String slug) {
		return select("where c.slug = :slug", Map.of("slug", slug)).stream().findFirst();
	}

	/** Every council, in name order. */
	public List<CouncilRecord> records() {
		if (cache.writtenInThisTransaction()) {
			return select("order by c.name, c.slug", Map.of());
		}
		return cache.current().councilsByName();
	}

	/** Reads the registry again now, whatever the change counter says (start-up, tests). */
	public void reload() {
		cache.reload();
	}

	/** The registry as held in memory, for the other readers of the registry's tables beside this one. */
	RegistrySnapshot snapshot() {
		return cache.current();
	}

	/** Whether this transaction has changed the registry, so reads in it must go to the database. */
	boolean writtenInThisTransaction() {
		return cache.writtenInThisTransaction();
	}

	/** Marks a change to the registry made beside this class (a council's identity provider), as its own writes do. */
	void changing() {
		changed();
	}

	/** Reloads the registry when another instance has changed it; scheduled by {@link RegistryPolling}. */
	void poll() {
		cache.poll();
	}

	public boolean existsByOnsCode(String onsCode) {
		return jdbc.sql("select count(*) from " + tables.council() + " where ons_code = :ons")
			.param("ons", onsCode)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional
	public long insert(NewCouncil created) {
		changed();
		var keys = new GeneratedKeyHolder();
		Instant now = Instant.now();
		jdbc.sql("insert into " + tables.council() + " (slug, name, ons_code, region, status, schema_name, shard,"
				+ " created_at, updated_at, version) values (:slug, :name, :ons, :region, :status, :schema, :shard,"
				+ " :now, :now, 0)")
			.param("slug", created.slug())
			.param("name", created.name())
			.param("ons", created.onsCode())
			.param("region", created.region())
			.param("status", CouncilStatus.PROVISIONING.name())
			.param("schema", created.schemaName())
			.param("shard", created.shard())
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (String uri : created.trustedIssuers()) {
			jdbc.sql("insert into " + tables.issuer() + " (council_id, issuer) values (:id, :issuer)")
				.param("id", id)
				.param("issuer", uri)
				.update();
		}
		return id;
	}

	/** Moves a council to a new status, refusing the change when the council was changed since {@code version}. */
	@Transactional
	public void changeStatus(String slug, CouncilStatus status, long version) {
		changed();
		int changed = jdbc
			.sql("update " + tables.council() + " set status = :status, updated_at = :now, version = version + 1"
					+ " where slug = :slug and version = :version")
			.param("status", status.name())
			.param("now", Timestamp.from(Instant.now()))
			.param("slug", slug)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Council " + slug + " was changed by someone else");
		}
	}

	@Transactional
	public void recordChangelogVersion(String slug, String changelogVersion) {
		changed();
		jdbc.sql("update " + tables.council() + " set changelog_version = :v where slug = :slug")
			.param("v", changelogVersion)
			.param("slug", slug)
			.update();
	}

	@Transactional
	public void delete(String slug) {
		changed();
		jdbc.sql("delete from " + tables.council() + " where slug = :slug").param("slug", slug).update();
	}

	@Override
	public Optional<Partnership> findPartnership(String slug) {
		if (cache.writtenInThisTransaction()) {
			return selectPartnerships("where p.slug = :slug", Map.of("slug", slug)).stream().findFirst();
		}
		return Optional.ofNullable(cache.current().partnerships().get(slug));
	}

	@Override
	public List<Partnership> partnerships() {
		if (cache.writtenInThisTransaction()) {
			return selectPartnerships("", Map.of());
		}
		return cache.current().partnershipsByName();
	}

	@Transactional
	public void insertPartnership(String slug, String name, PartnershipKind kind) {
		changed();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("insert into " + tables.partnership()
				+ " (slug, name, kind, created_at, updated_at, version) values (:slug, :name, :kind, :now, :now, 0)")
			.param("slug", slug)
			.param("name", name)
			.param("kind", kind.name())
			.param("now", now)
			.update();
	}

	/** Adds a council to a partnership; adding one already there changes nothing. */
	@Transactional
	public void addMember(String partnershipSlug, String councilSlug) {
		changed();
		jdbc.sql("insert ignore into " + tables.member() + " (partnership_id, council_id) select p.id, c.id from "
				+ tables.partnership() + " p, " + tables.council() + " c where p.slug = :p and c.slug = :c")
			.param("p", partnershipSlug)
			.param("c", councilSlug)
			.update();
		touchPartnership(partnershipSlug);
	}

	@Transactional
	public void removeMember(String partnershipSlug, String councilSlug) {
		changed();
		jdbc.sql("delete m from " + tables.member() + " m join " + tables.partnership() + " p on p.id = m.partnership_id join "
				+ tables.council() + " c on c.id = m.council_id where p.slug = :p and c.slug = :c")
			.param("p", partnershipSlug)
			.param("c", councilSlug)
			.update();
		touchPartnership(partnershipSlug);
	}

	private void touchPartnership(String slug) {
		jdbc.sql("update " + tables.partnership() + " set updated_at = :now, version = version + 1 where slug = :slug")
			.param("now", Timestamp.from(Instant.now()))
			.param("slug", slug)
			.update();
	}

	/** How many councils that still have a schema each shard holds; shards without any are left out. */
	public Map<String, Long> councilsPerShard() {
		return jdbc.sql("select shard, count(*) from " + tables.council() + " where status <> :offboarded group by shard")
			.param("offboarded", CouncilStatus.OFFBOARDED.name())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Keeps the council as a tombstone: offboarded, its slug and ONS code still taken, in no partnership any more.
	 *
	 * @return the partnerships it left
	 * @throws OptimisticLockingFailureException when the council was changed since {@code version}
	 */
	@Transactional
	public List<String> markOffboarded(String slug, long version) {
		changeStatus(slug, CouncilStatus.OFFBOARDED, version);
		List<String> left = findRecord(slug).orElseThrow().partnerships();
		jdbc.sql("delete m from " + tables.member() + " m join " + tables.council() + " c on c.id = m.council_id where c.slug = :slug")
			.param("slug", slug)
			.update();
		left.forEach(this::touchPartnership);
		return left;
	}

	/**
	 * Bumps the registry's change counter in this transaction (every instance reloads once it commits) and sends this
	 * transaction's own reads of the registry to the database.
	 */
	private void changed() {
		cache.written();
		jdbc.sql("update " + tables.change() + " set version = version + 1 where id = 1").update();
	}

	/** Reads inside a transaction that changed the registry: on its own connection, which sees its writes. */
	private List<CouncilRecord> select(String where, Map<String, ?> params) {
		List<RegistrySnapshot.CouncilRow> rows = jdbc.sql("select c.* from " + tables.council() + " c " + where)
			.params(params)
			.query((rs, n) -> RegistrySnapshot.CouncilRow.of(rs))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(RegistrySnapshot.CouncilRow::id).toList();
		Map<Long, List<String>> issuers = pairs(
				"select council_id, issuer from " + tables.issuer() + " where council_id in (:ids) order by issuer", ids);
		Map<Long, List<String>> memberships = pairs("select m.council_id, p.slug from " + tables.member() + " m join "
				+ tables.partnership() + " p on p.id = m.partnership_id where m.council_id in (:ids) order by p.slug", ids);
		return rows.stream()
			.map(row -> row.toRecord(issuers.getOrDefault(row.id(), List.of()),
					memberships.getOrDefault(row.id(), List.of())))
			.toList();
	}

	private Map<Long, List<String>> pairs(String sql, Collection<Long> ids) {
		return jdbc.sql(sql)
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	private List<Partnership> selectPartnerships(String where, Map<String, ?> params) {
		record Row(long id, String slug, String name, PartnershipKind kind, long version) {
		}
		List<Row> rows = jdbc.sql("select p.* from " + tables.partnership() + " p " + where + " order by p.name")
			.params(params)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					PartnershipKind.valueOf(rs.getString("kind")), rs.getLong("version")))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<String>> councils = pairs("select m.partnership_id, c.slug from " + tables.member() + " m join "
				+ tables.council() + " c on c.id = m.council_id where m.partnership_id in (:ids) order by c.name",
				rows.stream().map(Row::id).toList());
		List<Partnership> result = new ArrayList<>();
		for (Row row : rows) {
			result.add(new Partnership(row.slug(), row.name(), row.kind(),
					councils.getOrDefault(row.id(), List.of()), row.version()));
		}
		return result;
	}
}
