package org.corporateparenting.tenancy.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
import org.corporateparenting.tenancy.database.DatabaseShards;
import org.corporateparenting.tenancy.database.SchemaNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The councils and partnerships registry in the platform schema. Plain SQL with schema-qualified table names,
 * so that it reads the same whether or not the current thread is working in a council's schema. Every write
 * runs in a transaction (joining the caller's), because the pool does not auto-commit.
 * <p>
 * The registry tables live on the default server only. Work in a council's context may hold a transaction whose
 * connection is on the council's server (another shard), so reads made there take a default-server connection of
 * their own instead of joining it.
 */
@Repository
public class CouncilRegistry implements Councils, CouncilLocations {

	private static final Logger log = LoggerFactory.getLogger(CouncilRegistry.class);

	private final Map<String, CouncilLocation> locations = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final String council;

	private final String issuer;

	private final String partnership;

	private final String member;

	/**
	 * Locations are looked up while Hibernate is opening a council's connection, sometimes inside a transaction
	 * whose connection is that very one; a data source of its own keeps the look-up off the transaction.
	 */
	private final JdbcClient outsideTransactions;

	CouncilRegistry(JdbcClient jdbc, DataSource dataSource, SchemaNames schemaNames) {
		this.jdbc = jdbc;
		this.outsideTransactions = JdbcClient.create(new DelegatingDataSource(dataSource));
		String platform = schemaNames.platform();
		this.council = platform + ".council";
		this.issuer = platform + ".council_trusted_issuer";
		this.partnership = platform + ".partnership";
		this.member = platform + ".partnership_member";
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

	/** Remembered after the first look-up: a council's schema and shard never change. */
	@Override
	public CouncilLocation locate(String slug) {
		CouncilLocation known = locations.get(slug);
		if (known != null) {
			return known;
		}
		CouncilLocation found = outsideTransactions
			.sql("select schema_name, shard from " + council + " where slug = :slug")
			.param("slug", slug)
			.query((rs, n) -> new CouncilLocation(rs.getString(1), rs.getString(2)))
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No council " + slug + " in the registry"));
		locations.put(slug, found);
		return found;
	}

	public Optional<CouncilRecord> findRecord(String slug) {
		return select("where c.slug = :slug", Map.of("slug", slug)).stream().findFirst();
	}

	public List<CouncilRecord> records() {
		return select("order by c.name", Map.of());
	}

	public boolean existsByOnsCode(String onsCode) {
		return reads().sql("select count(*) from " + council + " where ons_code = :ons")
			.param("ons", onsCode)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional
	public long insert(NewCouncil created) {
		var keys = new GeneratedKeyHolder();
		Instant now = Instant.now();
		jdbc.sql("insert into " + council + " (slug, name, ons_code, region, status, schema_name, shard,"
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
			jdbc.sql("insert into " + issuer + " (council_id, issuer) values (:id, :issuer)")
				.param("id", id)
				.param("issuer", uri)
				.update();
		}
		return id;
	}

	/** Moves a council to a new status, refusing the change when the council was changed since {@code version}. */
	@Transactional
	public void changeStatus(String slug, CouncilStatus status, long version) {
		int changed = jdbc
			.sql("update " + council + " set status = :status, updated_at = :now, version = version + 1"
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
		jdbc.sql("update " + council + " set changelog_version = :v where slug = :slug")
			.param("v", changelogVersion)
			.param("slug", slug)
			.update();
	}

	@Transactional
	public void delete(String slug) {
		locations.remove(slug);
		jdbc.sql("delete from " + council + " where slug = :slug").param("slug", slug).update();
	}

	@Override
	public Optional<Partnership> findPartnership(String slug) {
		return selectPartnerships("where p.slug = :slug", Map.of("slug", slug)).stream().findFirst();
	}

	@Override
	public List<Partnership> partnerships() {
		return selectPartnerships("", Map.of());
	}

	@Transactional
	public void insertPartnership(String slug, String name, PartnershipKind kind) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("insert into " + partnership
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
		jdbc.sql("insert ignore into " + member + " (partnership_id, council_id) select p.id, c.id from "
				+ partnership + " p, " + council + " c where p.slug = :p and c.slug = :c")
			.param("p", partnershipSlug)
			.param("c", councilSlug)
			.update();
		touchPartnership(partnershipSlug);
	}

	@Transactional
	public void removeMember(String partnershipSlug, String councilSlug) {
		jdbc.sql("delete m from " + member + " m join " + partnership + " p on p.id = m.partnership_id join "
				+ council + " c on c.id = m.council_id where p.slug = :p and c.slug = :c")
			.param("p", partnershipSlug)
			.param("c", councilSlug)
			.update();
		touchPartnership(partnershipSlug);
	}

	private void touchPartnership(String slug) {
		jdbc.sql("update " + partnership + " set updated_at = :now, version = version + 1 where slug = :slug")
			.param("now", Timestamp.from(Instant.now()))
			.param("slug", slug)
			.update();
	}

	/** How many councils that still have a schema each shard holds; shards without any are left out. */
	public Map<String, Long> councilsPerShard() {
		return reads().sql("select shard, count(*) from " + council + " where status <> :offboarded group by shard")
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
		jdbc.sql("delete m from " + member + " m join " + council + " c on c.id = m.council_id where c.slug = :slug")
			.param("slug", slug)
			.update();
		left.forEach(this::touchPartnership);
		locations.remove(slug);
		return left;
	}

	/**
	 * The connection registry reads go on. The registry lives on the default server only: work in a council on another
	 * server reads it on a connection of its own (from the default server's pool, so it never waits on the pool it
	 * already holds a connection of); everything else joins the current transaction's connection, which is on the
	 * default server, rather than take a second connection from the same pool (at start, every council's listeners
	 * holding one and asking for another would empty it).
	 */
	private JdbcClient reads() {
		return CouncilContext.current()
			.filter(slug -> !DatabaseShards.DEFAULT.equals(locate(slug).shard()))
			.isPresent() ? outsideTransactions : jdbc;
	}

	private List<CouncilRecord> select(String where, Map<String, ?> params) {
		List<CouncilRow> rows = reads().sql("select c.* from " + council + " c " + where)
			.params(params)
			.query((rs, n) -> CouncilRow.of(rs))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(CouncilRow::id).toList();
		Map<Long, List<String>> issuers = pairs(
				"select council_id, issuer from " + issuer + " where council_id in (:ids) order by issuer", ids);
		Map<Long, List<String>> memberships = pairs("select m.council_id, p.slug from " + member + " m join "
				+ partnership + " p on p.id = m.partnership_id where m.council_id in (:ids) order by p.slug", ids);
		return rows.stream()
			.map(row -> row.toRecord(issuers.getOrDefault(row.id(), List.of()),
					memberships.getOrDefault(row.id(), List.of())))
			.toList();
	}

	private Map<Long, List<String>> pairs(String sql, Collection<Long> ids) {
		return reads().sql(sql)
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
		List<Row> rows = reads().sql("select p.* from " + partnership + " p " + where + " order by p.name")
			.params(params)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					PartnershipKind.valueOf(rs.getString("kind")), rs.getLong("version")))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<String>> councils = pairs("select m.partnership_id, c.slug from " + member + " m join "
				+ council + " c on c.id = m.council_id where m.partnership_id in (:ids) order by c.name",
				rows.stream().map(Row::id).toList());
		List<Partnership> result = new ArrayList<>();
		for (Row row : rows) {
			result.add(new Partnership(row.slug(), row.name(), row.kind(),
					councils.getOrDefault(row.id(), List.of()), row.version()));
		}
		return result;
	}

	private record CouncilRow(long id, String slug, String name, String onsCode, String region, CouncilStatus status,
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
