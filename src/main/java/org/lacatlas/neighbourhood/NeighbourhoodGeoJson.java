package org.lacatlas.neighbourhood;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Neighbourhoods as an RFC 7946 FeatureCollection. Outlines come from PostGIS as GeoJSON
 * text; the plan's id, version and band ride along as a foreign member {@code plan}.
 */
final class NeighbourhoodGeoJson {

	private final ObjectMapper json;

	NeighbourhoodGeoJson(ObjectMapper json) {
		this.json = json;
	}

	ObjectNode plan(PlanView plan, Map<Long, PatchDirectory.Holder> holders) {
		ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
		collection.set("plan", json.valueToTree(Map.of("id", plan.id(), "name", plan.name(), "version", plan.version(),
				"minResidents", plan.minResidents(), "maxResidents", plan.maxResidents())));
		ArrayNode features = collection.putArray("features");
		for (NeighbourhoodSummary n : plan.neighbourhoods()) {
			features.add(feature(n, plan.outlines().get(n.id()), holders.get(n.id())));
		}
		return collection;
	}

	ObjectNode proposal(Proposal proposal) {
		ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
		ArrayNode features = collection.putArray("features");
		List<NeighbourhoodSummary> summaries = proposal.summaries();
		for (int i = 0; i < summaries.size(); i++) {
			ObjectNode feature = feature(summaries.get(i), proposal.outlines().get(i), null);
			if (summaries.get(i).id() == 0) {
				((ObjectNode) feature.get("properties")).putNull("id");
			}
			features.add(feature);
		}
		collection.put("feasible", proposal.feasible());
		collection.set("solution", json.valueToTree(proposal.solution()));
		if (proposal.churn() != null) {
			collection.set("churn", json.valueToTree(proposal.churn()));
		}
		return collection;
	}

	ObjectNode feature(NeighbourhoodSummary n, String outline, PatchDirectory.Holder holder) {
		ObjectNode feature = json.createObjectNode().put("type", "Feature");
		feature.set("geometry", outline == null ? json.nullNode() : read(outline));
		ObjectNode props = json.valueToTree(n);
		props.set("coordinator", holder == null ? json.nullNode() : json.valueToTree(holder));
		feature.set("properties", props);
		return feature;
	}

	private com.fasterxml.jackson.databind.JsonNode read(String geometry) {
		try {
			return json.readTree(geometry);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("PostGIS returned geometry that is not JSON", ex);
		}
	}

}
