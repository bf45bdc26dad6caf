package org.corporateparenting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class DatabaseOutageUnitTest {

	@Test
	void aRollbackThatFailedBecauseTheConnectionWasLostIsAnOutage() {
		// As Hibernate reports it when the pool has already closed the connection to a server that went away.
		var rollback = new IllegalStateException("Unable to rollback against JDBC Connection",
				new SQLException("Connection is closed", "08003"));

		assertThat(DatabaseOutage.causedBy(new RuntimeException("Request processing failed", rollback))).isTrue();
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
