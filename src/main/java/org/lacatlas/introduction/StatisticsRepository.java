package org.lacatlas.introduction;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Raw aggregates of introductions over a period, each with its cell key (the sum of its
 * records' keys) for disclosure control. Nothing leaves this class except through
 * {@link Introductions}, which publishes it. Geographic counts are sums of shares.
 */
@Repository
class StatisticsRepository {

	/**
	 * A raw cell.
	 *
	 * @param count introductions (a sum of shares for areas)
	 * @param cellKey sum of the record keys of the introductions counted
	 * @param residents Census 2021 residents of the area, or null for a category
	 */
	record Cell(String key, String label, String status, double count, long cellKey, Long residents) {
	}

	/**
	 * Introductions in the period with their shares, grouped by a key, one row per
	 * introduction.
	 */
	private static final String PER_INTRODUCTION = """
			WITH per AS (
				SELECT %s AS key, introduction_id, min(record_key) AS record_key, sum(share) AS share
				FROM introduction_place
				WHERE authority_code = :a AND introduced_on >= :from AND introduced_on < :to
				GROUP BY 1, 2
			), cells AS (
				SELECT key, sum(share) AS count, sum(record_key) AS cell_key FROM per GROUP BY key
			)
			""";

	private final JdbcClient jdbc;

	StatisticsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Cell> wards(String authority, Period period) {
		return cells(PER_INTRODUCTION.formatted("ward_code") + """
				SELECT w.code AS key, w.name AS label, NULL AS status, coalesce(c.count, 0) AS count,
					coalesce(c.cell_key, 0) AS cell_key,
					(SELECT coalesce(sum(residents), 0) FROM small_area s WHERE s.ward_code = w.code) AS residents
				FROM ward w LEFT JOIN cells c ON c.key = w.code
				WHERE w.authority_code = :a ORDER BY w.name
				""", authority, period);
	}

	List<Cell> neighbourhoods(String authority, Period period) {
		return cells(PER_INTRODUCTION.formatted("neighbourhood_id") + """
				SELECT n.id::text AS key, n.name AS label, NULL AS status, coalesce(c.count, 0) AS count,
					coalesce(c.cell_key, 0) AS cell_key,
					(SELECT coalesce(sum(s.residents), 0) FROM neighbourhood_area na
						JOIN small_area s ON s.code = na.small_area_code WHERE na.neighbourhood_id = n.id) AS residents
				FROM neighbourhood n JOIN neighbourhood_plan p ON p.id = n.plan_id AND p.authority_code = :a
				LEFT JOIN cells c ON c.key = n.id
				ORDER BY n.name, n.id
				""", authority, period);
	}

	/**
	 * A share's row in the patch table: its post, or out of area split by the
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
			SELECT r.key, r.label, r.status, coalesce(c.count, 0) AS count,
				coalesce(c.cell_key, 0) AS cell_key, r.residents
			FROM rows r LEFT JOIN cells c ON c.key = r.key
			ORDER BY r.ord, r.label
			""";

	/**
	 * One row per post with a patch (in post or vacant), then introductions in no post's
	 * patch: not allocated, and worked with anyway.
	 */
	List<Cell> patches(String authority, Period period) {
		return cells(PER_INTRODUCTION.formatted(PATCH_KEY) + PATCH_ROWS, authority, period);
	}

	/**
	 * Counts by a column of the introduction (source, support_level, age_band); only keys
	 * present.
	 */
	List<Cell> byColumn(String column, String authority, Period period) {
		String sql = switch (column) {
			case "source", "support_level", "age_band" -> """
					SELECT %s::text AS key, NULL AS label, NULL AS status, count(*) AS count,
						sum(record_key) AS cell_key, NULL AS residents
					FROM introduction WHERE authority_code = :a AND introduced_on >= :from AND introduced_on < :to
					GROUP BY 1
					""".formatted(column);
			case "needs" -> """
					SELECT need AS key, NULL AS label, NULL AS status, count(*) AS count,
						sum(record_key) AS cell_key, NULL AS residents
					FROM introduction, unnest(needs) AS need
					WHERE authority_code = :a AND introduced_on >= :from AND introduced_on < :to
					GROUP BY 1
					""";
			default -> throw new IllegalArgumentException("No such column: " + column);
		};
		return cells(sql, authority, period);
	}

	/** Every introduction in the period, with the council's residents. */
	Cell total(String authority, Period period) {
		return cells("""
				SELECT 'total' AS key, 'Total' AS label, NULL AS status, count(*) AS count,
					coalesce(sum(record_key), 0) AS cell_key,
					(SELECT coalesce(sum(residents), 0) FROM small_area WHERE authority_code = :a) AS residents
				FROM introduction WHERE authority_code = :a AND introduced_on >= :from AND introduced_on < :to
				""", authority, period).get(0);
	}

	/**
	 * Whether any introduction in the period is synthetic (demo data), so pages can say
	 * so.
	 */
	boolean anySynthetic(String authority, Period period) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM introduction
					WHERE authority_code = :a AND introduced_on >= :from AND introduced_on < :to AND synthetic)
				""")
			.param("a", authority)
			.param("from", period.firstDay())
			.param("to", period.end())
			.query(Boolean.class)
			.single();
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
