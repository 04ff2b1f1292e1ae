package org.lacatlas.neighbourhood;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;

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
 * The demo's generated plan on real Thurrock, previews, safe saves and generation over
 * the API.
 */
class NeighbourhoodPlanTests extends IntegrationTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	@Test
	void generatedThurrockPlanIsContiguousInsideTheBandAndAddsUpToTheBorough() throws Exception {
		JsonNode plan = get("/api/neighbourhoods");
		long total = 0;
		for (JsonNode n : plan.get("features")) {
			JsonNode p = n.get("properties");
			assertThat(p.get("valid").asBoolean()).as(p.get("name").asText()).isTrue();
			assertThat(p.get("residents").asLong()).isBetween(8000L, 12000L);
			assertThat(p.get("polsbyPopper").asDouble()).isBetween(0.05, 1.0);
			assertThat(n.at("/geometry/type").asText()).isEqualTo("MultiPolygon");
			total += p.get("residents").asLong();
		}
		assertThat(total).isEqualTo(176_003);
		// Independent of the app's adjacency graph: the main polygons of each
		// neighbourhood's areas
		// (two LSOAs also own small islands), grown by 5 m to close generalisation gaps,
		// form one
		// polygon; and every small area is in exactly one neighbourhood.
		String split = """
				SELECT count(*) FROM (
					SELECT na.neighbourhood_id FROM neighbourhood_area na
					JOIN small_area s ON s.code = na.small_area_code AND s.authority_code = 'E06000034'
					CROSS JOIN LATERAL (SELECT d.geom FROM ST_Dump(s.geom) d ORDER BY ST_Area(d.geom) DESC LIMIT 1) main
					GROUP BY na.neighbourhood_id HAVING ST_NumGeometries(ST_Union(ST_Buffer(main.geom, 5))) > 1) split
				""";
		assertThat(jdbc.sql(split).query(Integer.class).single()).isZero();
		assertThat(jdbc.sql(
				"SELECT count(DISTINCT na.small_area_code) FROM neighbourhood_area na JOIN neighbourhood_plan p ON p.id = na.plan_id AND p.authority_code = 'E06000034'")
			.query(Integer.class)
			.single()).isEqualTo(100);
	}

	@Test
	void previewFlagsADisconnectedNeighbourhoodAndOneOutsideTheBandWithoutSaving() throws Exception {
		JsonNode plan = get("/api/neighbourhoods");
		int version = plan.at("/plan/version").asInt();
		JsonNode from = plan.get("features").get(0).get("properties");
		JsonNode far = farthestNeighbourhood(plan, from);
		String area = from.get("smallAreas").get(0).asText();
		JsonNode preview = json.readTree(post("/api/neighbourhoods/preview",
				Map.of("moves", List.of(Map.of("smallArea", area, "to", far.get("id").asLong()))), "planner")
			.getBody());
		JsonNode target = find(preview.get("neighbourhoods"), far.get("id").asLong());
		assertThat(target.get("valid").asBoolean()).isFalse();
		assertThat(target.get("problems").toString()).contains("separate pieces");
		assertThat(get("/api/neighbourhoods").at("/plan/version").asInt()).isEqualTo(version);
	}

	@Test
	void aStaleSaveIsRefusedAndLosesNothing() throws Exception {
		JsonNode plan = get("/api/neighbourhoods");
		int version = plan.at("/plan/version").asInt();
		JsonNode a = plan.get("features").get(0).get("properties");
		String area = a.get("smallAreas").get(0).asText();
		long neighbour = neighbourOf(area, a.get("id").asLong());
		ResponseEntity<String> first = post("/api/neighbourhoods/moves",
				Map.of("version", version, "moves", List.of(Map.of("smallArea", area, "to", neighbour))), "planner");
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<String> second = post("/api/neighbourhoods/moves",
				Map.of("version", version, "moves", List.of(Map.of("smallArea", area, "to", a.get("id").asLong()))),
				"admin");
		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
		assertThat(json.readTree(second.getBody()).get("currentVersion").asInt()).isEqualTo(version + 1);
		assertThat(areaIsIn(area)).isEqualTo(neighbour);
		assertThat(jdbc
			.sql("SELECT changed_by || ':' || (moves -> 0 ->> 'smallArea') FROM neighbourhood_change "
					+ "WHERE version = :v AND kind = 'move' AND plan_id = (SELECT id FROM neighbourhood_plan "
					+ "WHERE authority_code = 'E06000034')")
			.param("v", version + 1)
			.query(String.class)
			.single()).isEqualTo("planner:" + area);
		// put it back for the other tests
		post("/api/neighbourhoods/moves",
				Map.of("version", version + 1, "moves", List.of(Map.of("smallArea", area, "to", a.get("id").asLong()))),
				"planner");
		assertThat(areaIsIn(area)).isEqualTo(a.get("id").asLong());
	}

	@Test
	void generationIsReproducibleAndKeepsTheNeighbourhoodsAskedFor() throws Exception {
		JsonNode plan = get("/api/neighbourhoods");
		long kept = plan.get("features").get(2).at("/properties/id").asLong();
		Map<String, Object> request = Map.of("seed", 99, "keep", List.of(kept));
		ResponseEntity<String> first = post("/api/neighbourhoods/generate", request, "planner");
		ResponseEntity<String> second = post("/api/neighbourhoods/generate", request, "planner");
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode proposal = json.readTree(first.getBody());
		assertThat(proposal.get("feasible").asBoolean()).isTrue();
		assertThat(proposal.at("/solution/solver").asText()).as("the solver's counted work ends before the clock")
			.isEqualTo("CP-SAT");
		assertThat(names(proposal)).isEqualTo(names(json.readTree(second.getBody())));
		assertThat(proposal.get("features").get(0).at("/properties/id").asLong()).isEqualTo(kept);
		for (JsonNode n : proposal.get("features")) {
			assertThat(n.at("/properties/valid").asBoolean()).isTrue();
		}
	}

	@Test
	void anImpossibleBandIsExplainedWithTheNearestBandThatPasses() throws Exception {
		ResponseEntity<String> answer = post("/api/neighbourhoods/generate",
				Map.of("seed", 1, "minResidents", 20000, "maxResidents", 21000), "planner");
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
		JsonNode problem = json.readTree(answer.getBody());
		assertThat(problem.at("/causes/0/kind").asText()).isEqualTo("no number of parts fits");
		assertThat(problem.at("/causes/0/smallAreas")).hasSize(100);
		assertThat(problem.at("/unplaced/0/reason").asText()).contains("176003 residents");
		int min = problem.at("/nearestBand/minResidents").asInt();
		int max = problem.at("/nearestBand/maxResidents").asInt();
		// 176,003 residents: 9 parts of 19,556 or 8 of 22,001; the nearest band moves
		// its ends least
		long parts = (176003 + max - 1) / max;
		assertThat(parts).isLessThanOrEqualTo(176003 / min);
		assertThat(Math.abs(min - 20000) + Math.abs(max - 21000)).isLessThan(1000);
	}

	@Test
	void generationReportsItsCompactnessAgainstAProvedLowerBound() throws Exception {
		JsonNode proposal = json.readTree(
				post("/api/neighbourhoods/generate", Map.of("seed", 3, "timeLimitMillis", 3000), "planner").getBody());
		JsonNode solution = proposal.get("solution");
		assertThat(solution.get("objectiveUnit").asText()).isEqualTo("resident·km²");
		assertThat(solution.get("bound").asDouble()).isGreaterThanOrEqualTo(0)
			.isLessThanOrEqualTo(solution.get("objective").asDouble());
		assertThat(solution.get("gap").asDouble()).isBetween(0.0, 1.0);
		assertThat(solution.get("solver").asText()).isEqualTo("CP-SAT");
		for (JsonNode n : proposal.get("features")) {
			assertThat(n.at("/properties/valid").asBoolean()).isTrue();
		}
	}

	@Test
	void afterNewPopulationsTheRepairMovesFewAreasAndKeepsEveryNeighbourhood() throws Exception {
		JsonNode plan = get("/api/neighbourhoods");
		JsonNode grown = plan.get("features").get(4);
		String area = grown.at("/properties/smallAreas/0").asText();
		int residents = jdbc.sql("SELECT residents FROM small_area WHERE code = :c")
			.param("c", area)
			.query(Integer.class)
			.single();
		int extra = 12001 - (int) grown.at("/properties/residents").asLong() + 2000;
		try {
			setResidents(area, residents + extra);
			JsonNode repaired = json.readTree(
					post("/api/neighbourhoods/generate", Map.of("leastChange", true, "seed", 1), "planner").getBody());
			assertThat(repaired.get("feasible").asBoolean()).isTrue();
			Set<Long> ids = new HashSet<>();
			for (JsonNode n : repaired.get("features")) {
				assertThat(n.at("/properties/valid").asBoolean()).as(n.at("/properties/name").asText()).isTrue();
				ids.add(n.at("/properties/id").asLong());
			}
			Set<Long> before = new HashSet<>();
			plan.get("features").forEach(n -> before.add(n.at("/properties/id").asLong()));
			assertThat(ids).isEqualTo(before);
			int moved = repaired.at("/churn/moved").asInt();
			assertThat(moved).isBetween(1, 10).isEqualTo(repaired.at("/churn/smallAreas").size());
			assertThat(repaired.at("/churn/smallAreas/0/from").isNull()).isFalse();
			assertThat(repaired.at("/solution/bound").asDouble()).isBetween(1.0, (double) moved);
		}
		finally {
			setResidents(area, residents);
		}
	}

	/**
	 * A population update: new residents for one area, and an import row so cached graphs
	 * are read again (removed, with the same effect, when the figure is put back).
	 */
	private void setResidents(String area, int residents) {
		jdbc.sql("UPDATE small_area SET residents = :r WHERE code = :c")
			.param("r", residents)
			.param("c", area)
			.update();
		int removed = jdbc.sql("DELETE FROM geography_import WHERE imported_by = 'population-test'").update();
		if (removed == 0) {
			jdbc.sql("INSERT INTO geography_import (authority_code, checksum, wards, small_areas, places, residents, "
					+ "imported_by) VALUES (:a, 'test', 0, 0, 0, 0, 'population-test')")
				.param("a", THURROCK)
				.update();
		}
	}

	@Test
	void thurrock2013PostsCoverTheirTownsWithPurfleetVacantAndSupported() throws Exception {
		JsonNode posts = json.readTree(exchange(HttpMethod.GET, "/api/coordinators", null, "councillor").getBody());
		Map<String, JsonNode> byName = new java.util.HashMap<>();
		posts.forEach(p -> byName.put(p.get("name").asText(), p));
		assertThat(byName).containsOnlyKeys("Grays Riverside", "Stanford-le-Hope and Corringham", "South Ockendon",
				"Purfleet");
		assertThat(byName.get("Purfleet").get("status").asText()).isEqualTo("VACANT");
		assertThat(byName.get("South Ockendon").at("/supports/id").asLong())
			.isEqualTo(byName.get("Purfleet").at("/patch/id").asLong());
		JsonNode plan = get("/api/neighbourhoods");
		JsonNode patch = find(plan.get("features"), byName.get("Grays Riverside").at("/patch/id").asLong());
		assertThat(patch.at("/properties/coordinator/name").asText()).isEqualTo("Grays Riverside");
		assertThat(patch.at("/properties/coordinator/status").asText()).isEqualTo("IN_POST");
	}

	private JsonNode get(String path) throws Exception {
		return json.readTree(exchange(HttpMethod.GET, path, null, "planner").getBody());
	}

	private ResponseEntity<String> post(String path, Object body, String user) throws Exception {
		return exchange(HttpMethod.POST, path, json.writeValueAsString(body), user);
	}

	private ResponseEntity<String> exchange(HttpMethod method, String path, String body, String user) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, PASSWORD);
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.exchange(url(path), method, new HttpEntity<>(body, headers), String.class);
	}

	private long areaIsIn(String area) {
		return jdbc.sql("SELECT neighbourhood_id FROM neighbourhood_area WHERE small_area_code = :a")
			.param("a", area)
			.query(Long.class)
			.single();
	}

	private long neighbourOf(String area, long notThis) {
		return jdbc.sql("""
				SELECT na.neighbourhood_id FROM small_area_adjacency j
				JOIN neighbourhood_area na ON na.small_area_code = j.neighbour_code
				WHERE j.small_area_code = :a AND na.neighbourhood_id <> :n ORDER BY 1 LIMIT 1
				""").param("a", area).param("n", notThis).query(Long.class).single();
	}

	private JsonNode farthestNeighbourhood(JsonNode plan, JsonNode from) {
		long id = jdbc
			.sql("""
					SELECT b.id FROM neighbourhood a, neighbourhood b WHERE a.id = :a AND b.id <> a.id AND b.plan_id = a.plan_id
					ORDER BY ST_Distance(a.outline, b.outline) DESC LIMIT 1
					""")
			.param("a", from.get("id").asLong())
			.query(Long.class)
			.single();
		return find(plan.get("features"), id).get("properties");
	}

	private static JsonNode find(Iterable<JsonNode> nodes, long id) {
		for (JsonNode n : nodes) {
			JsonNode p = n.has("properties") ? n.get("properties") : n;
			if (p.get("id").asLong() == id) {
				return n;
			}
		}
		return null;
	}

	private static List<String> names(JsonNode proposal) {
		List<String> names = new ArrayList<>();
		proposal.get("features")
			.forEach(f -> names.add(f.at("/properties/name").asText() + f.at("/properties/smallAreas")));
		return names;
	}

}
