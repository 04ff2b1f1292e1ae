package org.lacatlas.ogc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query of {@code /ogc/collections/{id}/items}, checked against what the API
 * definition declares (Part 1, 7.15.2–7.15.5, and Part 3's filter): any other parameter,
 * a repeated one or an invalid value is refused (400) rather than ignored.
 *
 * @param box the requested box, or null for none
 * @param limit page size, 1..{@value #MAX_LIMIT} (a larger limit is served as the
 * maximum, as Part 1 requires)
 * @param condition the property filters and CQL2 filter, without the box
 * @param kept the filtering parameters as sent, in order, for the links of the page
 */
record ItemsQuery(RequestedBox box, int limit, long offset, Condition condition, Map<String, String> kept) {

	static final int DEFAULT_LIMIT = 100;

	static final int MAX_LIMIT = 1000;

	static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

	static final Set<String> FIXED = Set.of("f", "bbox", "limit", "offset", "datetime", "filter", "filter-lang",
			"filter-crs");

	static ItemsQuery parse(FeatureCollections.Collection c, Map<String, String[]> request) {
		Map<String, String> params = OgcParameters.single(request, FIXED, c);
		Map<String, String> kept = new LinkedHashMap<>();
		RequestedBox box = null;
		if (params.containsKey("bbox")) {
			box = OgcParameters.check(() -> RequestedBox.parse(params.get("bbox")));
			kept.put("bbox", params.get("bbox"));
		}
		if (params.containsKey("datetime")) {
			OgcParameters.datetime(params.get("datetime"));
			kept.put("datetime", params.get("datetime"));
		}
		Condition condition = properties(c, params, kept).and(filter(c, params, kept));
		int limit = (int) Math.min(OgcParameters.whole(params, "limit", DEFAULT_LIMIT, 1), MAX_LIMIT);
		long offset = OgcParameters.whole(params, "offset", 0, 0);
		return new ItemsQuery(box, limit, offset, condition, kept);
	}

	/**
	 * Part 1's {@code property=value}: equality on a queryable, several joined by AND.
	 */
	private static Condition properties(FeatureCollections.Collection c, Map<String, String> params,
			Map<String, String> kept) {
		Map<String, Object> values = new LinkedHashMap<>();
		List<String> tests = new ArrayList<>();
		for (FeatureCollections.Property p : c.properties()) {
			String value = params.get(p.name());
			if (value == null) {
				continue;
			}
			String name = "p" + (values.size() + 1);
			values.put(name, p.kind().numeric() ? number(p, value) : value);
			tests.add(FeatureCollections.Collection.column(p) + " = :" + name);
			kept.put(p.name(), value);
		}
		return tests.isEmpty() ? Condition.NONE : new Condition(String.join(" AND ", tests), values);
	}

	private static BigDecimal number(FeatureCollections.Property p, String value) {
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			throw OgcParameters.invalid(p.name() + " is a number; '" + value + "' is not.");
		}
	}

	/** Part 3: {@code filter} in CQL2 text, the only language and CRS offered. */
	private static Condition filter(FeatureCollections.Collection c, Map<String, String> params,
			Map<String, String> kept) {
		String lang = params.getOrDefault("filter-lang", "cql2-text");
		if (!lang.equals("cql2-text")) {
			throw OgcParameters.invalid("filter-lang '" + lang + "' is not offered; use cql2-text.");
		}
		String crs = params.getOrDefault("filter-crs", CRS84);
		if (!crs.equals(CRS84)) {
			throw OgcParameters.invalid("filter-crs '" + crs + "' is not offered; filters hold no geometry, so use "
					+ CRS84 + " or leave it out.");
		}
		String filter = params.get("filter");
		if (filter == null) {
			return Condition.NONE;
		}
		kept.put("filter", filter);
		kept.put("filter-lang", lang);
		return OgcParameters.check(() -> Cql2Text.parse(c, filter));
	}

	/** Whether anything narrows the collection (then no numberMatched is given). */
	boolean narrowed() {
		return box != null || condition != Condition.NONE;
	}

	/** The key of this page in the cache: everything that decides its rows. */
	String cacheKey() {
		return (box == null ? "" : box.wkt()) + " " + condition + " " + limit + " " + offset;
	}

}
