package org.corporateparenting.tenancy.registry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registry held in memory, so that a request learns its council's status, schema, server and trusted issuers
 * without asking the database. Every registry write bumps a change counter in the same transaction; the instance
 * that wrote reloads once its transaction commits (a suspension takes effect there at once), and every instance polls
 * the counter (one tiny query a second) and reloads when it moves, so a change made anywhere is seen everywhere
 * within seconds. While the database cannot be reached, the last copy read keeps serving.
 */
class RegistryCache {

	private static final Logger log = LoggerFactory.getLogger(RegistryCache.class);

	/** Marks a transaction that changed the registry: reads inside it must see its own writes. */
	private static final Object WRITTEN = RegistryCache.class.getName() + ".written";

	private final JdbcClient outsideTransactions;

	private final RegistryTables tables;

	private volatile RegistrySnapshot snapshot = RegistrySnapshot.EMPTY;

	private volatile boolean pollFailing;

	RegistryCache(JdbcClient outsideTransactions, RegistryTables tables) {
		this.outsideTransactions = outsideTransactions;
		this.tables = tables;
	}

	/** The registry as last read; read now if it never was. */
	RegistrySnapshot current() {
		RegistrySnapshot known = snapshot;
		return known == RegistrySnapshot.EMPTY ? reload() : known;
	}

	/** Reads the whole registry again, on a connection of its own. */
	synchronized RegistrySnapshot reload() {
		RegistrySnapshot read = RegistrySnapshot.read(outsideTransactions, tables);
		if (read.version() >= snapshot.version() || snapshot == RegistrySnapshot.EMPTY) {
			snapshot = read;
		}
		return snapshot;
	}

	/** Reloads when another instance (or a transaction here) has changed the registry since the last read. */
	void poll() {
		try {
			long version = outsideTransactions.sql("select version from " + tables.change() + " where id = 1")
				.query(Long.class)
				.optional()
				.orElse(0L);
			if (version != snapshot.version()) {
				reload();
			}
			if (pollFailing) {
				log.info("The registry can be read again");
				pollFailing = false;
			}
		}
		catch (RuntimeException ex) {
			if (!pollFailing) {
				log.warn("Cannot read the registry's change counter; serving the copy read at version {}",
						snapshot.version(), ex);
				pollFailing = true;
			}
		}
	}

	/**
	 * Called by every registry write, inside its transaction: reads in the same transaction go to the database from
	 * now on, and this instance reloads as soon as the transaction commits.
	 */
	void written() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("Registry writes run in a transaction");
		}
		if (TransactionSynchronizationManager.hasResource(WRITTEN)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(WRITTEN, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			/** Before the listeners of the transaction's events are called, so they read the registry it wrote. */
			@Override
			public void afterCommit() {
				reload();
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(WRITTEN);
			}

			@Override
			public int getOrder() {
				return Ordered.HIGHEST_PRECEDENCE;
			}
		});
	}

	/** Whether the current transaction has changed the registry, so the copy in memory is behind it. */
	boolean writtenInThisTransaction() {
		return TransactionSynchronizationManager.hasResource(WRITTEN);
	}
}
