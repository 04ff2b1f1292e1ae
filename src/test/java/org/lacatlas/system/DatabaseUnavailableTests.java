package org.lacatlas.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;
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

	/** The session read in Spring Session's filter fails before any controller. */
	@Test
	void aFilterThatCannotReachTheDatabaseIsAnswered503ToTryAgain() {
		var request = new MockHttpServletRequest();
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new CannotCreateTransactionException(
				"Could not open JDBC Connection for transaction", new SQLTransientConnectionException("timed out")));
		var answer = new ContainerErrors().error(request);
		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
		assertThat(answer.getBody().getDetail()).contains("not answering");

		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("a bug"));
		assertThat(new ContainerErrors().error(request).getStatusCode().value()).isEqualTo(500);
	}

	@Test
	void otherFailuresAreNot() {
		assertThat(DatabaseUnavailable.is(new IllegalStateException("a bug"))).isFalse();
		assertThat(DatabaseUnavailable.is(new UncategorizedSQLException("insert", "INSERT ...",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
	}

}
