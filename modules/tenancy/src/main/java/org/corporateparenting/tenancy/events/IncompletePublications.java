package org.corporateparenting.tenancy.events;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.CouncilStatus;
import org.corporateparenting.tenancy.PlatformSchema;
import org.corporateparenting.tenancy.database.DatabaseShards;
import org.corporateparenting.tenancy.registry.CouncilRecord;
import org.corporateparenting.tenancy.registry.CouncilRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resubmits the event publications a previous run left incomplete, in the context each was published in: the
 * platform's own, then each active council's that has any, so every listener runs in the council its event happened
 * in. Which councils have any is asked once per database server, in one query over all of its councils' schemas, so
 * a start with 153 councils costs a handful of statements, not a few per council.
 */
@Component
public class IncompletePublications {

	private static final Logger log = LoggerFactory.getLogger(IncompletePublications.class);

	private static final Duration LONGEST_WAIT = Duration.ofMinutes(30);

	/** A publication waiting or in progress for this long was dropped by an instance that stopped. */
	private static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

	private final CouncilRegistry registry;

	private final IncompleteEventPublications publications;

	private final DatabaseShards shards;

	private final PlatformSchema platformSchema;

	IncompletePublications(CouncilRegistry registry, IncompleteEventPublications publications, DatabaseShards shards,
			PlatformSchema platformSchema) {
		this.registry = registry;
		this.publications = publications;
		this.shards = shards;
		this.platformSchema = platformSchema;
	}

	/**
	 * Resubmits what was published before {@code startedAt}, the start of this run: anything newer is still
	 * being delivered by this run and must not be delivered twice.
	 */
	public void resubmitPublishedBefore(Instant startedAt) {
		// One still claimed by a resubmission (another instance's, within minutes) cannot be claimed again.
		Predicate<EventPublication> fromEarlierRun = publication -> publication.getPublicationDate()
			.isBefore(startedAt) && publication.getStatus() != EventPublication.Status.RESUBMITTED;
		reclaimAbandonedOnPlatform(startedAt);
		CouncilContext.callOutsideAnyCouncil(() -> {
			publications.resubmitIncompletePublications(fromEarlierRun);
			return null;
		});
		for (String council : councilsWithIncomplete(startedAt)) {
			try {
				reclaimAbandonedIn(council, startedAt);
				CouncilContext.runIn(council, () -> publications.resubmitIncompletePublications(fromEarlierRun));
			}
			catch (RuntimeException ex) {
				log.warn("Resubmitting {}'s incomplete event publications failed; the other councils carry on", council,
						ex);
			}
		}
	}

	/**
	 * Resubmits, in each council that has any, the publications whose listener failed (each after a wait that starts
	 * at {@code firstWait} and doubles with every attempt, up to 30 min) or was never reached (still waiting or in
	 * progress after minutes: an instance stopped under it). Events are delivered at least once, so listeners take a
	 * repeat in their stride.
	 */
	public void retryDue(Instant now, Duration firstWait) {
		Predicate<EventPublication> due = publication -> isDue(publication, now, firstWait);
		reclaimAbandonedOnPlatform(now);
		CouncilContext.callOutsideAnyCouncil(() -> {
			publications.resubmitIncompletePublications(due);
			return null;
		});
		for (String council : councilsWithIncomplete(now.minus(firstWait))) {
			try {
				reclaimAbandonedIn(council, now);
				CouncilContext.runIn(council, () -> publications.resubmitIncompletePublications(due));
			}
			catch (RuntimeException ex) {
				log.warn("Retrying {}'s incomplete event publications failed; the other councils carry on", council, ex);
			}
		}
	}

	/**
	 * Spring Modulith resubmits a publication only if it can claim it, which it cannot once the publication is
	 * {@code RESUBMITTED}: one an instance resubmitted and then stopped under would be tried by nobody, ever, and
	 * every later resubmission would ask for it in vain. Resubmitted longer ago than an instance takes to deliver it,
	 * it is marked failed, so the resubmission that follows claims it and tries it again.
	 */
	private void reclaimAbandonedOnPlatform(Instant now) {
		reclaimAbandoned(shards.defaultDataSource(), platformSchema.name(), now);
	}

