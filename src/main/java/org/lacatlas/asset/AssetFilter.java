package org.lacatlas.asset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL {@code WHERE} and {@code ORDER BY} of a search over {@code asset a}. Only fixed
 * fragments are joined; every value is a named parameter. Locations are filtered in the
 * stored SRID (27700) with the WGS84 box or point transformed, never the column, so the
 * GiST index is used.
 */
final class AssetFilter {

	/** The search point in British National Grid. */
	static final String NEAR_POINT = "ST_Transform(ST_SetSRID(ST_MakePoint(:nearLon, :nearLat), 4326), 27700)";

	private static final String TSQUERY = "to_tsquery('english', :tsquery)";

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> params = new HashMap<>();

	private final AssetQuery query;

	AssetFilter(AssetQuery query, Viewer viewer) {
		this.query = query;
		add("a.authority_code = :council", "council", viewer.council());
		visibleTo(viewer);
		add("a.status = ANY (string_to_array(:statuses, ','))", "statuses", String.join(",", query.statuses()));
		if (!query.categories().isEmpty()) {
			add("a.category = ANY (string_to_array(:categories, ','))", "categories",
					String.join(",", query.categories()));
		}
		if (query.tsquery() != null) {
			add("a.search @@ " + TSQUERY, "tsquery", query.tsquery());
		}
		if (query.bbox() != null) {
			var box = query.bbox();
			conditions.add("a.geom && ST_Transform(ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326), 27700)");
			params.putAll(Map.of("minLon", box.minLon(), "minLat", box.minLat(), "maxLon", box.maxLon(), "maxLat",
					box.maxLat()));
		}
		if (query.ward() != null) {
			add("EXISTS (SELECT 1 FROM ward w WHERE w.code = :ward AND ST_Intersects(w.geom, a.geom))", "ward",
					query.ward());
		}
		if (query.neighbourhood() != null) {
			add("EXISTS (SELECT 1 FROM neighbourhood n WHERE n.id = :neighbourhood AND ST_Intersects(n.outline, a.geom))",
					"neighbourhood", query.neighbourhood());
		}
		if (query.near() != null) {
			params.putAll(Map.of("nearLon", query.near()[0], "nearLat", query.near()[1]));
			if (query.radius() != null) {
				add("ST_DWithin(a.geom, " + NEAR_POINT + ", :radius)", "radius", query.radius());
			}
		}
	}

	/**
	 * Planners and admins see all; others published, their own, and
	 * closed-once-published.
	 */
	private void visibleTo(Viewer viewer) {
		if (viewer.anonymous()) {
			conditions.add("a.status = 'published'");
		}
		else if (!viewer.seesAll()) {
			add("(a.status = 'published' OR a.added_by = :viewer OR a.reopen_status = 'published')", "viewer",
					viewer.username());
		}
	}

	private void add(String condition, String name, Object value) {
		conditions.add(condition);
		params.put(name, value);
	}

	/** The council whose assets the filter keeps. */
	String council() {
		return (String) params.get("council");
	}

	String where() {
		return conditions.isEmpty() ? "TRUE" : String.join("\n\t\t\t\tAND ", conditions);
	}

	Map<String, Object> params() {
		return params;
	}

	/** Extra output columns: {@code distance} in metres when searching near a point. */
	String extraColumns() {
		String columns = "";
		if (query.near() != null) {
			columns += ", round(ST_Distance(a.geom, " + NEAR_POINT + ")::numeric, 1) AS distance";
		}
		if (query.tsquery() != null) {
			columns += ", ts_rank(a.search, " + TSQUERY + ") AS rank";
		}
		return columns;
	}

	/** Nearest first; else best text match; else by name. */
	String orderBy() {
		if (query.near() != null) {
			return "a.geom <-> " + NEAR_POINT + ", a.id";
		}
		return query.tsquery() != null ? "ts_rank(a.search, " + TSQUERY + ") DESC, lower(a.name), a.id"
				: "lower(a.name), a.id";
	}

	/** The same order over the selected columns {@code f}. */
	String outerOrderBy() {
		if (query.near() != null) {
			return "f.distance, f.id";
		}
		return query.tsquery() != null ? "f.rank DESC, lower(f.name), f.id" : "lower(f.name), f.id";
	}

}
