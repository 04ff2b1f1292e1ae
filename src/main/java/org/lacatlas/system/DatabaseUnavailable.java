package org.lacatlas.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure is PostgreSQL not answering (restarting, unreachable, or no pooled
 * connection within Hikari's wait) rather than a fault in the request or the code: it is
 * answered 503 with Retry-After, as the client can simply try again.
 */
final class DatabaseUnavailable {

	/**
	 * A change may have reached the database just before the connection was lost, so the
	 * client is told to look before sending it again.
	 */
	static final String DETAIL = "The database is not answering just now (it may be restarting). "
			+ "Try again in a few seconds; if you were saving a change, reload first to see whether it was saved.";

	private DatabaseUnavailable() {
	}

	static boolean is(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException) {
				return true;
			}
			// SQLSTATE class 08: connection exception; 57P: the server shutting down or
			// restarting (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03
			// cannot_connect_now).
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
		}
		return false;
	}

}
