package org.lacatlas.ogc;

import java.util.Map;
import java.util.TreeMap;

/**
 * A SQL condition over row {@code src} of a collection's source, with its values as named
 * parameters. Only fixed fragments and the collection's own column names ever reach the
 * text; what a client sends is always a parameter.
 *
 * @param sql a boolean SQL expression
 * @param params its named parameters, sorted so equal conditions print equally (the cache
 * key of a page)
 */
record Condition(String sql, Map<String, Object> params) {

	static final Condition NONE = new Condition("TRUE", Map.of());

	Condition {
		params = new TreeMap<>(params);
	}

	Condition and(Condition other) {
		if (this == NONE || "TRUE".equals(sql)) {
			return other;
		}
		if ("TRUE".equals(other.sql)) {
			return this;
		}
		Map<String, Object> both = new TreeMap<>(params);
		both.putAll(other.params);
		return new Condition("(" + sql + ") AND (" + other.sql + ")", both);
	}

	@Override
	public String toString() {
		return sql + " " + params;
	}

}
