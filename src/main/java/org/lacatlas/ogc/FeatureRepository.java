package org.lacatlas.ogc;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.lacatlas.system.VersionedCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Items of a collection as GeoJSON features built by PostGIS, geometry through
 * {@code for_geojson} (WGS84, exterior rings counter-clockwise as RFC 7946 wants). Boxes
 * are filtered in the stored SRID (27700) with the box transformed, never the column, so
 * the spatial index is used.
 * <p>
 * Every method takes the council whose data is asked for: the sources read it as
 * {@code :council}.
 */
@Repository
class FeatureRepository {

	private static final String FEATURE = """
			json_build_object('type', 'Feature', 'id', src.id,
				'geometry', ST_AsGeoJSON(for_geojson(src.geom), 6)::json,
				'properties', %s)
			""";

	private final JdbcClient jdbc;

	FeatureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of features in id order, as a JSON array.
	 *
	 * @param returned how many features it holds
	 * @param more whether a next page has any
	 */
	record Page(int returned, boolean more, String features) implements VersionedCache.Sized {

		static final Page EMPTY = new Page(0, false, "[]");

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
	Page page(String council, FeatureCollections.Collection c, ItemsQuery query) {
		if (query.box() != null && query.box().empty()) {
			return Page.EMPTY;
		}
		Condition where = query.box() == null ? query.condition() : query.box().condition().and(query.condition());
		Map<String, Object> params = new HashMap<>(where.params());
		params.put("limit", query.limit());
		params.put("offset", query.offset());
		params.put("council", council);
		return jdbc
			.sql("SELECT count(*), coalesce(json_agg(" + FEATURE.formatted(c.propertiesJson())
					+ " ORDER BY src.id) FILTER (WHERE src.n <= :limit), '[]'::json)::text FROM ("
					+ "SELECT page.*, row_number() OVER (ORDER BY page.id) AS n FROM (SELECT src.* FROM (" + c.source()
					+ ") src WHERE " + where.sql() + " ORDER BY src.id LIMIT :limit + 1 OFFSET :offset) page) src")
			.params(params)
			.query((rs, n) -> new Page(Math.min(rs.getInt(1), query.limit()), rs.getInt(1) > query.limit(),
					rs.getString(2)))
			.single();
	}

	/** How many features the whole collection holds. */
	long count(String council, FeatureCollections.Collection c) {
		return jdbc.sql("SELECT count(*) FROM (" + c.source() + ") src")
			.param("council", council)
			.query(Long.class)
			.single();
	}

	/** One feature, or empty when there is none with that id (or the id is not one). */
	Optional<String> item(String council, FeatureCollections.Collection c, String id) {
		Object key = id;
		if (c.integerIds()) {
			try {
				key = Long.parseLong(id);
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}
		return jdbc
			.sql("SELECT (" + FEATURE.formatted(c.propertiesJson()) + ")::text FROM (" + c.source()
					+ ") src WHERE src.id = :id")
			.param("id", key)
			.param("council", council)
			.query(String.class)
			.optional();
	}

	/** The WGS84 extent of the council: [minLon, minLat, maxLon, maxLat]. */
	double[] extent(String council) {
		return jdbc.sql("""
				SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
				FROM (SELECT ST_Extent(ST_Transform(geom, 4326)) AS e FROM authority WHERE code = :council) x
				""")
			.param("council", council)
			.query((rs,
					n) -> new double[] { outward(rs.getDouble(1), -1), outward(rs.getDouble(2), -1),
							outward(rs.getDouble(3), 1), outward(rs.getDouble(4), 1) })
			.single();
	}

	/**
	 * Degrees to 6 decimals (about 0.1 m), as the features are written, rounded away from
	 * the middle so the extent still holds every feature.
	 */
	private static double outward(double degrees, int direction) {
		double scaled = degrees * 1e6;
		return (direction < 0 ? Math.floor(scaled) : Math.ceil(scaled)) / 1e6;
	}

}
