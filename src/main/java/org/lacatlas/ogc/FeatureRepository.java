package org.lacatlas.ogc;

import java.util.Map;
import java.util.Optional;

import org.lacatlas.geography.BoundingBox;
import org.lacatlas.system.VersionedCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Items of a collection as GeoJSON features built by PostGIS. The box is transformed to
 * the stored SRID (27700), not the column, so the spatial index is used.
 */
@Repository
class FeatureRepository {

	private static final String IN_BOX = """
			WHERE src.geom && ST_Transform(ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326), 27700)
			""";

	private static final String FEATURE = """
			json_build_object('type', 'Feature', 'id', src.id,
				'geometry', ST_AsGeoJSON(ST_Transform(src.geom, 4326), 6)::json,
				'properties', %s)
			""";

	private final JdbcClient jdbc;

	FeatureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of features in id order, as a JSON array, with how many match in all. */
	record Page(long matched, String features) implements VersionedCache.Sized {

		@Override
		public long bytes() {
			return 2L * features.length();
		}

	}

	/**
	 * One query: the count comes from a window over the matching rows, and only the rows
	 * of the page are turned into GeoJSON.
	 */
	Page page(FeatureCollections.Collection c, BoundingBox box, int limit, long offset) {
		Page page = jdbc
			.sql("SELECT max(src.matched), coalesce(json_agg(" + FEATURE.formatted(c.propertiesJson())
					+ " ORDER BY src.id), '[]'::json)::text FROM (SELECT src.*, count(*) OVER () AS matched FROM ("
					+ c.source() + ") src " + filter(box) + " ORDER BY src.id LIMIT :limit OFFSET :offset) src")
			.params(box(box))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new Page(rs.getLong(1), rs.getString(2)))
			.single();
		if (page.matched() > 0 || offset == 0) {
			return page;
		}
		// Past the last page no row carries the count.
		long matched = jdbc.sql("SELECT count(*) FROM (" + c.source() + ") src " + filter(box))
			.params(box(box))
			.query(Long.class)
			.single();
		return new Page(matched, page.features());
	}

	Optional<String> item(FeatureCollections.Collection c, String id) {
		return jdbc
			.sql("SELECT (" + FEATURE.formatted(c.propertiesJson()) + ")::text FROM (" + c.source()
					+ ") src WHERE src.id::text = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/** The WGS84 extent of every council loaded: [minLon, minLat, maxLon, maxLat]. */
	double[] extent() {
		return jdbc.sql("""
				SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
				FROM (SELECT ST_Extent(ST_Transform(geom, 4326)) AS e FROM authority) x
				""")
			.query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4) })
			.single();
	}

	/** No box, no filter: a plan for "no box or in the box" could not use the index. */
	private static String filter(BoundingBox box) {
		return box == null ? "" : IN_BOX;
	}

	private static Map<String, Object> box(BoundingBox box) {
		return box == null ? Map.of() : Map.of("minLon", box.minLon(), "minLat", box.minLat(), "maxLon", box.maxLon(),
				"maxLat", box.maxLat());
	}

}
