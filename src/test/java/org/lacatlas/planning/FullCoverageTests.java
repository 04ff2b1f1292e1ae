package org.lacatlas.planning;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** What covering every Thurrock resident takes, with the demo's 2013 posts kept. */
class FullCoverageTests extends IntegrationTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	@Test
	void newPatchesAndTodaysCoverEveryAreaOnceEachContiguousInsideTheBand() throws Exception {
		JsonNode answer = json.readTree(get("/api/scenarios/full-coverage").getBody());
		Set<String> taken = new HashSet<>(jdbc.sql("""
				SELECT na.small_area_code FROM neighbourhood_area na
				JOIN coordinator_post p ON p.neighbourhood_id = na.neighbourhood_id
				JOIN small_area a ON a.code = na.small_area_code
				WHERE a.authority_code = :a
				""").param("a", THURROCK).query(String.class).list());
		Set<String> covered = new HashSet<>(taken);
		for (JsonNode patch : answer.get("patches")) {
			List<String> codes = new java.util.ArrayList<>();
			patch.get("smallAreas").forEach(c -> codes.add(c.asText()));
			long residents = jdbc.sql("SELECT sum(residents) FROM small_area WHERE code = ANY(:c)")
				.param("c", codes.toArray(String[]::new))
				.query(Long.class)
				.single();
			assertThat(patch.get("residents").asLong()).isEqualTo(residents).isBetween(8000L, 12000L);
			assertThat(adjacentPieces(codes)).as("patch %d is one piece", patch.get("rank").asInt()).isEqualTo(1);
			codes.forEach(c -> assertThat(covered.add(c)).as("%s is in one patch", c).isTrue());
		}
		assertThat(covered)
			.containsExactlyInAnyOrderElementsOf(jdbc.sql("SELECT code FROM small_area WHERE authority_code = :a")
				.param("a", THURROCK)
				.query(String.class)
				.list());
		int fresh = answer.get("newCoordinators").asInt();
		assertThat(answer.get("patches")).hasSize(fresh);
		assertThat(answer.get("lowerBound").asLong()).isBetween(1L, (long) fresh);
		assertThat(answer.get("totalCoordinators").asInt()).isEqualTo(answer.get("existingPosts").asInt() + fresh);
		assertThat(answer.get("yearlyCostFull").asLong())
			.isEqualTo(answer.get("totalCoordinators").asLong() * 40_000 + 60_000);
		JsonNode curve = answer.get("curve");
		JsonNode last = curve.get(curve.size() - 1);
		assertThat(last.get("share").asDouble()).isEqualTo(1.0);
		assertThat(last.get("yearlyCost").asLong()).isEqualTo(answer.get("yearlyCostFull").asLong());
		for (int i = 1; i < curve.size(); i++) {
			assertThat(curve.get(i).get("residentsCovered").asLong())
				.isGreaterThan(curve.get(i - 1).get("residentsCovered").asLong());
			assertThat(curve.get(i).get("yearlyCost").asLong())
				.isGreaterThan(curve.get(i - 1).get("yearlyCost").asLong());
		}
	}

	@Test
	void anImpossibleBandIsA422NamingTheAreas() throws Exception {
		ResponseEntity<String> answer = get("/api/scenarios/full-coverage?minResidents=1000&maxResidents=1200");
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		JsonNode problem = json.readTree(answer.getBody());
		assertThat(problem.at("/causes/0/kind").asText()).isEqualTo("area above the maximum");
		assertThat(problem.at("/nearestBand/maxResidents").asInt()).isGreaterThan(1200);
		assertThat(get("/api/scenarios/full-coverage?minResidents=9000&maxResidents=8000").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	/** Connected pieces of the areas on the adjacency graph. */
	private int adjacentPieces(List<String> codes) {
		Set<String> in = new HashSet<>(codes);
		Set<String> seen = new HashSet<>();
		int pieces = 0;
		for (String start : codes) {
			if (!seen.add(start)) {
				continue;
			}
			pieces++;
			java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(start));
			while (!queue.isEmpty()) {
				for (String n : jdbc.sql("SELECT neighbour_code FROM small_area_adjacency WHERE small_area_code = :c")
					.param("c", queue.poll())
					.query(String.class)
					.list()) {
					if (in.contains(n) && seen.add(n)) {
						queue.add(n);
					}
				}
			}
		}
		return pieces;
	}

	private ResponseEntity<String> get(String path) {
		return http.withBasicAuth("planner", PASSWORD).getForEntity(url(path), String.class);
	}

}
