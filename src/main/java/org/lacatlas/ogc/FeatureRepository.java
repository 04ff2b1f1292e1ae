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
	/**
	 * A page of features in id order, as a JSON array.
	 *
	 * @param returned how many features it holds
	 * @param more whether a next page has any
	 */
	record Page(int returned, boolean more, String features) implements VersionedCache.Sized {

		@Override
		public long bytes() {
			return 2L * features.length();
		}

	}

	/**
	 * One query, fetching one row more than asked to know whether there is a next page;
	 * only the rows of the page are turned into GeoJSON. Nothing counts every match: in a
	 * dense box that costs far more than the page.
	 */
	Page page(FeatureCollections.Collection c, String council, BoundingBox box, int limit, long offset) {
		return jdbc
			.sql("SELECT count(*), coalesce(json_agg(" + FEATURE.formatted(c.propertiesJson())
					+ " ORDER BY src.id) FILTER (WHERE src.n <= :limit), '[]'::json)::text FROM ("
					+ "SELECT page.*, row_number() OVER (ORDER BY page.id) AS n FROM (SELECT src.* FROM (" + c.source()
					+ ") src " + filter(box) + " ORDER BY src.id LIMIT :limit + 1 OFFSET :offset) page) src")
			.params(box(box))
			.param("council", council)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new Page(Math.min(rs.getInt(1), limit), rs.getInt(1) > limit, rs.getString(2)))
			.single();
	}

	/** How many features the whole collection holds. */
	long count(FeatureCollections.Collection c, String council) {
		return jdbc.sql("SELECT count(*) FROM (" + c.source() + ") src")
			.param("council", council)
			.query(Long.class)
			.single();
	}

	Optional<String> item(FeatureCollections.Collection c, String council, String id) {
		return jdbc
			.sql("SELECT (" + FEATURE.formatted(c.propertiesJson()) + ")::text FROM (" + c.source()
					+ ") src WHERE src.id::text = :id")
			.param("id", id)
			.param("council", council)
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
