package org.lacatlas.geography;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Builds the geography GeoJSON in PostGIS: geometry stays in EPSG:27700 for filtering and
 * is turned into WGS84 (6 decimals, about 0.1 m) with exterior rings counter-clockwise
 * ({@code for_geojson}, as RFC 7946 wants) only in the answer. Counts are summed from
 * whole small areas, never apportioned by area.
 */
@Repository
class GeographyRepository {

	private static final String FEATURE_COLLECTION = """
			SELECT json_build_object('type', 'FeatureCollection',
				'features', coalesce(json_agg(ST_AsGeoJSON(f.*, 'geom', 6)::json), '[]'::json))::text
			FROM (%s) f
			""";

	/**
	 * Features with {@code "geometry": null}, which {@code ST_AsGeoJSON} would write as
	 * {@code {"type": null}}.
	 */
	private static final String WITHOUT_GEOMETRY = """
			SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(
				json_build_object('type', 'Feature', 'geometry', NULL, 'properties', to_jsonb(f.*) - 'geom')), '[]'::json))::text
			FROM (%s) f
			""";

	private final JdbcClient jdbc;

	GeographyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String borough(String code) {
		return jdbc.sql("""
				SELECT ST_AsGeoJSON(f.*, 'geom', 6) FROM (
					SELECT a.code, a.name,
						coalesce(sum(s.residents), 0) AS residents,
						coalesce(sum(s.residents_65_plus), 0) AS "residents65Plus",
						count(s.code) AS "smallAreas",
						for_geojson(a.geom) AS geom
					FROM authority a LEFT JOIN small_area s ON s.authority_code = a.code
					WHERE a.code = :code
					GROUP BY a.code
				) f
				""").param("code", code).query(String.class).single();
	}

	private static final String WARDS = """
			SELECT w.code, w.name, w.authority_code AS council,
				coalesce(sum(s.residents), 0) AS residents,
				coalesce(sum(s.residents_65_plus), 0) AS "residents65Plus",
				round(ST_X(ST_Transform(ST_PointOnSurface(w.geom), 4326))::numeric, 6) AS "labelLon",
				round(ST_Y(ST_Transform(ST_PointOnSurface(w.geom), 4326))::numeric, 6) AS "labelLat",
				for_geojson(w.geom) AS geom
			FROM ward w LEFT JOIN small_area s ON s.ward_code = w.code
			WHERE (CAST(:authority AS text) IS NULL OR w.authority_code = :authority)
				AND (CAST(:ward AS text) IS NULL OR w.code = :ward)
			GROUP BY w.code
			ORDER BY w.name
			""";

	/** Wards with the residents of the small areas that best fit them. */
	String wards(String authorityCode) {
		return jdbc.sql(FEATURE_COLLECTION.formatted(WARDS))
			.param("authority", authorityCode)
			.param("ward", null)
			.query(String.class)
			.single();
	}

	Optional<String> ward(String code) {
		return jdbc.sql("SELECT ST_AsGeoJSON(f.*, 'geom', 6) FROM (" + WARDS + ") f")
			.param("authority", null)
			.param("ward", code)
			.query(String.class)
			.optional();
	}

	private static final String SMALL_AREAS = """
			SELECT s.code, s.name, s.residents, s.residents_65_plus AS "residents65Plus",
				s.imd_decile AS "imdDecile", s.ward_code AS "wardCode",
				round((ST_Area(s.geom) / 10000)::numeric, 1) AS "areaHectares",
				%s AS geom
			FROM small_area s
			WHERE s.authority_code = :authority
				AND s.geom && ST_Transform(ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326), 27700)
			ORDER BY s.code
			""";

	/**
	 * Small areas whose geometry meets the box; the box is transformed, not the column,
	 * so the index is used.
	 * @param withGeometry false for features with a null geometry (RFC 7946 allows it):
	 * the figures of a map that draws the outlines from vector tiles
	 */
	String smallAreas(String authority, BoundingBox requested, boolean withGeometry) {
		var over = requested.overGreatBritain();
		if (over.isEmpty()) {
			return "{\"type\":\"FeatureCollection\",\"features\":[]}";
		}
		BoundingBox box = over.get();
		String sql = withGeometry ? FEATURE_COLLECTION.formatted(SMALL_AREAS.formatted("for_geojson(s.geom)"))
				: WITHOUT_GEOMETRY.formatted(SMALL_AREAS.formatted("NULL::geometry"));
		return jdbc.sql(sql)
			.param("authority", authority)
			.param("minLon", box.minLon())
			.param("minLat", box.minLat())
			.param("maxLon", box.maxLon())
			.param("maxLat", box.maxLat())
			.query(String.class)
			.single();
	}

	String places(String authorityCode) {
		return jdbc.sql(FEATURE_COLLECTION.formatted("""
				SELECT p.name, round(ST_X(p.geom))::int AS easting, round(ST_Y(p.geom))::int AS northing,
					for_geojson(p.geom) AS geom
				FROM place p
				WHERE p.authority_code = :authority
				ORDER BY p.name
				""")).param("authority", authorityCode).query(String.class).single();
	}

}
