package org.corporateparenting.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.corporateparenting.tenancy.database.DatabaseShards;
import org.corporateparenting.tenancy.offboarding.CouncilExportRestore;
import org.corporateparenting.tenancy.offboarding.CouncilExportRestore.RestoredSchema;
import org.corporateparenting.tenancy.offboarding.CouncilOffboarding;
import org.corporateparenting.tenancy.offboarding.ExportManifest;
import org.corporateparenting.tenancy.offboarding.OffboardedCouncil;
import org.corporateparenting.tenancy.onboarding.CouncilHistory;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.onboarding.CouncilLifecycle;
import org.corporateparenting.tenancy.registry.CouncilRecord;
import org.corporateparenting.tenancy.registry.CouncilRegistry;
import org.corporateparenting.tenancy.testing.FreshCouncils;
import org.corporateparenting.web.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Offboarding a council on the second server: its export holds every row of every table, the schema is gone, the
 * registry keeps a tombstone its people get 404 from, and restoring the export into a fresh schema on the other
 * server gives back every row.
 */
class CouncilOffboardingIntegrationTest extends TwoServerIntegrationTest {

	/** Values that CSV must keep apart or keep whole: an empty string, quotes, a comma, a line break, non-ASCII. */
	static final List<String> AUTHORS = List.of("", "Jo \"JJ\" Smith, officer", "line one\nline two", "Zoë Ó Sé");

	@Autowired
	CouncilRequestFilter filter;

	@Autowired
	CouncilOnboarding onboarding;

	@Autowired
	CouncilOffboarding offboarding;

	@Autowired
	CouncilLifecycle lifecycle;

	@Autowired
	CouncilExportRestore restore;

	@Autowired
	CouncilRegistry registry;

	@Autowired
	CouncilHistory history;

	@Autowired
	OnboardedCouncilsListener listener;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void exportsEveryRowDropsTheSchemaAndRestoresEveryRow() throws Exception {
		Council council = onboarding.onboard(FreshCouncils.request("goneshire", SECOND), "test");
		await().atMost(Duration.ofSeconds(10)).until(() -> listener.seen(council.slug()).isPresent());
		CouncilRecord record = registry.findRecord(council.slug()).orElseThrow();
		giveRevisions(council.slug());
		lifecycle.suspend(council.slug(), "test");
		Map<String, List<List<String>>> before = rows(SECOND, record.schemaName());

		OffboardedCouncil offboarded = offboarding.offboard(council.slug(), "admin");

		Path export = offboarding.exportOf(council.slug()).orElseThrow();
		assertThat(export.getFileName()).hasToString(offboarded.exportFile());
		assertThat(offboarded.exportFile()).matches(council.slug() + "-\\d{8}T\\d{6}Z\\.zip");
		assertThat(offboarded.exportBytes()).isEqualTo(Files.size(export));
		assertThat(before.keySet()).contains("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "event_publication",
				"revinfo");
		assertThat(offboarded.rows()).containsExactlyInAnyOrderEntriesOf(sizes(before));
		assertThat(offboarded.rows()).containsEntry("revinfo", (long) AUTHORS.size() + 1)
			.containsEntry("event_publication", 1L);

		ExportManifest manifest = manifest(export);
		assertThat(manifest.council()).isEqualTo(council.slug());
		assertThat(manifest.onsCode()).isEqualTo(council.onsCode());
		assertThat(manifest.schema()).isEqualTo(record.schemaName());
		assertThat(manifest.shard()).isEqualTo(SECOND);
		assertThat(manifest.csv().binaryEncoding()).isEqualTo("hex");
		assertThat(manifest.changelog().changesets()).isEqualTo(before.get("DATABASECHANGELOG").size());
		assertThat(manifest.changelog().version()).isEqualTo(record.changelogVersion());
		assertThat(manifest.tables()).extracting(ExportManifest.Table::name, ExportManifest.Table::rows)
			.containsExactlyInAnyOrderElementsOf(sizes(before).entrySet()
				.stream()
				.map(table -> org.assertj.core.groups.Tuple.tuple(table.getKey(), table.getValue()))
				.toList());
		assertThat(manifest.tables()).filteredOn(table -> table.name().equals("event_publication"))
			.flatExtracting(ExportManifest.Table::columns)
			.contains(new ExportManifest.Column("id", "binary(16)"));

		assertThat(schemaExists(SECOND, record.schemaName())).isFalse();
		assertThat(registry.findRecord(council.slug()).orElseThrow().status()).isEqualTo(CouncilStatus.OFFBOARDED);
		assertThat(history.of(council.slug())).extracting(CouncilHistory.Entry::action).first().isEqualTo("OFFBOARDED");
		assertThatThrownBy(() -> offboarding.offboard(council.slug(), "admin")).isInstanceOf(ConflictException.class);

		String fresh = schemaNames.prefix() + "restored_" + council.slug().replace('-', '_');
		RestoredSchema restored = restore.restore(export, DatabaseShards.DEFAULT, fresh);

		assertThat(restored.rows()).containsExactlyInAnyOrderEntriesOf(sizes(before));
		Map<String, List<List<String>>> after = rows(DatabaseShards.DEFAULT, fresh);
		assertThat(after.keySet()).isEqualTo(before.keySet());
		before.forEach((table, rows) -> assertThat(after.get(table)).as(table)
			.containsExactlyInAnyOrderElementsOf(rows));
		assertThat(after.get("revinfo")).anySatisfy(row -> assertThat(row).contains(""))
			.noneSatisfy(row -> assertThat(row).containsNull());
	}

