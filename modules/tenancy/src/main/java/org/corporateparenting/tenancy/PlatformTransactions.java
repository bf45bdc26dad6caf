package org.corporateparenting.tenancy;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions on the platform's own database server and schema, whatever council the request is for: for what
 * belongs to the platform rather than to a council (sign-in sessions, the local sign-in's signing key). The JPA
 * transactions of a request run on its council's server, which for a council on another server has none of the
 * platform's tables.
 */
public final class PlatformTransactions extends TransactionTemplate {

	public PlatformTransactions(PlatformTransactionManager onPlatformServer) {
		super(onPlatformServer);
	}
}
