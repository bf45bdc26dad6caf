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

	private final TransactionOperations onAnySchema;

	/**
	 * @param transactions transactions on the platform's server whose connections are on the platform schema
	 * @param onAnySchema transactions on the platform's server whose connections stay on the schema they were left on
	 */
	public PlatformDatabase(TransactionOperations transactions, TransactionOperations onAnySchema) {
		this.transactions = transactions;
		this.onAnySchema = onAnySchema;
	}

	/** Transactions on the platform's server, apart from any transaction of the request's council. */
	public TransactionOperations transactions() {
		return transactions;
	}

	/**
	 * Transactions on the platform's server for SQL that names the platform schema in every table it touches (Spring
	 * Session's, over the data source it is given for that): a connection is taken on whatever schema it was left,
	 * and left there, so such work between two requests of a council costs neither of them a {@code USE}.
	 * Unqualified SQL in them would run on an unknown schema: use {@link #transactions()}.
	 */
	public TransactionOperations onAnySchema() {
		return onAnySchema;
	}
}
