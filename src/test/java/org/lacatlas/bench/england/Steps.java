package org.lacatlas.bench.england;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** Runs the generator's steps on one connection, printing each step and its time. */
final class Steps {

	interface Step {

		String run() throws Exception;

	}

	private final Connection db;

	private final long start = System.nanoTime();

	Steps(Connection db) {
		this.db = db;
	}

	Connection db() {
		return db;
	}

	/** Runs a step, commits, and prints what it did and how long it took. */
	void step(String what, Step step) throws Exception {
		System.out.printf(Locale.ROOT, "england: %s ...%n", what);
		long t = System.nanoTime();
		String result = step.run();
		db.commit();
		System.out.printf(Locale.ROOT, "england: %s: %s in %.1f s%n", what, result, (System.nanoTime() - t) / 1e9);
	}

	/** Runs SQL statements in order and returns the rows the last one changed. */
	int sql(String... statements) throws SQLException {
		int rows = 0;
		try (Statement s = db.createStatement()) {
			for (String statement : statements) {
				rows = s.executeUpdate(statement);
			}
		}
		return rows;
	}

	long count(String query) throws SQLException {
		try (Statement s = db.createStatement(); var rs = s.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	double totalSeconds() {
		return (System.nanoTime() - start) / 1e9;
	}

}
