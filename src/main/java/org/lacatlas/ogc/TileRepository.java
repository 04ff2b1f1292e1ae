package org.lacatlas.ogc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Mapbox vector tiles built by PostGIS ({@code ST_AsMVT}) from the same sources as the
 * feature collections. Rows are found with the tile's envelope transformed to 27700
 * (index use); only the rows found are transformed to web mercator.
 */
@Repository
class TileRepository {

	private static final String TILE = """
			WITH bounds AS (
				SELECT ST_TileEnvelope(:z, :x, :y) AS mercator, ST_Transform(ST_TileEnvelope(:z, :x, :y), 27700) AS bng
			)
			SELECT coalesce(ST_AsMVT(t.*, :layer, 4096, 'mvt_geom'), '\\x'::bytea) FROM (
				SELECT ST_AsMVTGeom(ST_Transform(src.geom, 3857), bounds.mercator, 4096, 64, true) AS mvt_geom,
					src.id::text AS id, %s
				FROM (%s) src, bounds
				WHERE src.geom && bounds.bng
			) t
			""";

	private final JdbcClient jdbc;

	TileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	byte[] tile(FeatureCollections.Collection c, String council, int z, int x, int y) {
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
