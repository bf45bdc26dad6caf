package org.corporateparenting.reporting.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corporateparenting.reporting.Cohort;
import org.corporateparenting.reporting.Polarity;
import org.corporateparenting.reporting.Unit;
import org.corporateparenting.tenancy.PlatformSchema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The national indicator catalogue in the platform schema. It changes only with a release (its rows come with the
 * migrations), so it is read once and kept: council pages never reach into the platform schema for it.
 */
@Component
public class NationalIndicators {

	private final JdbcClient jdbc;

	private final TransactionTemplate outsideAnyTransaction;

	private final String table;

	private volatile Map<String, Indicator> byCode;

	NationalIndicators(JdbcClient jdbc, PlatformTransactionManager transactions, PlatformSchema platform) {
		this.jdbc = jdbc;
		this.outsideAnyTransaction = new TransactionTemplate(transactions);
		this.outsideAnyTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
		this.table = platform.table("indicator");
	}

	public List<Indicator> all() {
		return List.copyOf(catalogue().values());
	}

	public Optional<Indicator> find(String code) {
		return Optional.ofNullable(catalogue().get(code));
	}

	private Map<String, Indicator> catalogue() {
		Map<String, Indicator> known = byCode;
		if (known == null) {
			// Read on a connection of its own: a council's transaction may be open on this thread.
			known = outsideAnyTransaction.execute(status -> load());
			byCode = known;
		}
		return known;
	}

	private Map<String, Indicator> load() {
		Map<String, Indicator> loaded = new LinkedHashMap<>();
		jdbc.sql("select code, name, definition, unit, polarity, cohort, source from " + table + " order by position")
			.query((rs, n) -> new Indicator(rs.getString(1), rs.getString(2), rs.getString(3),
					Unit.valueOf(rs.getString(4)), Polarity.valueOf(rs.getString(5)), Cohort.valueOf(rs.getString(6)),
					rs.getString(7), true, 0))
			.list()
			.forEach(indicator -> loaded.put(indicator.code(), indicator));
		return java.util.Collections.unmodifiableMap(loaded);
	}
}
