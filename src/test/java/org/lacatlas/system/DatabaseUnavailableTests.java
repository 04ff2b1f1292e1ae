package org.lacatlas.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PostgreSQL restart shows up as several kinds of failure, depending on where the
 * request was: each is told apart from a fault in the request or the code.
 */
class DatabaseUnavailableTests {

	@Test
	void aConnectionKilledByARestartIsTheDatabaseNotAnswering() {
		var killed = new SQLException("terminating connection due to administrator command", "57P01");
		assertThat(DatabaseUnavailable.is(new TransactionSystemException("Could not commit", killed))).isTrue();
		assertThat(DatabaseUnavailable.is(new UncategorizedSQLException("insert", "INSERT ...",
				new SQLException("An I/O error occurred while sending to the backend.", "08006"))))
			.isTrue();
	}

	@Test
	void noConnectionWithinHikarisWaitIsTheDatabaseNotAnswering() {
		assertThat(DatabaseUnavailable.is(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
				new SQLTransientConnectionException("Connection is not available, request timed out after 30000ms."))))
			.isTrue();
	}

	@Test
	void otherFailuresAreNot() {
		assertThat(DatabaseUnavailable.is(new IllegalStateException("a bug"))).isFalse();
		assertThat(DatabaseUnavailable.is(new UncategorizedSQLException("insert", "INSERT ...",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
	}

}
