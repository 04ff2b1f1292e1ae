package org.lacatlas.asset;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * Changes assets. Each statement that changes an asset also writes its
 * {@code asset_change} row (before and after as JSON, via {@code asset_snapshot}) in the
 * same statement, so no change goes unrecorded. Points arrive in WGS84 and are stored in
 * EPSG:27700.
 */
@Repository
class AssetWriteRepository {

	/** The state an edit is checked against, read with a row lock. */
	record Locked(int version, String status, String reopenStatus, String addedBy) {
	}

	/**
	 * A likely duplicate: {@code assetId} has the same name as {@code otherId}, close by.
	 */
	record Duplicate(long assetId, long otherId, String otherName, String otherStatus, double metres) {
	}

	private static final String FIELDS = """
			name, description, category, tags, address, postcode, audience, cost, opening_times, phone, email,
				website, accessibility, gifts_and_skills, last_verified, geom""";

	private static final String VALUES = """
			:name, :description, :category, ARRAY(SELECT jsonb_array_elements_text(CAST(:tags AS jsonb))),
				:address, :postcode, :audience, :cost, :openingTimes, :phone, :email, :website, :accessibility,
				ARRAY(SELECT jsonb_array_elements_text(CAST(:gifts AS jsonb))), CAST(:lastVerified AS date),
				ST_Transform(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), 27700)""";

	private static final String INSERT = """
			WITH created AS (
				INSERT INTO asset AS a (%s, authority_code, status, reopen_status, source, source_ref, licence, added_by,
					updated_by)
				VALUES (%s, :council, :status, NULL, :source, :sourceRef, :licence, :by, :by)
				%s
				RETURNING a.id, a.version, asset_snapshot(a) AS after
			)
			INSERT INTO asset_change (asset_id, version, action, changed_by, before, after)
			SELECT id, version, :action, :by, NULL, after FROM created
			RETURNING asset_id
			""";

	/** {@code %s} is the fixed SET list of one kind of change. */
	private static final String CHANGE = """
			WITH before AS (SELECT asset_snapshot(a) AS snapshot FROM asset a WHERE a.id = :id),
			changed AS (
				UPDATE asset a SET %s, version = a.version + 1, updated_by = :by, updated_at = now()
				WHERE a.id = :id
				RETURNING a.id, a.version, asset_snapshot(a) AS after
			)
			INSERT INTO asset_change (asset_id, version, action, changed_by, before, after)
			SELECT c.id, c.version, :action, :by, b.snapshot, c.after FROM changed c, before b
			RETURNING version
			""";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	AssetWriteRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Locks the asset for this transaction if {@code filter} lets the editor see it. */
	Optional<Locked> lock(long id, AssetFilter filter) {
		return jdbc
			.sql("SELECT a.version, a.status, a.reopen_status, a.added_by FROM asset a WHERE a.id = :id AND "
					+ filter.where() + " FOR UPDATE")
			.params(filter.params())
			.param("id", id)
			.query((rs, n) -> new Locked(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

	/** Adds an asset to the council; returns its id. */
	long insert(String council, AssetDraft draft, String status, String by, String action) {
		String source = draft.source() == null ? AssetDraft.DEFAULT_SOURCE : draft.source();
		return insert(council, draft, status, by, action, source, null, null, "").orElseThrow();
	}

	/**
	 * Adds a seeded asset unless one with the same source and reference exists; returns
	 * its id if added.
	 */
	Optional<Long> insertSeed(String council, AssetDraft draft, String sourceRef, String licence) {
		return insert(council, draft, "published", "seed", "seed", draft.source(), sourceRef, licence,
				"ON CONFLICT (authority_code, source, source_ref) WHERE source_ref IS NOT NULL DO NOTHING");
	}

	private Optional<Long> insert(String council, AssetDraft draft, String status, String by, String action,
			String source, String sourceRef, String licence, String onConflict) {
		return bind(jdbc.sql(INSERT.formatted(FIELDS, VALUES, onConflict)), draft).param("council", council)
			.param("status", status)
			.param("source", source)
			.param("sourceRef", sourceRef)
			.param("licence", licence)
			.param("by", by)
			.param("action", action)
			.query(Long.class)
			.optional();
	}

	/** Replaces every editable field; returns the new version. */
	int update(long id, AssetDraft draft, String by) {
		String set = "(" + FIELDS + ") = (" + VALUES + "), source = coalesce(:source, a.source)";
		return bind(jdbc.sql(CHANGE.formatted(set)), draft).param("id", id)
			.param("source", draft.source())
			.param("by", by)
			.param("action", "edit")
			.query(Integer.class)
			.single();
	}

	/** Sets the status (and what a reopen goes back to); returns the new version. */
	int setStatus(long id, String status, String reopenStatus, String by, String action) {
		return jdbc.sql(CHANGE.formatted("status = :status, reopen_status = :reopenStatus"))
			.param("id", id)
			.param("status", status)
			.param("reopenStatus", reopenStatus)
			.param("by", by)
			.param("action", action)
			.query(Integer.class)
			.single();
	}

	/**
	 * Assets among {@code ids} with the same name (ignoring case) as another asset within
	 * {@code metres}; a pair of two of {@code ids} is reported once, on the later one.
	 */
	List<Duplicate> duplicates(List<Long> ids, int metres) {
		return jdbc.sql("""
				WITH fresh AS (SELECT unnest(string_to_array(:ids, ',')::bigint[]) AS id)
				SELECT n.id, o.id, o.name, o.status, round(ST_Distance(n.geom, o.geom)::numeric, 1)
				FROM asset n JOIN fresh ON fresh.id = n.id
					JOIN asset o ON lower(o.name) = lower(n.name) AND o.id <> n.id
						AND o.authority_code = n.authority_code AND ST_DWithin(o.geom, n.geom, :metres)
				WHERE o.id NOT IN (SELECT id FROM fresh) OR o.id < n.id
				ORDER BY n.id, o.id
				""")
			.param("ids", String.join(",", ids.stream().map(String::valueOf).toList()))
			.param("metres", metres)
			.query((rs, n) -> new Duplicate(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getDouble(5)))
			.list();
	}

	private StatementSpec bind(StatementSpec spec, AssetDraft d) {
		return spec.param("name", d.name())
			.param("description", d.description())
			.param("category", d.category())
			.param("tags", toJson(d.tags()))
			.param("address", d.address())
			.param("postcode", d.postcode())
			.param("audience", d.audience())
			.param("cost", d.cost())
			.param("openingTimes", d.openingTimes())
			.param("phone", d.phone())
			.param("email", d.email())
			.param("website", d.website())
			.param("accessibility", d.accessibility())
			.param("gifts", toJson(d.giftsAndSkills()))
			.param("lastVerified", d.lastVerified())
			.param("lon", d.lon())
			.param("lat", d.lat());
	}

	private String toJson(List<String> items) {
		try {
			return json.writeValueAsString(items);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
