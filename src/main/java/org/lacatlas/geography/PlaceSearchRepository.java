package org.lacatlas.geography;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Matches names in one council's {@code place} and {@code ward} rows (EPSG:27700),
 * answering points and boxes in WGS84. Names match anywhere, case-insensitively, best
 * first (the whole name, then its start, towns before wards). The typed text is compared
 * with {@code strpos}/{@code starts_with}, never as a LIKE pattern, so {@code %} and
 * {@code _} are plain characters.
 */
@Repository
class PlaceSearchRepository {

	private static final String FIND = """
			WITH found AS (
				SELECT 'town' AS kind, 1 AS kind_order, p.name, NULL AS label, p.geom AS point, NULL::geometry AS area
				FROM place p WHERE p.authority_code = :authority AND strpos(lower(p.name), :text) > 0
				UNION ALL
				SELECT 'ward', 2, w.name, NULL, ST_PointOnSurface(w.geom), w.geom
				FROM ward w WHERE w.authority_code = :authority AND strpos(lower(w.name), :text) > 0
			)
			SELECT f.kind, f.name, f.label, ST_X(ST_Transform(f.point, 4326)) AS lon,
				ST_Y(ST_Transform(f.point, 4326)) AS lat, b.box IS NOT NULL AS has_box,
				ST_XMin(b.box) AS west, ST_YMin(b.box) AS south, ST_XMax(b.box) AS east, ST_YMax(b.box) AS north
			FROM found f CROSS JOIN LATERAL (SELECT ST_Transform(ST_Envelope(f.area), 4326)::box2d AS box) b
			ORDER BY lower(f.name) = :text DESC, starts_with(lower(f.name), :text) DESC, f.kind_order, f.name
			LIMIT :limit
			""";

	private final JdbcClient jdbc;

	PlaceSearchRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param text the search in lower case, single spaces
	 */
	List<FoundPlace> find(String text, String authority, int limit) {
		return jdbc.sql(FIND)
			.param("text", text)
			.param("authority", authority)
			.param("limit", limit)
			.query((rs, n) -> FoundPlace.read(rs))
			.list();
	}

}
