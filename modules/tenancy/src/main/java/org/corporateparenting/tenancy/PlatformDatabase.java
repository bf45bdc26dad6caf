package org.corporateparenting.tenancy;

import org.springframework.transaction.support.TransactionOperations;

/**
 * The platform's own database server and schema, whatever council the request is for: for what belongs to the
 * platform rather than to a council (sign-in sessions, the local sign-in's signing key). The JPA transactions of a
 * request run on its council's server, which for a council on another server has none of the platform's tables.
 * Deliberately not a {@code TransactionOperations} bean itself, so it is never injected where the application's
 * own transactions are meant.
 */
public final class PlatformDatabase {

	private final TransactionOperations transactions;

	public PlatformDatabase(TransactionOperations transactions) {
		this.transactions = transactions;
	}

	/** Transactions on the platform's server, apart from any transaction of the request's council. */
	public TransactionOperations transactions() {
		return transactions;
	}
}
