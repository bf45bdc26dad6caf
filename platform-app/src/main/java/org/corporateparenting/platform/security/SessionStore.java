package org.corporateparenting.platform.security;

import org.corporateparenting.tenancy.PlatformDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where signed-in sessions are kept: the platform schema on the platform's own database server, whatever council a
 * request is for. Spring Session writes them in transactions of its own on the platform's server; through the JPA
 * transaction manager they would take the connection of the request's council, which for a council on another
 * database server is a server without the sessions' table. Its tables are named with the platform schema
 * ({@code spring.session.jdbc.table-name}), so it takes a connection on whatever schema it was left: a signed-in page
 * reads and saves its session without moving a connection off its council's schema and back (two {@code USE} a page).
 * The data source Spring Session is given for that is the tenancy module's, which owns connections.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	/** Found by Spring Session by this name. */
	@Bean
	TransactionOperations springSessionTransactionOperations(PlatformDatabase platform) {
		return platform.onAnySchema();
	}

	/**
	 * The application's own transaction template, over the JPA transaction manager: Spring Boot makes one only when
	 * no other {@code TransactionOperations} exists, and the sessions' one above is another.
	 */
	@Bean
	@Primary
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
		return new TransactionTemplate(transactions);
	}
}