	private void reclaimAbandonedIn(String council, Instant now) {
		registry.findRecord(council)
			.ifPresent(record -> reclaimAbandoned(shards.dataSource(record.shard()), record.schemaName(), now));
	}

	private static void reclaimAbandoned(DataSource dataSource, String schema, Instant now) {
		// Committed: the pool's connections do not commit by themselves.
		int reclaimed = new TransactionTemplate(new DataSourceTransactionManager(dataSource))
			.execute(transaction -> JdbcClient.create(dataSource)
				.sql("update `" + schema + "`.event_publication set status = 'FAILED' where completion_date is null"
						+ " and status = 'RESUBMITTED' and coalesce(last_resubmission_date, publication_date) < :abandoned")
				.param("abandoned", Timestamp.from(now.minus(ABANDONED_AFTER)))
				.update());
		if (reclaimed > 0) {
			log.info("{} event publication(s) in {} were resubmitted over {} min ago and never finished; trying them again",
					reclaimed, schema, ABANDONED_AFTER.toMinutes());
		}
	}

	static boolean isDue(EventPublication publication, Instant now, Duration firstWait) {
		Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
				: publication.getPublicationDate();
		return switch (publication.getStatus()) {
			case FAILED -> !now.isBefore(last.plus(backoff(publication.getCompletionAttempts(), firstWait)));
			case PUBLISHED, PROCESSING -> !now.isBefore(last.plus(ABANDONED_AFTER));
			// Claimed by a resubmission, which nothing else may claim: once abandoned it is reclaimed as failed.
			case RESUBMITTED, COMPLETED -> false;
		};
	}

	/** The first wait after the first failure, then twice as long after each further one, at most 30 minutes. */
	static Duration backoff(int attempts, Duration firstWait) {
		int doublings = Math.max(0, Math.min(attempts - 1, 16));
		Duration wait = firstWait.multipliedBy(1L << doublings);
		return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
	}

	/** Each active council's incomplete publications, counted in one query a server; councils without any included. */
	public Map<String, Long> countsByCouncil() {
		Map<String, Long> counts = new java.util.TreeMap<>();
		byShard().forEach((shard, councils) -> {
			List<String> selects = new ArrayList<>();
			Map<String, Object> params = new LinkedHashMap<>();
			for (int i = 0; i < councils.size(); i++) {
				selects.add("select :slug" + i + ", count(*) from `" + councils.get(i).schemaName()
						+ "`.event_publication where completion_date is null");
				params.put("slug" + i, councils.get(i).slug());
			}
			JdbcClient.create(shards.dataSource(shard))
				.sql(String.join(" union all ", selects))
				.params(params)
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
				.list()
				.forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
		});
		return counts;
	}

	private Map<String, List<CouncilRecord>> byShard() {
		Map<String, List<CouncilRecord>> byShard = new LinkedHashMap<>();
		registry.records()
			.stream()
			.filter(council -> council.status() == CouncilStatus.ACTIVE)
			.forEach(council -> byShard.computeIfAbsent(council.shard(), shard -> new ArrayList<>()).add(council));
		return byShard;
	}

	/** The active councils with a publication still incomplete that was published before the time: one query a server. */
	public List<String> councilsWithIncomplete(Instant before) {
		List<String> found = new ArrayList<>();
		byShard().forEach((shard, councils) -> {
			List<String> selects = new ArrayList<>();
			Map<String, Object> params = new LinkedHashMap<>();
			for (int i = 0; i < councils.size(); i++) {
				CouncilRecord council = councils.get(i);
				selects.add("(select :slug" + i + " from `" + council.schemaName() + "`.event_publication"
						+ " where completion_date is null and publication_date < :before limit 1)");
				params.put("slug" + i, council.slug());
			}
			params.put("before", Timestamp.from(before));
			found.addAll(JdbcClient.create(shards.dataSource(shard))
				.sql(String.join(" union all ", selects))
				.params(params)
				.query(String.class)
				.list());
		});
		return found;
	}
}
