package org.lacatlas.introduction;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lacatlas.disclosure.SuppressedCount;

/**
 * Published hexagons as an RFC 7946 FeatureCollection: geometry from PostGIS, counts as
 * published (a number or "&lt;k"). The period, cell size and disclosure method ride along
 * as foreign members.
 */
final class DensityGeoJson {

	/** Hexagons with fewer (estimated) residents get no rate: it would be noise. */
	static final double MIN_RESIDENTS_FOR_RATE = 100;

	/** A hexagon after disclosure control. */
	record Published(DensityRepository.Hexagon raw, SuppressedCount introductions, Double ratePer1000) {
	}

	private final ObjectMapper json;

	DensityGeoJson(ObjectMapper json) {
		this.json = json;
	}

	ObjectNode collection(List<Published> hexagons, int cellSize, Period period, boolean synthetic,
			Summary.Disclosure disclosure) {
		ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
		collection.put("cellSize", cellSize)
			.put("from", period.from().toString())
			.put("to", period.to().toString())
			.put("synthetic", synthetic);
		collection.set("disclosure", json.valueToTree(disclosure));
		ArrayNode features = collection.putArray("features");
		for (Published hexagon : hexagons) {
			features.add(feature(hexagon));
		}
		return collection;
	}

	private ObjectNode feature(Published hexagon) {
		ObjectNode feature = json.createObjectNode().put("type", "Feature");
		feature.set("geometry", read(hexagon.raw().geometry()));
		feature.set("properties", properties(hexagon));
		return feature;
	}

	/**
	 * A hexagon's properties, the same in GeoJSON and in a vector tile: {@code id}
	 * ("i:j"), {@code introductions} (a number, or "&lt;k" when suppressed),
	 * {@code suppressed}, {@code residents} (to the nearest 10) and {@code ratePer1000}.
	 */
	ObjectNode properties(Published hexagon) {
		ObjectNode properties = json.createObjectNode();
		properties.put("id", hexagon.raw().i() + ":" + hexagon.raw().j());
		properties.set("introductions", json.valueToTree(hexagon.introductions()));
		properties.put("suppressed", hexagon.introductions().isSuppressed());
		properties.put("residents", Math.round(hexagon.raw().residents() / 10) * 10);
		if (hexagon.ratePer1000() == null) {
			properties.putNull("ratePer1000");
		}
		else {
			properties.put("ratePer1000", hexagon.ratePer1000());
		}
		return properties;
	}

	private JsonNode read(String geometry) {
		try {
			return json.readTree(geometry);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("PostGIS returned geometry that is not JSON", ex);
		}
	}

}
