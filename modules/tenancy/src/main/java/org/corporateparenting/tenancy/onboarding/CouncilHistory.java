package org.corporateparenting.tenancy.onboarding;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.corporateparenting.tenancy.database.SchemaNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who did what to a council's registry entry, and when: onboarding, suspension, partnerships. */
@Component
public class CouncilHistory {

	private final JdbcClient jdbc;

	private final String table;

	CouncilHistory(JdbcClient jdbc, SchemaNames schemaNames) {
		this.jdbc = jdbc;
		this.table = schemaNames.platform() + ".council_history";
	}

	@Transactional
	public void record(String council, String actor, String action, String detail) {
		jdbc.sql("insert into " + table + " (council_slug, occurred_at, actor, action, detail)"
				+ " values (:council, :at, :actor, :action, :detail)")
			.param("council", council)
			.param("at", Timestamp.from(Instant.now()))
			.param("actor", actor)
			.param("action", action)
			.param("detail", detail)
			.update();
	}

	public List<Entry> of(String council) {
		return jdbc.sql("select occurred_at, actor, action, detail from " + table
				+ " where council_slug = :council order by occurred_at desc, id desc")
			.param("council", council)
			.query((rs, n) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	public record Entry(Instant occurredAt, String actor, String action, String detail) {
	}
}
