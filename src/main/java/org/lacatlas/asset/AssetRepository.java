package org.lacatlas.asset;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads assets as GeoJSON Features built in PostGIS (WGS84, 6 decimals, about 0.1 m),
 * with the category's label and the ward the point lies in. Writes live in
 * {@link AssetWriteRepository}.
 */
@Repository
class AssetRepository {

	private static final String COLUMNS = """
			a.id, a.version, a.name, a.description, a.category, c.label AS "categoryLabel", a.tags,
				a.address, a.postcode, a.audience, a.cost, a.opening_times AS "openingTimes", a.phone, a.email,
				a.website, a.accessibility, a.gifts_and_skills AS "giftsAndSkills", a.status, a.source, a.licence,
				CASE WHEN :staff THEN a.added_by END AS "addedBy", a.last_verified AS "lastVerified",
				a.updated_at AS "updatedAt", w.code AS "wardCode", w.name AS "wardName",
				ST_Transform(a.geom, 4326) AS geom""";

	private static final String FROM = """
			FROM asset a JOIN asset_category c ON c.code = a.category
				LEFT JOIN LATERAL (SELECT w.code, w.name FROM ward w WHERE ST_Intersects(w.geom, a.geom)
					ORDER BY w.code LIMIT 1) w ON true""";

	/** A Feature with the asset's id as the Feature id; the search rank is left out. */
	private static final String FEATURE = "((ST_AsGeoJSON(f.*, 'geom', 6)::jsonb #- '{properties,rank}') "
			+ "|| jsonb_build_object('id', f.id))::text";

	private final JdbcClient jdbc;

	AssetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of matching assets as a JSON array of Features, in the filter's order.
	 * @param staff whether to show who added each asset
	 */
	String page(AssetFilter filter, int limit, int offset, boolean staff) {
		List<String> features = jdbc.sql(select(filter))
			.params(filter.params())
			.param("limit", limit)
			.param("offset", offset)
			.param("staff", staff)
			.query(String.class)
			.list();
		return "[" + String.join(",", features) + "]";
	}

	/** Every matching asset, one Feature (JSON text) at a time. */
	void each(AssetFilter filter, boolean staff, Consumer<String> feature) {
		jdbc.sql(select(filter))
			.params(filter.params())
			.param("limit", Integer.MAX_VALUE)
			.param("offset", 0)
			.param("staff", staff)
			.query(rs -> {
				feature.accept(rs.getString(1));
			});
	}

	private static String select(AssetFilter filter) {
		return "SELECT " + FEATURE + " FROM (\n\tSELECT " + COLUMNS + filter.extraColumns() + "\n\t" + FROM
				+ "\n\tWHERE " + filter.where() + "\n\tORDER BY " + filter.orderBy()
				+ "\n\tLIMIT :limit OFFSET :offset\n) f\nORDER BY " + filter.outerOrderBy();
	}

	long count(AssetFilter filter) {
		return jdbc.sql("SELECT count(*) FROM asset a WHERE " + filter.where())
			.params(filter.params())
			.query(Long.class)
			.single();
	}

	/** The asset if {@code filter} lets its reader see it. */
	Optional<String> feature(long id, AssetFilter filter, boolean staff) {
		return jdbc
			.sql("SELECT " + FEATURE + " FROM (SELECT " + COLUMNS + " " + FROM + " WHERE a.id = :id AND "
					+ filter.where() + ") f")
			.params(filter.params())
			.param("id", id)
			.param("staff", staff)
			.query(String.class)
			.optional();
	}

	boolean wardExists(String code, String council) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM ward WHERE code = :code AND authority_code = :council)")
			.param("code", code)
			.param("council", council)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The 1-based positions of the points (WGS84 {@code [lon, lat]}) farther than
	 * {@code bufferMetres} from the council's boundary.
	 */
	List<Integer> outsideArea(List<double[]> points, String council, int bufferMetres) {
		if (points.isEmpty()) {
			return List.of();
		}
		String wkt = "MULTIPOINT(" + String.join(",", points.stream().map(p -> "(" + p[0] + " " + p[1] + ")").toList())
				+ ")";
		return jdbc.sql("""
				SELECT d.path[1] FROM ST_Dump(ST_GeomFromText(:wkt, 4326)) d
				WHERE NOT EXISTS (SELECT 1 FROM authority au
					WHERE au.code = :council AND ST_DWithin(au.geom, ST_Transform(d.geom, 27700), :buffer))
				ORDER BY 1
				""")
			.param("wkt", wkt)
			.param("council", council)
			.param("buffer", bufferMetres)
			.query(Integer.class)
			.list();
	}

	/** The council's name, for messages. */
	String councilName(String council) {
		return jdbc.sql("SELECT coalesce(min(name), :council) FROM authority WHERE code = :council")
			.param("council", council)
			.query(String.class)
			.single();
	}

	/**
	 * Attribution the open datasets seeded into the council require, or null when none
	 * were.
	 */
	String attribution(String council) {
		return jdbc
			.sql("SELECT string_agg(attribution, ' ' ORDER BY name) FROM asset_dataset WHERE authority_code = :council")
			.param("council", council)
			.query(String.class)
			.single();
	}

	/** Changes to an asset, oldest first, as a JSON array. */
	String changes(long id) {
		return jdbc.sql("""
				SELECT coalesce(json_agg(json_build_object('version', version, 'action', action,
					'changedBy', changed_by, 'changedAt', changed_at, 'before', before, 'after', after)
					ORDER BY id), '[]')::text
				FROM asset_change WHERE asset_id = :id
				""").param("id", id).query(String.class).single();
	}

}
