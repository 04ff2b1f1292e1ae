package org.lacatlas.introduction;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Introductions of released months over a hexagon grid ({@code ST_HexagonGrid} in
 * EPSG:27700), raw, for {@link Introductions} to publish. Each introduction is one whole
 * point, drawn by its place key, and points are put in hexagons by arithmetic
 * ({@code hexagon_of}), so no polygon is intersected and every hexagon holds whole
 * introductions:
 * <ul>
 * <li>an introduction by sector: one of the sector's postcode points in the small area it
 * counts in (so it lies where homes are);</li>
 * <li>an introduction by grid cell: one point of a lattice over the cell, 62.5 m apart
 * (at least 4 by 4, at most 160 by 160);</li>
 * <li>residents: each small area's Census residents spread evenly over its postcodes (at
 * a point inside it if it has none), so rates compare like with like.</li>
 * </ul>
 * The point is drawn from a multiplicative hash of the place key (a bijection of 0 to
 * 2^20 − 1), so it does not follow the small area the same key chose.
 */
@Repository
class DensityRepository {

	/**
	 * A raw hexagon.
	 *
	 * @param i column of the hexagon in the grid (stable for a cell size)
	 * @param j row of the hexagon in the grid
	 * @param cellKey sum of the record keys of the introductions in it
	 * @param byOnePerson the most of them recorded by one person
	 * @param geometry WGS84 GeoJSON geometry text: the hexagon, or its centre
	 */
	record Hexagon(int i, int j, long count, long cellKey, long byOnePerson, double residents, String geometry) {
	}

	private static final String HEXAGONS = """
			WITH hex AS (
				SELECT h.i, h.j, h.geom FROM authority a, ST_HexagonGrid(:size, a.geom) h
				WHERE a.code = :a AND ST_Intersects(h.geom, a.geom)
			), chosen AS (
				SELECT i.sector_code, i.small_area_code, i.grid_size, i.grid_easting, i.grid_northing, i.record_key,
					(i.place_key::bigint * 2654435761) % 1048576 AS h, b.recorded_by
				FROM introduction i JOIN introduction_batch b ON b.id = i.batch_id
				WHERE i.authority_code = :a AND i.release_month >= :from AND i.release_month < :to
					AND i.small_area_code IS NOT NULL
			), points AS (
				SELECT p.sector_code, p.small_area_code, array_agg(ST_X(p.geom) ORDER BY p.id) AS xs,
					array_agg(ST_Y(p.geom) ORDER BY p.id) AS ys
				FROM postcode_unit_point p
				WHERE p.authority_code = :a AND p.small_area_code IS NOT NULL
				GROUP BY 1, 2
			), located AS (
				SELECT c.record_key, c.recorded_by, p.xs[(1 + c.h * cardinality(p.xs) / 1048576)::int] AS x,
					p.ys[(1 + c.h * cardinality(p.xs) / 1048576)::int] AS y
				FROM chosen c JOIN points p ON p.sector_code = c.sector_code AND p.small_area_code = c.small_area_code
				UNION ALL
				SELECT c.record_key, c.recorded_by, c.grid_easting + (c.h % l.side + 0.5) * c.grid_size / l.side,
					c.grid_northing + (c.h / l.side % l.side + 0.5) * c.grid_size / l.side
				FROM chosen c, LATERAL (SELECT least(160, greatest(4, c.grid_size / 62.5))::int AS side) l
				WHERE c.grid_size IS NOT NULL
			), per AS (
				SELECT hexagon_of(x, y, :size) AS h, recorded_by, count(*) AS n, sum(record_key) AS k
				FROM located GROUP BY 1, 2
			), counted AS MATERIALIZED (
				SELECT h, sum(n) AS count, sum(k) AS cell_key, max(n) AS by_one FROM per GROUP BY h
			), places AS (
				SELECT s.code, s.residents, coalesce(ST_Collect(p.geom), ST_PointOnSurface(s.geom)) AS points
				FROM small_area s LEFT JOIN postcode_unit_point p ON p.small_area_code = s.code
				WHERE s.authority_code = :a GROUP BY s.code
			), people AS MATERIALIZED (
				SELECT hexagon_of(ST_X(d.geom), ST_Y(d.geom), :size) AS h,
					sum(pl.residents::float8 / ST_NumGeometries(ST_Multi(pl.points))) AS residents
				FROM places pl, ST_Dump(pl.points) d GROUP BY 1
			)
			SELECT hex.i, hex.j, coalesce(c.count, 0) AS count, coalesce(c.cell_key, 0) AS cell_key,
				coalesce(c.by_one, 0) AS by_one_person, coalesce(p.residents, 0) AS residents,
				ST_AsGeoJSON(for_geojson(CASE WHEN :centres THEN ST_Centroid(hex.geom) ELSE hex.geom END), 6) AS geometry
			FROM hex
			LEFT JOIN counted c ON c.h = ARRAY[hex.i, hex.j]
			LEFT JOIN people p ON p.h = ARRAY[hex.i, hex.j]
			ORDER BY hex.i, hex.j
			""";

