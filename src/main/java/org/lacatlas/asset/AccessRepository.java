package org.lacatlas.asset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How far residents live from the nearest published asset of a category. Small areas have
 * no population-weighted centroid here, so each small area's residents are placed at
 * {@code ST_PointOnSurface} of its polygon (a point always inside it); distances are
 * straight lines in EPSG:27700 metres. Counts are Census 2021 residents summed over whole
 * small areas, each in its best-fit ward. Results are JSON arrays built in PostGIS.
 */
@Repository
class AccessRepository {

	/** Each small area with the distance from its point to the nearest matching asset. */
	private static final String REACH = """
			WITH reach AS (
				SELECT s.code, s.name, s.ward_code, s.authority_code, s.residents, s.residents_65_plus,
					(SELECT ST_Distance(a.geom, p.pt) FROM asset a
						WHERE a.authority_code = :authority AND a.status = 'published'
							AND (CAST(:category AS text) IS NULL OR a.category = :category)
						ORDER BY a.geom <-> p.pt LIMIT 1) AS nearest
				FROM small_area s CROSS JOIN LATERAL (SELECT ST_PointOnSurface(s.geom) AS pt) p
				WHERE s.authority_code = :authority
			),
			counted AS (
				SELECT r.*, (r.nearest IS NULL OR r.nearest > :distance) AS beyond FROM reach r
			)
			SELECT coalesce(json_agg(row_to_json(t) ORDER BY t.name), '[]')::text FROM (
			%s
			) t
			""";

	/** Sums and shares over a group of {@code counted} rows {@code c}. */
	private static final String SUMS = """
			coalesce(sum(c.residents), 0) AS residents,
					coalesce(sum(c.residents_65_plus), 0) AS "residents65Plus",
					coalesce(sum(c.residents) FILTER (WHERE c.beyond), 0) AS "residentsBeyond",
					coalesce(sum(c.residents_65_plus) FILTER (WHERE c.beyond), 0) AS "residents65PlusBeyond",
					round(coalesce(sum(c.residents) FILTER (WHERE c.beyond), 0)::numeric / NULLIF(sum(c.residents), 0), 4)
						AS "shareBeyond",
					round(coalesce(sum(c.residents_65_plus) FILTER (WHERE c.beyond), 0)::numeric
						/ NULLIF(sum(c.residents_65_plus), 0), 4) AS "share65PlusBeyond"
			""";

	/**
	 * Published assets in {@code %1$s} (a condition on {@code a.geom}): the matching
	 * count {@code %2$s}, per 1,000 residents, and counts of every category.
	 */
	private static final String ASSETS = """
			(%2$s) AS assets,
				round(1000.0 * (%2$s) / NULLIF(sum(c.residents), 0), 3) AS "assetsPer1000",
				(SELECT json_object_agg(x.category, x.n ORDER BY x.category) FROM (SELECT a.category, count(*) AS n
					FROM asset a WHERE a.authority_code = :authority AND a.status = 'published' AND %1$s
					GROUP BY a.category) x) AS "byCategory"
			""";

	private static final String COUNT = """
			SELECT count(*) FROM asset a WHERE a.authority_code = :authority AND a.status = 'published' AND %s
					AND (CAST(:category AS text) IS NULL OR a.category = :category)""";

	private static final String BY_WARD = """
			SELECT w.code, w.name, %s, %s
			FROM ward w JOIN counted c ON c.ward_code = w.code
			GROUP BY w.code
			""".formatted(SUMS, assets("ST_Intersects(w.geom, a.geom)"));

	/** The current plan's neighbourhoods (a council has one plan), by id. */
	private static final String BY_NEIGHBOURHOOD = """
			SELECT n.id::text AS code, n.name, %s, %s
			FROM neighbourhood_plan np
			JOIN neighbourhood n ON n.plan_id = np.id
			JOIN neighbourhood_area na ON na.neighbourhood_id = n.id
			JOIN counted c ON c.code = na.small_area_code
			WHERE np.authority_code = :authority
			GROUP BY n.id
			""".formatted(SUMS, assets("ST_Intersects(n.outline, a.geom)"));

	private static final String BY_BOROUGH = """
			SELECT au.code, au.name, %s, %s
			FROM authority au JOIN counted c ON c.authority_code = au.code
			GROUP BY au.code
			""".formatted(SUMS, assets("ST_DWithin(au.geom, a.geom, :buffer)"));

	private static final String BY_SMALL_AREA = """
			SELECT c.code, c.name, c.ward_code AS "wardCode", c.residents, c.residents_65_plus AS "residents65Plus",
				CASE WHEN c.beyond THEN c.residents ELSE 0 END AS "residentsBeyond",
				CASE WHEN c.beyond THEN c.residents_65_plus ELSE 0 END AS "residents65PlusBeyond",
				round(c.nearest::numeric, 0) AS "nearestMetres", c.beyond
			FROM counted c
			""";

	private final JdbcClient jdbc;

	private static String assets(String inside) {
		return ASSETS.formatted(inside, COUNT.formatted(inside));
	}

	AccessRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param by {@code ward}, {@code borough}, {@code neighbourhood} or
	 * {@code small-area}
	 * @param category a taxonomy code, or null for any category
	 * @param distance metres
	 * @param authority the council: its small areas and its published assets
	 * @param bufferMetres how far outside the boundary a borough's assets may lie
	 */
	String rows(String by, String category, double distance, String authority, int bufferMetres) {
		String grouping = switch (by) {
			case "ward" -> BY_WARD;
			case "borough" -> BY_BOROUGH;
			case "neighbourhood" -> BY_NEIGHBOURHOOD;
			case "small-area" -> BY_SMALL_AREA;
			default -> throw new IllegalArgumentException(by);
		};
		return jdbc.sql(REACH.formatted(grouping))
			.param("category", category)
			.param("distance", distance)
			.param("authority", authority)
			.param("buffer", bufferMetres)
			.query(String.class)
			.single();
	}

}
