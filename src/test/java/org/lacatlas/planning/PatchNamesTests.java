package org.lacatlas.planning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;
import org.lacatlas.SecondCouncil;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proposed patches carry names an officer would use: the council's own towns inside the
 * patch ("A and B"), else the ward holding most of its residents, told apart by compass
 * point when two share one; never another council's places.
 */
class PatchNamesTests extends IntegrationTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	@Test
	void planNMoreNamesThurrockPatchesAfterThurrockPlacesInsideThem() throws Exception {
		JsonNode plan = json.readTree(post("/api/scenarios/plan", Map.of("coordinators", 6, "seed", 1), "planner"));
		assertThat(plan.get("patches")).hasSize(6);
		assertNamedFromTheirOwnPlaces(plan.get("patches"), THURROCK);
	}

	@Test
	void fullCoverageNamesEveryNewPatchUniquely() throws Exception {
		JsonNode answer = json.readTree(get("/api/scenarios/full-coverage", "planner"));
		assertThat(answer.get("patches").size()).isGreaterThan(3);
		assertNamedFromTheirOwnPlaces(answer.get("patches"), THURROCK);
	}

	@Test
	void generatedNeighbourhoodsAreNamedFromTheirPlaces() throws Exception {
		JsonNode proposal = json.readTree(post("/api/neighbourhoods/generate",
				Map.of("seed", 3, "timeLimitMillis", 3000, "keep", List.of()), "planner"));
		List<JsonNode> named = new ArrayList<>();
		proposal.get("features").forEach(f -> named.add(f.get("properties")));
		assertThat(named).hasSizeGreaterThan(10);
		assertNamedFromTheirOwnPlaces(named, THURROCK);
	}

	@Test
	void eastwickPatchesTakeEastwickNamesNeverThurrocks() throws Exception {
		String planner = SecondCouncil.user("planner");
		JsonNode plan = json.readTree(post("/api/scenarios/plan", Map.of("coordinators", 3, "seed", 1), planner));
		assertThat(plan.get("patches")).hasSize(3);
		assertNamedFromTheirOwnPlaces(plan.get("patches"), SecondCouncil.CODE);
		JsonNode full = json.readTree(get("/api/scenarios/full-coverage", planner));
		assertNamedFromTheirOwnPlaces(full.get("patches"), SecondCouncil.CODE);
		for (JsonNode patch : full.get("patches")) {
			assertThat(patch.get("name").asText()).startsWith("East ");
		}
	}

	/**
	 * Each name is unique in the answer, carries no bare number, and is either towns of
	 * the council whose points lie inside the patch or a ward of the council holding some
	 * of the patch's areas.
	 */
	private void assertNamedFromTheirOwnPlaces(Iterable<JsonNode> patches, String council) {
		Set<String> seen = new HashSet<>();
		for (JsonNode patch : patches) {
			String name = patch.get("name").asText();
			assertThat(seen.add(name)).as("%s is unique", name).isTrue();
			assertThat(name).doesNotMatch(".*\\d$");
			String base = name.replaceFirst(
					" \\((north|south|east|west|north-east|north-west|south-east|" + "south-west|central)\\)$", "");
			String[] codes = codes(patch);
			boolean ward = jdbc.sql("""
					SELECT count(*) > 0 FROM small_area s JOIN ward w ON w.code = s.ward_code
					WHERE s.code = ANY(:c) AND w.name = :n AND w.authority_code = :a
					""").param("c", codes).param("n", base).param("a", council).query(Boolean.class).single();
			assertThat(ward || townsInside(base, codes, council)).as("%s names a place of %s in it", name, council)
				.isTrue();
		}
	}

	private boolean townsInside(String base, String[] codes, String council) {
		String[] towns = base.split(" and ");
		return towns.length <= 2 && jdbc.sql("""
				SELECT count(*) FROM place p, (SELECT ST_Union(geom) AS geom FROM small_area WHERE code = ANY(:c)) g
				WHERE p.authority_code = :a AND p.name = ANY(:t) AND ST_Intersects(p.geom, g.geom)
				""")
			.param("c", codes)
			.param("a", council)
			.param("t", towns)
			.query(Integer.class)
			.single() == towns.length;
	}

	private static String[] codes(JsonNode patch) {
		List<String> codes = new ArrayList<>();
		patch.get("smallAreas").forEach(c -> codes.add(c.asText()));
		return codes.toArray(String[]::new);
	}

	private String get(String path, String user) {
		return exchange(HttpMethod.GET, path, null, user);
	}

	private String post(String path, Object body, String user) throws Exception {
		return exchange(HttpMethod.POST, path, json.writeValueAsString(body), user);
	}

	private String exchange(HttpMethod method, String path, String body, String user) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, PASSWORD);
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> answer = http.exchange(url(path), method, new HttpEntity<>(body, headers), String.class);
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
		return answer.getBody();
	}

}
