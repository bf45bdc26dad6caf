package org.corporateparenting.reporting.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.corporateparenting.reporting.domain.DashboardSections;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

	SectionVersions(DashboardSections sections, ReportingProperties properties) {
		this.sections = sections;
		this.recheckNanos = properties.recheckInterval().toNanos();
	}

	/**
	 * Whether the council's sections are known to be at this sum still, without asking the database: read at it less
	 * than the interval ago, with nothing committed on this instance since.
	 */
	boolean stillAt(String council, long version) {
		Read read = reads.get(council);
		return read != null && read.version() == version && System.nanoTime() - read.at() < recheckNanos
				&& read.commits() == commits(council).get();
	}

	/**
	 * Reads the sum in the caller's transaction, which is the council's, and keeps it for {@link #stillAt} when that
	 * transaction began for this read: one begun earlier may read from a snapshot older than a change this instance
	 * committed since, which must show at once.
	 */
	long read(String council, TransactionStatus transaction) {
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
