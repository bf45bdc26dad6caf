package org.corporateparenting.tenancy.onboarding;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.CouncilStatus;
import org.corporateparenting.tenancy.database.DatabaseShards;
import org.corporateparenting.tenancy.registry.CouncilRecord;
import org.corporateparenting.tenancy.registry.CouncilRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Resubmits the event publications a previous run left incomplete, in the context each was published in: the
 * platform's own, then each active council's that has any, so every listener runs in the council its event happened
 * in. Which councils have any is asked once per database server, in one query over all of its councils' schemas, so
 * a start with 153 councils costs a handful of statements, not a few per council.
 */
@Component
public class IncompletePublications {

	private static final Logger log = LoggerFactory.getLogger(IncompletePublications.class);

	private final CouncilRegistry registry;

	private final IncompleteEventPublications publications;

	private final DatabaseShards shards;

	IncompletePublications(CouncilRegistry registry, IncompleteEventPublications publications, DatabaseShards shards) {
		this.registry = registry;
		this.publications = publications;
		this.shards = shards;
	}

	/**
	 * Resubmits what was published before {@code startedAt}, the start of this run: anything newer is still
	 * being delivered by this run and must not be delivered twice.
	 */
	public void resubmitPublishedBefore(Instant startedAt) {
		Predicate<EventPublication> fromEarlierRun = publication -> publication.getPublicationDate()
			.isBefore(startedAt);
		CouncilContext.callOutsideAnyCouncil(() -> {
			publications.resubmitIncompletePublications(fromEarlierRun);
			return null;
		});
		for (String council : councilsWithIncomplete(startedAt)) {
			try {
				CouncilContext.runIn(council, () -> publications.resubmitIncompletePublications(fromEarlierRun));
			}
			catch (RuntimeException ex) {
				log.warn("Resubmitting {}'s incomplete event publications failed; the other councils carry on", council,
						ex);
			}
		}
	}

	/** The active councils with a publication still incomplete that was published before the time: one query a server. */
	public List<String> councilsWithIncomplete(Instant before) {
		Map<String, List<CouncilRecord>> byShard = new LinkedHashMap<>();
		registry.records()
			.stream()
			.filter(council -> council.status() == CouncilStatus.ACTIVE)
			.forEach(council -> byShard.computeIfAbsent(council.shard(), shard -> new ArrayList<>()).add(council));
		List<String> found = new ArrayList<>();
		byShard.forEach((shard, councils) -> {
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
