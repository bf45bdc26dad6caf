package org.corporateparenting.reporting.application;

import java.sql.Timestamp;

import org.corporateparenting.consultation.WellbeingResultsShared;
import org.corporateparenting.consultation.WellbeingSharingChanged;
import org.corporateparenting.tenancy.PlatformSchema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Puts what a council shares of its well-being surveys into the platform schema, where the comparison reads it, as
 * {@link PublishedValues} does for indicators: the events are the only way in, and their figures were suppressed in
 * the council. A council that opts out takes back everything it shared; results sent before it opted out, but
 * handled after, are not written.
 */
@Component
class PublishedWellbeing {

	private final JdbcClient jdbc;

	private final PublishedValues published;

	private final String participants;

	private final String results;

	PublishedWellbeing(JdbcClient jdbc, PublishedValues published, PlatformSchema platform) {
		this.jdbc = jdbc;
		this.published = published;
		this.participants = platform.table("wellbeing_participant");
		this.results = platform.table("published_wellbeing");
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(WellbeingSharingChanged event) {
		published.inPlatformSchema(() -> {
			Timestamp at = Timestamp.from(event.at());
			jdbc.sql("insert into " + participants + " (council_slug, opted_in, changed_at) values (:council, :in, :at)"
					+ " on duplicate key update opted_in = if(values(changed_at) >= changed_at, values(opted_in),"
					+ " opted_in), changed_at = greatest(changed_at, values(changed_at))")
				.param("council", event.council())
				.param("in", event.optedIn())
				.param("at", at)
				.update();
			if (!event.optedIn()) {
				jdbc.sql("delete from " + results + " where council_slug = :council and published_at <= :at")
					.param("council", event.council())
					.param("at", at)
					.update();
			}
		});
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(WellbeingResultsShared event) {
		published.inPlatformSchema(() -> publish(event));
	}

	void publish(WellbeingResultsShared event) {
		Timestamp at = Timestamp.from(event.sentAt());
		boolean optedOutSince = jdbc.sql("select count(*) from " + participants + " where council_slug = :council"
				+ " and not opted_in and changed_at >= :at for update")
			.param("council", event.council())
			.param("at", at)
			.query(Long.class)
			.single() > 0;
		boolean newerThere = jdbc.sql("select count(*) from " + results + " where council_slug = :council"
				+ " and consultation_id = :id and published_at > :at for update")
			.param("council", event.council())
			.param("id", event.consultationId())
			.param("at", at)
			.query(Long.class)
			.single() > 0;
		if (optedOutSince || newerThere) {
			return;
		}
		jdbc.sql("delete from " + results + " where council_slug = :council and consultation_id = :id")
			.param("council", event.council())
			.param("id", event.consultationId())
			.update();
		for (WellbeingResultsShared.SharedResult result : event.results()) {
			jdbc.sql("insert into " + results + " (council_slug, consultation_id, wellbeing_version, edition,"
					+ " survey_year, result_key, share, suppressed, published_at) values (:council, :id, :version,"
					+ " :edition, :year, :key, :share, :suppressed, :at)")
				.param("council", event.council())
				.param("id", event.consultationId())
				.param("version", event.version().name())
				.param("edition", event.edition())
				.param("year", event.year())
				.param("key", result.key())
				.param("share", result.suppressed() ? null : result.share())
				.param("suppressed", result.suppressed())
				.param("at", at)
				.update();
		}
	}
}