	@Test
	void answersAnOffboardedCouncilsAddressWithNotFound() throws Exception {
		Council council = onboarding.onboard(FreshCouncils.request("closedshire", null), "test");
		ClaimAccessor claims = () -> Map.of(CouncilRequestFilter.COUNCIL_CLAIM, council.slug());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(claims, null,
					List.of(new SimpleGrantedAuthority("ROLE_VIEWER"))));
		try {
			assertThat(request(filter, council.slug()).getStatus()).isEqualTo(200);

			offboarding.offboard(council.slug(), "admin");

			assertThat(request(filter, council.slug()).getStatus()).isEqualTo(404);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static MockHttpServletResponse request(CouncilRequestFilter filter, String council) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", "/api/councils/" + council), response, new MockFilterChain());
		return response;
	}

	/** Revision rows written in the council's context, one with a NULL-free empty author among awkward ones. */
	private void giveRevisions(String council) {
		CouncilContext.runIn(council, () -> transactions.executeWithoutResult(tx -> {
			for (String author : AUTHORS) {
				jdbc.sql("insert into revinfo (revision_at, author, author_subject)"
						+ " values (current_timestamp(6), :author, :author)")
					.param("author", author)
					.update();
			}
			jdbc.sql("insert into revinfo (revision_at, author, author_subject)"
					+ " values ('2026-03-31 23:59:59.123456', 'platform', '')")
				.update();
		}));
	}

	/** Every row of every table of the schema, as text (binary values as hex), read with plain JDBC. */
	private Map<String, List<List<String>>> rows(String shard, String schema) throws SQLException {
		Map<String, List<List<String>>> tables = new LinkedHashMap<>();
		try (Connection connection = server(shard); Statement statement = connection.createStatement()) {
			List<String> names = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery("select table_name from information_schema.tables"
					+ " where table_schema = '" + schema + "' and table_type = 'BASE TABLE'")) {
				while (rs.next()) {
					names.add(rs.getString(1));
				}
			}
			for (String table : names) {
				List<List<String>> rows = new ArrayList<>();
				try (ResultSet rs = statement.executeQuery("select * from " + schema + "." + table)) {
					int columns = rs.getMetaData().getColumnCount();
					while (rs.next()) {
						List<String> row = new ArrayList<>();
						for (int i = 1; i <= columns; i++) {
							row.add(rs.getMetaData().getColumnTypeName(i).contains("BINARY")
									? hex(rs.getBytes(i)) : rs.getString(i));
						}
						rows.add(row);
					}
				}
				tables.put(table, rows);
			}
		}
		return tables;
	}

	private static String hex(byte[] value) {
		return value == null ? null : HexFormat.of().formatHex(value);
	}

	private static Map<String, Long> sizes(Map<String, List<List<String>>> tables) {
		Map<String, Long> sizes = new LinkedHashMap<>();
		tables.forEach((table, rows) -> sizes.put(table, (long) rows.size()));
		return sizes;
	}

	private static ExportManifest manifest(Path export) throws Exception {
		try (ZipFile zip = new ZipFile(export.toFile())) {
			for (ExportManifest.Table table : readManifest(zip).tables()) {
				assertThat(zip.getEntry(table.file())).as(table.file()).isNotNull();
			}
			return readManifest(zip);
		}
	}

	private static ExportManifest readManifest(ZipFile zip) throws Exception {
		ZipEntry entry = zip.getEntry("manifest.json");
		try (InputStream in = zip.getInputStream(entry)) {
			return JsonMapper.builder().build().readValue(in, ExportManifest.class);
		}
	}
}
