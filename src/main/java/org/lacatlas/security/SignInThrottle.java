package org.lacatlas.security;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing. Within {@link #WINDOW}, after a few wrong passwords for one
 * account (or many from one address) each further attempt must wait twice as long as the
 * last (1 s, 2 s, 4 s … up to 60 s); after {@code lockAfter} wrong passwords the account
 * is locked for the window, or until an administrator lifts it. Every failure is recorded
 * without the password.
 */
@Component
class SignInThrottle {

	static final Duration WINDOW = Duration.ofMinutes(15);

	private static final long MAX_DELAY_SECONDS = 60;

	/** Too early to try again: the caller must wait {@code seconds}. */
	static final class TooSoon extends LockedException {

		final long seconds;

		TooSoon(long seconds) {
			super("Too many wrong passwords: try again in " + seconds + " s.");
			this.seconds = seconds;
		}

	}

	private final JdbcClient jdbc;

	private final int accountFreeFailures;

	private final int addressFreeFailures;

	private final int lockAfter;

	SignInThrottle(JdbcClient jdbc, @Value("${lacatlas.sign-in.account-free-failures:3}") int accountFreeFailures,
			@Value("${lacatlas.sign-in.address-free-failures:20}") int addressFreeFailures,
			@Value("${lacatlas.sign-in.lock-after:10}") int lockAfter) {
		this.jdbc = jdbc;
		this.accountFreeFailures = accountFreeFailures;
		this.addressFreeFailures = addressFreeFailures;
		this.lockAfter = lockAfter;
	}

	/**
	 * @throws LockedException when the account is locked or the caller must wait first
	 */
	void check(String username, String address) {
		OffsetDateTime lockedUntil = jdbc
			.sql("SELECT locked_until FROM app_user WHERE username = :u AND locked_until > now()")
			.param("u", username)
			.query(OffsetDateTime.class)
			.optional()
			.orElse(null);
		if (lockedUntil != null) {
			throw new LockedException("This account is locked after too many wrong passwords until " + lockedUntil
					+ ". An administrator can unlock it.");
		}
		long wait = Math.max(waitFor(accountFailures(username), accountFreeFailures),
				waitFor(addressFailures(address), addressFreeFailures));
		if (wait > 0) {
			throw new TooSoon(wait);
		}
	}

	void failed(String username, String address) {
		jdbc.sql("INSERT INTO sign_in_failure (username, address) VALUES (:u, :a)")
			.param("u", username.length() > 100 ? username.substring(0, 100) : username)
			.param("a", address)
			.update();
		jdbc.sql("""
				UPDATE app_user SET locked_until = now() + CAST(:window AS interval)
				WHERE username = :u AND (SELECT count(*) FROM sign_in_failure f WHERE f.username = :u
					AND f.failed_at > greatest(now() - CAST(:window AS interval), failures_forgiven_at)) >= :lock
				""")
			.param("u", username)
			.param("window", WINDOW.toSeconds() + " seconds")
			.param("lock", lockAfter)
			.update();
	}

	/**
	 * A right password, or an administrator lifting the lock: earlier failures are
	 * forgiven.
	 */
	void forgive(String username) {
		// Written only when there is something to forgive: HTTP Basic checks a password
		// on
		// every request.
		jdbc.sql("""
				UPDATE app_user u SET failures_forgiven_at = now(), locked_until = NULL
				WHERE username = :u AND (locked_until IS NOT NULL OR EXISTS (SELECT 1 FROM sign_in_failure f
					WHERE f.username = u.username AND f.failed_at > u.failures_forgiven_at))
				""").param("u", username).update();
	}

	/**
	 * Seconds still to wait after {@code failures} (count, last) when the first
	 * {@code free} cost nothing.
	 */
	private static long waitFor(Failures failures, int free) {
		if (failures.count() < free || failures.last() == null) {
			return 0;
		}
		long delay = Math.min(MAX_DELAY_SECONDS, 1L << Math.min(20, failures.count() - free));
		long passed = Duration.between(failures.last(), Instant.now()).toSeconds();
		return Math.max(0, delay - passed);
	}

	record Failures(int count, Instant last) {
	}

	private Failures accountFailures(String username) {
		return jdbc.sql("""
				SELECT count(*), max(f.failed_at) FROM sign_in_failure f
				LEFT JOIN app_user u ON u.username = f.username
				WHERE f.username = :u AND f.failed_at > now() - CAST(:window AS interval)
				AND f.failed_at > coalesce(u.failures_forgiven_at, '-infinity')
				""")
			.param("u", username)
			.param("window", WINDOW.toSeconds() + " seconds")
			.query(SignInThrottle::failures)
			.single();
	}

	private Failures addressFailures(String address) {
		return jdbc.sql("""
				SELECT count(*), max(failed_at) FROM sign_in_failure
				WHERE address = :a AND failed_at > now() - CAST(:window AS interval)
				""")
			.param("a", address)
			.param("window", WINDOW.toSeconds() + " seconds")
			.query(SignInThrottle::failures)
			.single();
	}

	private static Failures failures(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		var last = rs.getObject(2, OffsetDateTime.class);
		return new Failures(rs.getInt(1), last == null ? null : last.toInstant());
	}

}
