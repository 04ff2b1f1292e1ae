package org.lacatlas.asset;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Published assets as the rows Open Referral services are made from, filtered and paged
 * in PostgreSQL. Only published assets are ever read here: this is what anyone may see.
 */
@Repository
class OpenReferralRepository {

	private static final String SELECT = """
			SELECT a.id, a.name, a.description, a.website, a.email, a.cost, a.opening_times, a.address, a.postcode,
				a.accessibility, a.last_verified, a.updated_at, a.category, c.label, c.description AS category_description, a.tags,
				ST_X(ST_Transform(a.geom, 4326)) AS lon, ST_Y(ST_Transform(a.geom, 4326)) AS lat,
				(SELECT p.name FROM place p WHERE p.authority_code = a.authority_code ORDER BY p.geom <-> a.geom LIMIT 1) AS town,
				(SELECT au.name FROM authority au WHERE au.code = a.authority_code) AS council
			FROM asset a JOIN asset_category c ON c.code = a.category
			""";

	/** Published, and matching every filter given (null for none). */
	private static final String WHERE = """
			WHERE a.status = 'published' AND a.authority_code = :council
				AND (CAST(:tsquery AS text) IS NULL OR a.search @@ to_tsquery('english', :tsquery))
				AND (CAST(:category AS text) IS NULL OR a.category = :category)
				AND (CAST(:tag AS text) IS NULL OR a.tags @> ARRAY[CAST(:tag AS text)])
				AND (NOT :tagged OR cardinality(a.tags) > 0)
			""";

	/**
	 * @param council the council whose assets are read
	 * @param tsquery a prefix query for {@code to_tsquery}, or null
	 * @param tag a free tag every service must carry, or null
	 * @param tagged whether every service must carry some free tag
	 */
	record Filter(String council, String tsquery, String category, String tag, boolean tagged) {

		Map<String, Object> params() {
			var params = new java.util.HashMap<String, Object>();
			params.put("council", council);
			params.put("tsquery", tsquery);
			params.put("category", category);
			params.put("tag", tag);
			params.put("tagged", tagged);
			return params;
		}

	}

	private final JdbcClient jdbc;

	OpenReferralRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page in name order. */
	List<OpenReferralRow> page(Filter filter, int limit, long offset) {
		return jdbc.sql(SELECT + WHERE + "ORDER BY lower(a.name), a.id LIMIT :limit OFFSET :offset")
			.params(filter.params())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> row(rs))
			.list();
	}

	long count(Filter filter) {
		return jdbc.sql("SELECT count(*) FROM asset a " + WHERE).params(filter.params()).query(Long.class).single();
	}

	Optional<OpenReferralRow> published(String council, long id) {
		return jdbc.sql(SELECT + "WHERE a.status = 'published' AND a.authority_code = :council AND a.id = :id")
			.param("council", council)
			.param("id", id)
			.query((rs, n) -> row(rs))
			.optional();
	}

	/** Every free tag on a published asset, to find a tag by its term id. */
	List<String> tags(String council) {
		return jdbc.sql(
				"SELECT DISTINCT unnest(tags) FROM asset WHERE status = 'published' AND authority_code = :council ORDER BY 1")
			.param("council", council)
			.query(String.class)
			.list();
	}

	/** Attribution the open datasets seeded here require, or null. */
	String attribution(String council) {
		return jdbc
			.sql("SELECT string_agg(attribution, ' ' ORDER BY name) FROM asset_dataset WHERE authority_code = :council")
			.param("council", council)
			.query(String.class)
			.single();
	}

	private static OpenReferralRow row(ResultSet rs) throws SQLException {
		var verified = rs.getDate("last_verified");
		return new OpenReferralRow(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
				rs.getString("website"), rs.getString("email"), rs.getString("cost"), rs.getString("opening_times"),
				rs.getString("address"), rs.getString("postcode"), rs.getString("accessibility"),
				verified == null ? null : verified.toLocalDate(), rs.getObject("updated_at", OffsetDateTime.class),
				rs.getString("category"), rs.getString("label"), rs.getString("category_description"),
				strings(rs.getArray("tags")), rs.getDouble("lon"), rs.getDouble("lat"), rs.getString("town"),
				rs.getString("council"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
