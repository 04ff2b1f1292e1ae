package org.lacatlas.asset;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One page of a search.
 *
 * @param features JSON array of Features
 * @param total how many assets match in all
 * @param attribution what the open datasets among the assets require be shown; may be
 * null
 */
record AssetPage(String features, long total, int limit, int offset, String attribution) {

	boolean hasNext() {
		return (long) offset + limit < total;
	}

	/**
	 * A GeoJSON FeatureCollection with foreign members {@code total}, {@code limit},
	 * {@code offset}, {@code next} (the next page's URL, absent on the last page) and
	 * {@code attribution}.
	 */
	String toGeoJson(String next) {
		ObjectNode head = JsonNodeFactory.instance.objectNode()
			.put("type", "FeatureCollection")
			.put("total", total)
			.put("limit", limit)
			.put("offset", offset);
		if (next != null) {
			head.put("next", next);
		}
		if (attribution != null) {
			head.put("attribution", attribution);
		}
		String text = head.toString();
		return text.substring(0, text.length() - 1) + ",\"features\":" + features + "}";
	}

}
