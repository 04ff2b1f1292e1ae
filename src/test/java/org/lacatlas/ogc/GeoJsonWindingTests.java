package org.lacatlas.ogc;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RFC 7946 (3.1.6): exterior rings counter-clockwise, holes clockwise, in every GeoJSON
 * answer that holds polygons — boundaries, neighbourhoods (saved, proposed and planned),
 * scenarios, density hexagons and the OGC API. A ring's orientation is the sign of its
 * shoelace area in longitude/latitude.
 */
class GeoJsonWindingTests extends OgcClient {

	private static final com.fasterxml.jackson.databind.ObjectMapper TEXT = new com.fasterxml.jackson.databind.ObjectMapper();

	@Test
	void everyPolygonOfEveryAnswerIsWoundAsRfc7946Says() throws Exception {
		long neighbourhood = jdbc.sql("SELECT min(id) FROM neighbourhood").query(Long.class).single();
		long scenario = createdScenario();
		List<String> paths = new ArrayList<>(
				List.of("/api/borough", "/api/wards", "/api/wards/E05002235", "/api/small-areas?bbox=0.2,51.4,0.6,51.6",
						"/api/neighbourhoods", "/api/neighbourhoods/" + neighbourhood, "/api/scenarios/" + scenario,
						"/api/scenarios/" + scenario + "/export.geojson", "/api/introductions/density?cellSize=1000"));
		for (String collection : List.of("wards", "small-areas", "neighbourhoods")) {
			paths.add("/ogc/collections/" + collection + "/items?limit=1000");
		}
		paths.add("/ogc/collections/wards/items/E05002235");
		paths.add("/ogc/collections/neighbourhoods/items/" + neighbourhood);
		try {
			for (String path : paths) {
				int[] rings = check(get(path, "application/json", "planner"), path);
				assertThat(rings[0]).as(path + ": polygons").isPositive();
			}
		}
		finally {
			jdbc.sql("DELETE FROM scenario WHERE id = :id").param("id", scenario).update();
		}
	}

	@Test
	void proposedOutlinesOfPlansAndGeneratedNeighbourhoodsAreWoundSoToo() throws Exception {
		var headers = new org.springframework.http.HttpHeaders();
		headers.setBasicAuth("planner", PASSWORD);
		headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
		var plan = http.exchange(url("/api/scenarios/plan"), org.springframework.http.HttpMethod.POST,
				new org.springframework.http.HttpEntity<>("{\"coordinators\": 2}", headers), String.class);
		assertThat(plan.getStatusCode().is2xxSuccessful()).as(plan.getBody()).isTrue();
		int[] planned = check(json.readTree(plan.getBody()), "plan");
		assertThat(planned[0]).isPositive();
		var generated = http.exchange(url("/api/neighbourhoods/generate"), org.springframework.http.HttpMethod.POST,
				new org.springframework.http.HttpEntity<>("{\"seed\": 3}", headers), String.class);
		assertThat(generated.getStatusCode().is2xxSuccessful()).as(generated.getBody()).isTrue();
		assertThat(check(json.readTree(generated.getBody()), "generate")[0]).isPositive();
	}

	/** Checks every Polygon or MultiPolygon under {@code node}; [polygons, rings]. */
	static int[] check(JsonNode node, String where) {
		int[] counted = new int[2];
		visit(node, where, counted);
		return counted;
	}

	private static void visit(JsonNode node, String where, int[] counted) {
		if (node.isObject()) {
			String type = node.path("type").asText();
			if (type.equals("Polygon")) {
				polygon(node.get("coordinates"), where, counted);
			}
			else if (type.equals("MultiPolygon")) {
				node.get("coordinates").forEach(p -> polygon(p, where, counted));
			}
			else {
				node.forEach(child -> visit(child, where, counted));
			}
		}
		else if (node.isArray()) {
			node.forEach(child -> visit(child, where, counted));
		}
		else if (node.isTextual() && node.asText().startsWith("{") && node.asText().contains("\"coordinates\"")) {
			// outlines a plan carries as GeoJSON text
			try {
				visit(TEXT.readTree(node.asText()), where, counted);
			}
			catch (java.io.IOException ex) {
				throw new AssertionError(where + ": outline is not JSON", ex);
			}
		}
	}

	private static void polygon(JsonNode rings, String where, int[] counted) {
		counted[0]++;
		for (int i = 0; i < rings.size(); i++) {
			double area = signedArea(rings.get(i));
			counted[1]++;
			if (i == 0) {
				assertThat(area).as(where + ": exterior ring counter-clockwise").isPositive();
			}
			else {
				assertThat(area).as(where + ": hole clockwise").isNegative();
			}
		}
	}

	/** Shoelace: positive for counter-clockwise in x-east, y-north coordinates. */
	static double signedArea(JsonNode ring) {
		double sum = 0;
		for (int i = 0; i + 1 < ring.size(); i++) {
			JsonNode a = ring.get(i), b = ring.get(i + 1);
			sum += a.get(0).asDouble() * b.get(1).asDouble() - b.get(0).asDouble() * a.get(1).asDouble();
		}
		return sum / 2;
	}

	private long createdScenario() throws Exception {
		var headers = new org.springframework.http.HttpHeaders();
		headers.setBasicAuth("planner", PASSWORD);
		headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
		var saved = http.exchange(url("/api/scenarios"), org.springframework.http.HttpMethod.POST,
				new org.springframework.http.HttpEntity<>("{\"name\": \"Winding check\", \"fromCurrent\": true}",
						headers),
				String.class);
		assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(201);
		return json.readTree(saved.getBody()).get("id").asLong();
	}

}
