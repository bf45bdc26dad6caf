package org.corporateparenting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutageUnitTest {

	@Test
	void aRollbackThatFailedBecauseTheConnectionWasLostIsAnOutage() {
		// As the JPA transaction manager reports it when the pool has already closed the connection to a server that
		// went away: the pool's message carries no SQL state, and it replaces the lost connection's failure.
		var rollback = new IllegalStateException("Unable to rollback against JDBC Connection",
				new SQLException("Connection is closed"));

		assertThat(DatabaseOutage.causedBy(new RuntimeException("Request processing failed", rollback))).isTrue();
	}

	@Test
	void aFailedRollbackThatReplacedALostConnectionIsAnOutage() {
		// As Spring reports a rollback on a connection the pool closed: no SQL state, the first failure kept beside it.
		var rollback = new TransactionSystemException("Could not roll back JPA transaction",
				new IllegalStateException("Unable to rollback against JDBC Connection",
						new SQLException("Connection is closed")));
		rollback.initApplicationException(new DataAccessResourceFailureException("Communications link failure"));

		assertThat(DatabaseOutage.causedBy(new RuntimeException("Request processing failed", rollback))).isTrue();
	}

	@Test
	void aRollbackThatFailedForAnotherReasonIsNot() {
		var rollback = new TransactionSystemException("Could not roll back JPA transaction");
		rollback.initApplicationException(new IllegalArgumentException("no such plan"));

		assertThat(DatabaseOutage.causedBy(rollback)).isFalse();
	}

	@Test
	void aConnectionTheServerKilledAsItStoppedIsAnOutage() {
		var killed = new RuntimeException("Could not commit",
				new SQLException("Connection was killed", "70100", 1927));
		var shuttingDown = new SQLException("Server shutdown in progress", "HY000", 1053);

		assertThat(DatabaseOutage.causedBy(killed)).isTrue();
		assertThat(DatabaseOutage.causedBy(shuttingDown)).isTrue();
	}

	@Test
	void otherDatabaseFailuresAreNot() {
		assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate",
				new SQLException("Duplicate entry", "23000", 1062)))).isFalse();
		assertThat(DatabaseOutage.causedBy(new SQLException("no state"))).isFalse();
	}
}
