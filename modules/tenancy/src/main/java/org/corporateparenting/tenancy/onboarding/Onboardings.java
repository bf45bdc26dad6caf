package org.corporateparenting.tenancy.onboarding;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.corporateparenting.tenancy.BundleProblem;
import org.corporateparenting.tenancy.database.SchemaNames;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** How each onboarding from documents is going, kept in the platform schema so every instance can answer. */
@Component
public class Onboardings {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final String table;

	Onboardings(JdbcClient jdbc, SchemaNames schemaNames) {
		this.jdbc = jdbc;
		this.table = schemaNames.platform() + ".onboarding";
	}

	/** Where an onboarding has got to. */
	public enum Status {
		RUNNING, DONE, FAILED
	}

	/**
	 * @param stepsDone steps finished, of {@code stepsTotal}
	 * @param currentStep the step under way, or the last one (where it failed, for a failure)
	 * @param problems why it failed, when it did
	 */
	public record Onboarding(String id, String council, String actor, Status status, int stepsDone, int stepsTotal,
			@Nullable String currentStep, List<BundleProblem> problems, Instant startedAt,
			@Nullable Instant finishedAt) {
	}

	@Transactional
	public Onboarding start(String council, String actor, int stepsTotal) {
		String id = UUID.randomUUID().toString();
		jdbc.sql("insert into " + table + " (id, council_slug, actor, status, steps_done, steps_total, started_at)"
				+ " values (:id, :council, :actor, 'RUNNING', 0, :total, :now)")
			.param("id", id)
			.param("council", council)
			.param("actor", actor)
			.param("total", stepsTotal)
			.param("now", Timestamp.from(Instant.now()))
			.update();
		return find(id).orElseThrow();
	}

	/** A step starts: the ones before it are done. */
	@Transactional
	public void step(String id, int done, String step) {
		jdbc.sql("update " + table + " set steps_done = :done, current_step = :step where id = :id")
			.param("done", done)
			.param("step", step)
			.param("id", id)
			.update();
	}

	@Transactional
	public void finish(String id, Status status, List<BundleProblem> problems) {
		jdbc.sql("update " + table + " set status = :status, finished_at = :now, problems = :problems,"
				+ " steps_done = case when :status = 'DONE' then steps_total else steps_done end where id = :id")
			.param("status", status.name())
			.param("now", Timestamp.from(Instant.now()))
			.param("problems", problems.isEmpty() ? null : JSON.writeValueAsString(problems))
			.param("id", id)
			.update();
	}

	@Transactional(readOnly = true)
	public Optional<Onboarding> find(String id) {
		return jdbc.sql("select id, council_slug, actor, status, steps_done, steps_total, current_step, problems,"
				+ " started_at, finished_at from " + table + " where id = :id")
			.param("id", id)
			.query((rs, n) -> new Onboarding(rs.getString(1), rs.getString(2), rs.getString(3),
					Status.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6), rs.getString(7),
					rs.getString(8) == null ? List.of()
							: JSON.readValue(rs.getString(8), new TypeReference<List<BundleProblem>>() {
							}),
					rs.getTimestamp(9).toInstant(), rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()))
			.optional();
	}
}
