package org.lacatlas.introduction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Releases of a council's introductions ({@code introduction_release} and its aggregates,
 * made by {@code make_introduction_releases}), and the lock that keeps a recording and a
 * release from passing each other.
 */
@Repository
class ReleaseRepository {

	private final JdbcClient jdbc;

	ReleaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Recording takes the council's release lock shared, releasing takes it alone, both
	 * until the transaction ends: an introduction is counted under a month not yet
	 * released, and that month's release, when made, sees it.
	 */
	void lockShared(String authority) {
		jdbc.sql("SELECT pg_advisory_xact_lock_shared(hashtext('introduction_release ' || :a))")
			.param("a", authority)
			.query(Object.class)
			.list();
	}

	void lockAlone(String authority) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('introduction_release ' || :a))")
			.param("a", authority)
			.query(Object.class)
			.list();
	}

	Optional<YearMonth> latest(String authority) {
		return month("SELECT max(month) FROM introduction_release WHERE authority_code = :a", authority);
	}

	/**
	 * The first and latest months released and the first whose introductions are all
	 * held, in one query; empty when nothing is released.
	 */
	Optional<IntroductionReleases.State> state(String authority, int releaseAfterDays) {
		return jdbc.sql("""
				SELECT min(month) AS first, max(month) AS latest,
					(max(month) FILTER (WHERE NOT records_held) + interval '1 month')::date AS mapped_from
				FROM introduction_release WHERE authority_code = :a
				""").param("a", authority).query((rs, n) -> {
			LocalDate latest = rs.getObject("latest", LocalDate.class);
			LocalDate mapped = rs.getObject("mapped_from", LocalDate.class);
			return latest == null ? null
					: new IntroductionReleases.State(YearMonth.from(rs.getObject("first", LocalDate.class)),
							YearMonth.from(latest), mapped == null ? null : YearMonth.from(mapped), releaseAfterDays);
		}).optional();
	}

	/**
	 * What this council's published figures were made from, as text: its releases, when
	 * the latest of them was made (or remade, after an import) and how many are no longer
	 * held. It changes with the council's own releases only, never with another council's
	 * or with an introduction recorded.
	 */
	String stamp(String authority) {
		return jdbc.sql("""
				SELECT count(*) || ' ' || coalesce(max(released_at)::text, '-') || ' '
					|| count(*) FILTER (WHERE NOT records_held)
				FROM introduction_release WHERE authority_code = :a
				""").param("a", authority).query(String.class).single();
	}

	/** The earliest month any introduction is counted under, or empty. */
	Optional<YearMonth> earliestCounted(String authority) {
		return month("SELECT min(release_month) FROM introduction WHERE authority_code = :a", authority);
	}

	int release(String authority, YearMonth first, YearMonth last) {
		return jdbc.sql("SELECT make_introduction_releases(:a, :first, :last)")
			.param("a", authority)
			.param("first", first.atDay(1))
			.param("last", last.atDay(1))
			.query(Integer.class)
			.single();
	}

	/**
	 * Remakes the aggregates of the released months whose introductions are still held,
	 * after they were placed again (a new geography or postcode file).
	 */
	void remakeHeld(String authority) {
		List<LocalDate> months = jdbc.sql("""
				SELECT month FROM introduction_release WHERE authority_code = :a AND records_held ORDER BY month
				""").param("a", authority).query(LocalDate.class).list();
		if (months.isEmpty()) {
			return;
		}
		jdbc.sql("DELETE FROM introduction_release WHERE authority_code = :a AND records_held")
			.param("a", authority)
			.update();
		// held months need not be contiguous after a geography reload; remake each run
		LocalDate start = months.get(0);
		LocalDate previous = start;
		for (LocalDate month : months.subList(1, months.size())) {
			if (!month.equals(previous.plusMonths(1))) {
				release(authority, YearMonth.from(start), YearMonth.from(previous));
				start = month;
			}
			previous = month;
		}
		release(authority, YearMonth.from(start), YearMonth.from(previous));
	}

	/**
	 * Deletes the introductions counted under released months before {@code before}
	 * (their figures stay in the aggregates), and batches left empty; marks those months.
	 */
	int deleteReleasedBefore(String authority, YearMonth before) {
		boolean due = jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM introduction_release
					WHERE authority_code = :a AND month < :before AND records_held)
				""").param("a", authority).param("before", before.atDay(1)).query(Boolean.class).single();
		if (!due) {
			// nothing to do, and no statement on the releases: each would move their data
			// version, and with it every ETag and cached answer
			return 0;
		}
		int deleted = jdbc.sql("""
				DELETE FROM introduction i USING introduction_release r
				WHERE i.authority_code = :a AND r.authority_code = :a AND r.month = i.release_month
					AND i.release_month < :before
				""").param("a", authority).param("before", before.atDay(1)).update();
		jdbc.sql("""
				DELETE FROM introduction_batch b WHERE b.authority_code = :a
					AND NOT EXISTS (SELECT 1 FROM introduction i WHERE i.batch_id = b.id)
				""").param("a", authority).update();
		jdbc.sql("""
				UPDATE introduction_release SET records_held = false
				WHERE authority_code = :a AND month < :before AND records_held
				""").param("a", authority).param("before", before.atDay(1)).update();
		return deleted;
	}

	List<String> authorities() {
		return jdbc.sql("SELECT code FROM authority ORDER BY code").query(String.class).list();
	}

	private Optional<YearMonth> month(String sql, String authority) {
		return jdbc.sql(sql).param("a", authority).query(LocalDate.class).optional().map(YearMonth::from);
	}

}
