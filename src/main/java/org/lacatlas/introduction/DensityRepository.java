package org.lacatlas.introduction;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Introductions over a hexagon grid ({@code ST_HexagonGrid} in EPSG:27700), raw, for
 * {@link Introductions} to publish. Counts are spread over points, then points are put in
 * hexagons by arithmetic ({@code hexagon_of}), so no polygon is intersected:
 * <ul>
 * <li>an introduction by sector: its share of each small area spread evenly over the
 * sector's postcodes in that small area (so it lies where homes are);</li>
 * <li>an introduction by grid cell: spread evenly over a lattice of points in the cell
 * (at most 62.5 m apart), which is its area share;</li>
 * <li>residents: each small area's Census residents spread evenly over its postcodes (at
 * a point inside it if it has none), so rates compare like with like.</li>
 * </ul>
 */
@Repository
class DensityRepository {

	/**
	 * A raw hexagon.
	 *
	 * @param i column of the hexagon in the grid (stable for a cell size)
	 * @param j row of the hexagon in the grid
	 * @param cellKey sum of the record keys of the introductions with a share in it
	 * @param geometry WGS84 GeoJSON geometry text: the hexagon, or its centre
	 */
	record Hexagon(int i, int j, double count, long cellKey, double residents, String geometry) {
	}

	private static final String HEXAGONS = """
			WITH hex AS (
				SELECT h.i, h.j, h.geom FROM authority a, ST_HexagonGrid(:size, a.geom) h
				WHERE a.code = :a AND ST_Intersects(h.geom, a.geom)
			), chosen AS (
				SELECT * FROM introduction WHERE authority_code = :a AND introduced_on >= :from AND introduced_on < :to
			), sector_pieces AS (
				SELECT c.sector_code, s.small_area_code, sum(s.share) AS share, sum(c.record_key) AS cell_key
				FROM chosen c JOIN introduction_share s ON s.introduction_id = c.id
				WHERE c.sector_code IS NOT NULL GROUP BY 1, 2
			), by_sector AS (
				SELECT hexagon_of(ST_X(p.geom), ST_Y(p.geom), :size) AS h, sp.sector_code, sp.small_area_code,
					sum(sp.share / sa.postcodes) AS count, min(sp.cell_key) AS cell_key
				FROM sector_pieces sp
				JOIN postcode_sector_area sa ON sa.authority_code = :a AND sa.sector_code = sp.sector_code
					AND sa.small_area_code = sp.small_area_code
				JOIN postcode_unit_point p ON p.authority_code = :a AND p.sector_code = sp.sector_code
					AND p.small_area_code = sp.small_area_code
				GROUP BY 1, 2, 3
			), cells AS (
				SELECT grid_size, grid_easting, grid_northing, count(*) AS count, sum(record_key) AS cell_key,
					least(160, greatest(4, grid_size / 62.5))::int AS side
				FROM chosen WHERE grid_size IS NOT NULL GROUP BY 1, 2, 3
			), by_cell AS (
				SELECT hexagon_of(grid_easting + (x + 0.5) * grid_size / side, grid_northing + (y + 0.5) * grid_size / side,
					:size) AS h, grid_size, grid_easting, grid_northing,
					sum(count::float8 / side ^ 2) AS count, min(cell_key) AS cell_key
				FROM cells, generate_series(0, side - 1) x, generate_series(0, side - 1) y
				GROUP BY 1, 2, 3, 4
			), counted AS (
				SELECT h, sum(count) AS count, sum(cell_key) AS cell_key FROM (
					SELECT h, count, cell_key FROM by_sector UNION ALL SELECT h, count, cell_key FROM by_cell) x
				GROUP BY h
			), places AS (
				SELECT s.code, s.residents, coalesce(ST_Collect(p.geom), ST_PointOnSurface(s.geom)) AS points
				FROM small_area s LEFT JOIN postcode_unit_point p ON p.small_area_code = s.code
				WHERE s.authority_code = :a GROUP BY s.code
			), people AS (
				SELECT hexagon_of(ST_X(d.geom), ST_Y(d.geom), :size) AS h,
					sum(pl.residents::float8 / ST_NumGeometries(ST_Multi(pl.points))) AS residents
				FROM places pl, ST_Dump(pl.points) d GROUP BY 1
			)
			SELECT hex.i, hex.j, coalesce(c.count, 0) AS count, coalesce(c.cell_key, 0) AS cell_key,
				coalesce(p.residents, 0) AS residents,
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
		return jdbc.sql(HEXAGONS)
			.param("a", authority)
			.param("size", size)
			.param("centres", centres)
			.param("from", period.firstDay())
			.param("to", period.end())
			.query(Hexagon.class)
			.list();
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
