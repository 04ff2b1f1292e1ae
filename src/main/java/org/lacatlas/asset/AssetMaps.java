package org.lacatlas.asset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lacatlas.geography.BoundingBox;

import org.springframework.stereotype.Component;

/**
 * What the map asks of assets besides search: marker clusters for a view, and the gaps
 * analysis (who lives far from the nearest asset of a category). Checks the parameters
 * and names the faulty one.
 */
@Component
class AssetMaps {

	static final Set<String> GROUPINGS = Set.of("ward", "borough", "small-area", "neighbourhood");

	static final String RESIDENTS_AT = "Each small area's residents are placed at ST_PointOnSurface of its polygon "
			+ "(population-weighted centroids are not available); distances are straight lines in metres.";

	private final ClusterRepository clusters;

	private final AccessRepository access;

	private final AssetCategories categories;

	private final AssetProperties properties;

	private final ObjectMapper json;

	AssetMaps(ClusterRepository clusters, AccessRepository access, AssetCategories categories,
			AssetProperties properties, ObjectMapper json) {
		this.clusters = clusters;
		this.access = access;
		this.categories = categories;
		this.properties = properties;
		this.json = json;
	}

	String clusters(AssetFilter filter, String bbox, String zoom) {
		var errors = new ArrayList<FieldError>();
		if (bbox == null || bbox.isBlank()) {
			errors.add(FieldError.of("bbox", "is required: the map's view as minLon,minLat,maxLon,maxLat"));
		}
		Double z = number(zoom, "zoom", 0, 24, errors);
		if (!errors.isEmpty()) {
			throw new AssetRejected("Invalid clusters request", errors);
		}
		BoundingBox box = BoundingBox.parse(bbox);
		return clusters.clusters(filter, ClusterRepository.cellMetres(z, (box.minLat() + box.maxLat()) / 2));
	}

	ObjectNode access(String category, String distance, String by, String authority) {
		var errors = new ArrayList<FieldError>();
		String code = category == null || category.isBlank() ? null : category.strip();
		var known = categories.all().stream().filter(c -> c.code().equals(code)).findFirst();
		if (code != null && known.isEmpty()) {
			errors.add(
					FieldError.of("category", "'" + code + "' is not one of " + String.join(", ", categories.codes())));
		}
		Double metres = distance == null || distance.isBlank() ? Double.valueOf(1000)
				: number(distance, "distance", 50, 20_000, errors);
		String grouping = by == null || by.isBlank() ? "ward" : by.strip();
		if (!GROUPINGS.contains(grouping)) {
			errors.add(FieldError.of("by", "must be ward, borough, neighbourhood or small-area"));
		}
		if (!errors.isEmpty()) {
			throw new AssetRejected("Invalid access request", errors);
		}
		String council = authority;
		ObjectNode answer = json.createObjectNode()
			.put("category", code)
			.put("categoryLabel", known.map(AssetCategory::label).orElse("Any category"))
			.put("distance", metres)
			.put("by", grouping)
			.put("assetsCounted", "published")
			.put("residentsAt", RESIDENTS_AT);
		answer.set("areas", rows(grouping, code, metres, council));
		if (!grouping.equals("borough")) {
			answer.set("borough", rows("borough", code, metres, council));
		}
		return answer;
	}

	private JsonNode rows(String by, String category, double metres, String authority) {
		try {
			return json.readTree(access.rows(by, category, metres, authority, properties.areaBufferMetres()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Double number(String value, String field, double min, double max, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(FieldError.of(field, "is required"));
			return null;
		}
		try {
			double n = Double.parseDouble(value.strip());
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// falls through to the message
		}
		errors.add(FieldError.of(field, "'" + value + "' must be a number from " + (long) min + " to " + (long) max));
		return null;
	}

}
