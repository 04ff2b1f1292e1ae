package org.lacatlas.introduction;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Raw cells of released months, from the releases' aggregates (never from the
 * introductions themselves, so a figure is made from what was frozen at release). Each
 * cell has its count of whole introductions, its cell key (the sum of their record keys)
 * and the most of them any one person recorded, for disclosure control. Nothing leaves
 * this class except through {@link Introductions}, which publishes it.
 */
@Repository
class StatisticsRepository {

	/**
	 * A raw cell.
	 *
	 * @param count introductions
	 * @param cellKey sum of the record keys of the introductions counted
	 * @param byOnePerson the most of them recorded by any one person
	 * @param residents Census 2021 residents of the area, or null for a category
	 */
	record Cell(String key, String label, String status, long count, long cellKey, long byOnePerson, Long residents) {
	}

	/**
	 * Released small-area aggregates in the period, grouped by a key and then a recorder.
	 */
	private static final String BY_AREA = """
			WITH per AS (
				SELECT %s AS key, recorded_by, sum(introductions) AS n, sum(key_sum) AS k
				FROM introduction_release_place
				WHERE authority_code = :a AND month >= :from AND month < :to
				GROUP BY 1, 2
			), cells AS (
				SELECT key, sum(n) AS count, sum(k) AS cell_key, max(n) AS by_one FROM per GROUP BY key
			)
			""";

	private static final String COLUMNS = """
			coalesce(c.count, 0) AS count, coalesce(c.cell_key, 0) AS cell_key, coalesce(c.by_one, 0) AS by_one_person
			""";

	private final JdbcClient jdbc;

	StatisticsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Cell> wards(String authority, Period period) {
		return cells(BY_AREA.formatted("ward_code") + """
				SELECT w.code AS key, w.name AS label, NULL AS status, %s,
					(SELECT coalesce(sum(residents), 0) FROM small_area s WHERE s.ward_code = w.code) AS residents
				FROM ward w LEFT JOIN cells c ON c.key = w.code
				WHERE w.authority_code = :a ORDER BY w.name
				""".formatted(COLUMNS), authority, period);
	}

	List<Cell> neighbourhoods(String authority, Period period) {
		return cells(BY_AREA.formatted("neighbourhood_id") + """
				SELECT n.id::text AS key, n.name AS label, NULL AS status, %s,
					(SELECT coalesce(sum(s.residents), 0) FROM neighbourhood_area na
						JOIN small_area s ON s.code = na.small_area_code WHERE na.neighbourhood_id = n.id) AS residents
				FROM neighbourhood n JOIN neighbourhood_plan p ON p.id = n.plan_id AND p.authority_code = :a
				LEFT JOIN cells c ON c.key = n.id
				ORDER BY n.name, n.id
				""".formatted(COLUMNS), authority, period);
	}

	/**
	 * A cell's row in the patch table: its post, or out of area split by the
	 * coordinator's flag.
	 */
	private static final String PATCH_KEY = """
			CASE WHEN post_id IS NOT NULL THEN post_id::text WHEN worked_with_out_of_area
				THEN 'out-of-area-worked-with' ELSE 'out-of-area-not-allocated' END""";

	private static final String PATCH_ROWS = """
			, out_of_area AS (
				SELECT coalesce(sum(s.residents), 0) AS residents FROM small_area s
				WHERE s.authority_code = :a AND NOT EXISTS (
					SELECT 1 FROM neighbourhood_plan p
					JOIN neighbourhood_area na ON na.plan_id = p.id AND na.small_area_code = s.code
					JOIN coordinator_post cp ON cp.neighbourhood_id = na.neighbourhood_id
						AND cp.status IN ('IN_POST', 'VACANT')
					WHERE p.authority_code = :a)
			), rows AS (
				SELECT cp.id::text AS key, cp.name AS label, cp.status, 0 AS ord,
					(SELECT coalesce(sum(s.residents), 0) FROM neighbourhood_area na
						JOIN small_area s ON s.code = na.small_area_code
						WHERE na.neighbourhood_id = cp.neighbourhood_id) AS residents
				FROM coordinator_post cp
				WHERE cp.authority_code = :a AND cp.neighbourhood_id IS NOT NULL
					AND cp.status IN ('IN_POST', 'VACANT')
				UNION ALL
				SELECT 'out-of-area-not-allocated', 'Out of area, not allocated', NULL, 1, residents
				FROM out_of_area
				UNION ALL
				SELECT 'out-of-area-worked-with', 'Out of area, worked with', NULL, 2, residents
				FROM out_of_area
			)
			SELECT r.key, r.label, r.status, %s, r.residents
			FROM rows r LEFT JOIN cells c ON c.key = r.key
			ORDER BY r.ord, r.label
			""".formatted(COLUMNS);

	/**
	 * One row per post with a patch (in post or vacant), then introductions in no post's
	 * patch: not allocated, and worked with anyway.
	 */
	List<Cell> patches(String authority, Period period) {
		return cells(BY_AREA.formatted(PATCH_KEY) + PATCH_ROWS, authority, period);
	}

	/**
	 * Counts by source, level, ageBand or need (as {@code introduction_release_category}
	 * names them); only values present.
	 */
	List<Cell> byCategory(String category, String authority, Period period) {
		return jdbc.sql("""
				SELECT value AS key, NULL AS label, NULL AS status, sum(n) AS count, sum(k) AS cell_key,
					max(n) AS by_one_person, NULL AS residents
				FROM (SELECT value, recorded_by, sum(introductions) AS n, sum(key_sum) AS k
					FROM introduction_release_category
					WHERE authority_code = :a AND category = :category AND month >= :from AND month < :to
					GROUP BY 1, 2) per
				GROUP BY 1
				""")
			.param("category", category)
			.param("a", authority)
			.param("from", period.firstDay())
			.param("to", period.end())
			.query(Cell.class)
			.list();
	}

	/** Every introduction in the period, with the council's residents. */
	Cell total(String authority, Period period) {
		return cells(BY_AREA.formatted("'total'") + """
				SELECT 'total' AS key, 'Total' AS label, NULL AS status, %s,
					(SELECT coalesce(sum(residents), 0) FROM small_area WHERE authority_code = :a) AS residents
				FROM (SELECT 'total' AS key) t LEFT JOIN cells c ON c.key = t.key
				""".formatted(COLUMNS), authority, period).get(0);
	}

	/**
	 * Whether any introduction in the period is synthetic (demo data), so pages can say
	 * so.
	 */
	boolean anySynthetic(String authority, Period period) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM introduction_release
					WHERE authority_code = :a AND month >= :from AND month < :to AND synthetic)
				""")
			.param("a", authority)
			.param("from", period.firstDay())
			.param("to", period.end())
			.query(Boolean.class)
			.single();
	}

	/**
	 * The council's released introductions of all months by small area and recorder: what
	 * {@link AreaIntroductions} publishes any set of small areas from.
	 */
	List<AreaIntroductions.Row> areaRows(String authority) {
		return jdbc.sql("""
				SELECT small_area_code, recorded_by, sum(introductions), sum(key_sum)
				FROM introduction_release_area WHERE authority_code = :a
				GROUP BY 1, 2 ORDER BY 1, 2
				""")
			.param("a", authority)
			// an explicit mapper: the by-name one probes column spellings with an
			// exception per miss
			.query((rs, n) -> new AreaIntroductions.Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	private List<Cell> cells(String sql, String authority, Period period) {
		return jdbc.sql(sql)
			.param("a", authority)
			.param("from", period.firstDay())
			.param("to", period.end())
			.query(Cell.class)
			.list();
	}

}
