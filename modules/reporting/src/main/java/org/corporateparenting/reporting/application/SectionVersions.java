package org.corporateparenting.reporting.application;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import org.corporateparenting.reporting.domain.DashboardSections;
import org.corporateparenting.tenancy.CouncilContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each council's sum of its dashboard sections' counts of changes, as this instance last read it. What is kept against
 * that sum (the dashboard, the list of indicators) is given again without asking the database while the sum was read
 * less than {@code cpp.reporting.recheck-interval} ago (a second) and no transaction on this instance has since
 * committed a change to one of the council's sections: so a change made on this instance shows at once, and one made
 * on another instance within the interval.
 */
@Component
@EnableConfigurationProperties(ReportingProperties.class)
class SectionVersions {

	private final DashboardSections sections;

	private final long recheckNanos;

	/** The sum each council's sections were last read at. */
	private final Map<String, Read> reads = new ConcurrentHashMap<>();

	/** How many transactions on this instance have committed a change to each council's sections. */
	private final Map<String, AtomicLong> commits = new ConcurrentHashMap<>();

	private final TransactionTemplate readOnly;

	SectionVersions(DashboardSections sections, ReportingProperties properties, PlatformTransactionManager transactions) {
		this.sections = sections;
		this.recheckNanos = properties.recheckInterval().toNanos();
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Something made from what a council's sections show, kept for each council and given again while their sum is
	 * what it was made at.
	 *
	 * @param make makes it, in a read-only transaction of the council, given the sum just read
	 */
	<T> Kept<T> keep(LongFunction<Made<T>> make) {
		return new Kept<>(make);
	}

	/** @param version the sum of the sections' counts that {@code value} shows */
	record Made<T>(long version, T value) {
	}

	/** What {@link #keep} makes: one value for each council, and the sum each was made at. */
	final class Kept<T> {

		private final Map<String, Made<T>> made = new ConcurrentHashMap<>();

		private final LongFunction<Made<T>> make;

		private Kept(LongFunction<Made<T>> make) {
			this.make = make;
		}

		/**
		 * The current council's, as it stands: what was made before without asking the database while the sum is
		 * known to be unchanged ({@link #stillAt}), else after reading the sum (one small query) in a transaction of
		 * its own, or the caller's, and made again when the sum differs.
		 */
		T current() {
			String council = CouncilContext.require();
			Made<T> known = made.get(council);
			if (known != null && stillAt(council, known.version())) {
				return known.value();
			}
			return Objects.requireNonNull(readOnly.execute(status -> {
				long version = read(council, status);
				if (known != null && known.version() == version) {
					return known.value();
				}
				Made<T> now = make.apply(version);
				made.put(council, now);
				return now.value();
			}));
		}
	}

	/**
	 * Whether the council's sections are known to be at this sum still, without asking the database: read at it less
	 * than the interval ago, with nothing committed on this instance since.
	 */
	private boolean stillAt(String council, long version) {
		Read read = reads.get(council);
		return read != null && read.version() == version && System.nanoTime() - read.at() < recheckNanos
				&& read.commits() == commits(council).get();
	}

	/**
	 * Reads the sum in the caller's transaction, which is the council's, and keeps it for {@link #stillAt} when that
	 * transaction began for this read: one begun earlier may read from a snapshot older than a change this instance
	 * committed since, which must show at once.
	 */
	private long read(String council, TransactionStatus transaction) {
		if (!transaction.isNewTransaction()) {
			return sections.versionSum();
		}
		// Counted before the read: a change committed after this count makes what is read out of date at once.
		long committed = commits(council).get();
		long at = System.nanoTime();
		long version = sections.versionSum();
		reads.put(council, new Read(version, at, committed));
		return version;
	}

	/**
	 * A section of the council changes in the current transaction: once it commits, the sum is read again. Called
	 * with the section's row locked, so in a transaction.
	 */
	void changing(String council) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			commits(council).incrementAndGet();
			return;
		}
		String key = SectionVersions.class.getName() + ":" + council;
		if (TransactionSynchronizationManager.hasResource(key)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(key, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(key);
				if (status == STATUS_COMMITTED) {
					commits(council).incrementAndGet();
				}
			}
		});
	}

	private AtomicLong commits(String council) {
		return commits.computeIfAbsent(council, any -> new AtomicLong());
	}

	private record Read(long version, long at, long commits) {
	}
}