	/**
	 * Published hexagons (a JSON array of {@code {i, j, properties}}) that meet the tile,
	 * each drawn with {@code ST_Hexagon}, which gives the same cell as
	 * {@code ST_HexagonGrid} for the same i and j; properties as given (jsonb, so a count
	 * is a number or the text "&lt;k" as in GeoJSON). The tile feature id packs i and j,
	 * each offset by 2^20 (unique while a grid is under a million cells a side). Rows are
	 * found with {@code tile_bng_area}, which holds for tiles of any zoom over Britain.
	 */
	private static final String TILE = """
			WITH bounds AS (
				SELECT ST_TileEnvelope(:z, :x, :y) AS mercator, tile_bng_area(:z, :x, :y) AS bng
			), hexagons AS (
				SELECT ST_SetSRID(ST_Hexagon(:size, (h->>'i')::int, (h->>'j')::int), 27700) AS geom,
					((h->>'i')::bigint + 1048576) * 2097152 + ((h->>'j')::bigint + 1048576) AS mvt_id,
					h->'properties' AS properties
				FROM jsonb_array_elements(CAST(:hexagons AS jsonb)) h
			)
			SELECT coalesce(ST_AsMVT(t.*, 'introduction-density', 4096, 'mvt_geom', 'mvt_id'), '\\x'::bytea) FROM (
				SELECT ST_AsMVTGeom(ST_Transform(h.geom, 3857), bounds.mercator, 4096, 64, true) AS mvt_geom,
					h.mvt_id, h.properties
				FROM hexagons h, bounds
				WHERE h.geom && bounds.bng
			) t
			WHERE t.mvt_geom IS NOT NULL
			""";

	private final JdbcClient jdbc;

	DensityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every hexagon of the grid meeting the council. Call within a transaction.
	 * @param size hexagon edge length in metres (EPSG:27700)
	 * @param centres each hexagon's centre as its geometry, not its outline
	 */
	List<Hexagon> hexagons(String authority, Period period, int size, boolean centres) {
		// ST_HexagonGrid's cost estimate makes PostgreSQL compile the plan (JIT), which
		// takes ten times as long as running it; this transaction does without.
		jdbc.sql("SET LOCAL jit = off").update();
		// It also estimates one row, so PostgreSQL joins the hexagons to the counts and
		// residents by nested loops, scanning both once per hexagon: hash joins take 250
		// m
		// hexagons of Thurrock from about 340 ms to 160 ms. Only for this statement.
		jdbc.sql("SET LOCAL enable_nestloop = off").update();
		List<Hexagon> hexagons = jdbc.sql(HEXAGONS)
			.param("a", authority)
			.param("size", size)
			.param("centres", centres)
			.param("from", period.firstDay())
			.param("to", period.end())
			.query(Hexagon.class)
			.list();
		jdbc.sql("SET LOCAL enable_nestloop = on").update();
		return hexagons;
	}

	/**
	 * A Mapbox vector tile (layer {@code introduction-density}) of already published
	 * hexagons.
	 * @param size hexagon edge length in metres (EPSG:27700)
	 * @param hexagons JSON array of {@code {"i", "j", "properties"}}
	 */
	byte[] tile(int size, String hexagons, int z, int x, int y) {
		return jdbc.sql(TILE)
			.param("size", size)
			.param("hexagons", hexagons)
			.param("z", z)
			.param("x", x)
			.param("y", y)
			.query(byte[].class)
			.single();
	}

}
