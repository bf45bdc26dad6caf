package org.corporateparenting.reporting.application;

import java.sql.Timestamp;

import org.corporateparenting.reporting.Period;
import org.corporateparenting.reporting.DeliveryProgressShared;
import org.corporateparenting.reporting.PeriodFinalised;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.CouncilLeftPartnership;
import org.corporateparenting.tenancy.PlatformSchema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts what a council published into the platform schema, where its partnerships read it. The events are the only
 * way in: the values were suppressed in the council before they were sent. Writing replaces the council's rows for
 * the period (or its delivery progress) as a whole, so an event delivered twice, or a period finalised again,
 * leaves one set of rows.
 */
@Component
class PublishedValues {

	private final JdbcClient jdbc;

	private final TransactionTemplate platformTransaction;

	private final String values;

	private final String themes;

	PublishedValues(JdbcClient jdbc, PlatformTransactionManager transactions, PlatformSchema platform) {
		this.jdbc = jdbc;
		this.platformTransaction = new TransactionTemplate(transactions);
		this.platformTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		// Councils publish at the same time (all of them at first start): no gap locks, and a deadlock tried again.
		this.platformTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		this.values = platform.table("published_value");
		this.themes = platform.table("published_theme_progress");
	}

	/**
	 * Runs outside the council, in a transaction of its own on the platform schema (the council may live on another
	 * database server).
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PeriodFinalised event) {
		inPlatformSchema(() -> publish(event));
	}

	void publish(PeriodFinalised event) {
		Period period = Period.parse(event.period()).orElseThrow();
		Timestamp at = Timestamp.from(event.sentAt());
		// Sent twice (a period finalised again, a council joining a partnership) and handled out of order: the
		// figures read last win.
		boolean newerThere = jdbc.sql("select count(*) from " + values + " where council_slug = :council and period"
				+ " = :period and published_at > :at for update")
			.param("council", event.council())
			.param("period", event.period())
			.param("at", at)
			.query(Long.class)
			.single() > 0;
		if (newerThere) {
			return;
		}
		jdbc.sql("delete from " + values + " where council_slug = :council and period = :period")
			.param("council", event.council())
			.param("period", event.period())
			.update();
		// Two sendings handled at once (a council's import and its joining a partnership) both find no rows to lock:
		// the later figures win here too, rather than one failing on the other's row.
		for (PeriodFinalised.SharedFigure figure : event.figures()) {
			jdbc.sql("insert into " + values + " (partnership_slug, council_slug, indicator_code, period, period_start,"
					+ " value, suppressed, published_at) values (:partnership, :council, :code, :period, :start,"
					+ " :value, :suppressed, :at) on duplicate key update"
					+ " value = if(values(published_at) >= published_at, values(value), value),"
					+ " suppressed = if(values(published_at) >= published_at, values(suppressed), suppressed),"
					+ " published_at = greatest(published_at, values(published_at))")
				.param("partnership", figure.partnership())
				.param("council", event.council())
				.param("code", figure.indicatorCode())
				.param("period", event.period())
				.param("start", period.start())
				.param("value", figure.suppressed() ? null : figure.value())
				.param("suppressed", figure.suppressed())
				.param("at", at)
				.update();
		}
	}

	/** Replaces the council's delivery progress in each of its partnerships. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(DeliveryProgressShared event) {
		inPlatformSchema(() -> publish(event));
	}

	/** A council that leaves a partnership takes back what it published there. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CouncilLeftPartnership event) {
		inPlatformSchema(() -> {
			jdbc.sql("delete from " + values + " where council_slug = :council and partnership_slug = :partnership")
				.param("council", event.council())
				.param("partnership", event.partnership())
				.update();
			jdbc.sql("delete from " + themes + " where council_slug = :council and partnership_slug = :partnership")
				.param("council", event.council())
				.param("partnership", event.partnership())
				.update();
		});
	}

	/**
	 * Runs the work outside any council, in a transaction of its own on the platform schema, tried again up to three
	 * times after a deadlock; the well-being comparison's {@code PublishedWellbeing} writes through it too.
	 */
	void inPlatformSchema(Runnable work) {
		for (int attempt = 1;; attempt++) {
			try {
				CouncilContext.callOutsideAnyCouncil(() -> platformTransaction.execute(status -> {
					work.run();
					return null;
				}));
				return;
			}
			catch (org.springframework.dao.PessimisticLockingFailureException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	void publish(DeliveryProgressShared event) {
		// Two refreshes' events may arrive out of order: the later snapshot wins, whichever is written first.
		java.util.Optional<Timestamp> shared = jdbc.sql("select max(as_at) from " + themes
				+ " where council_slug = :council for update")
			.param("council", event.council())
			.query(Timestamp.class)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
		if (shared.isPresent() && shared.get().toInstant().isAfter(event.asAt())) {
			return;
		}
		jdbc.sql("delete from " + themes + " where council_slug = :council")
			.param("council", event.council())
			.update();
		for (String partnership : event.partnerships()) {
			for (DeliveryProgressShared.ThemeShare theme : event.themes()) {
				jdbc.sql("insert into " + themes + " (partnership_slug, council_slug, theme, share, suppressed, as_at)"
						+ " values (:partnership, :council, :theme, :share, :suppressed, :at) on duplicate key update"
						+ " share = if(values(as_at) >= as_at, values(share), share),"
						+ " suppressed = if(values(as_at) >= as_at, values(suppressed), suppressed),"
						+ " as_at = greatest(as_at, values(as_at))")
					.param("partnership", partnership)
					.param("council", event.council())
					.param("theme", theme.theme().name())
					.param("share", theme.suppressed() ? null : theme.share())
					.param("suppressed", theme.suppressed())
					.param("at", Timestamp.from(event.asAt()))
					.update();
			}
		}
	}
}
