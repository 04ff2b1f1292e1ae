package org.lacatlas.ogc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Mapbox vector tiles built by PostGIS ({@code ST_AsMVT}) from the same sources as the
 * feature collections, each feature with its tile id ({@code mvt_id}) and its properties
 * ({@code id} among them). Rows are found with {@code tile_bng_area} (the tile and its
 * buffer cut to Great Britain and transformed to 27700, so the index is used and a tile
 * of any zoom over Britain can be built); only the rows found are transformed to web
 * mercator.
 */
@Repository
class TileRepository {

	private static final String TILE = """
			WITH bounds AS (
				SELECT ST_TileEnvelope(:z, :x, :y) AS mercator, tile_bng_area(:z, :x, :y) AS bng
			)
			SELECT coalesce(ST_AsMVT(t.*, :layer, 4096, 'mvt_geom', 'mvt_id'), '\\x'::bytea) FROM (
				SELECT ST_AsMVTGeom(ST_Transform(src.geom, 3857), bounds.mercator, 4096, 64, true) AS mvt_geom,
					src.mvt_id, src.id::text AS id, %s
				FROM (%s) src, bounds
				WHERE src.geom && bounds.bng
			) t
			""";

	private final JdbcClient jdbc;

	TileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param council whose features the tile holds (the sources' {@code :council})
	 */
	byte[] tile(String council, FeatureCollections.Collection c, int z, int x, int y) {
		return jdbc.sql(TILE.formatted(c.propertyColumns(), c.source()))
			.param("council", council)
			.param("z", z)
			.param("x", x)
			.param("y", y)
			.param("layer", c.id())
			.query(byte[].class)
			.single();
	}

}
