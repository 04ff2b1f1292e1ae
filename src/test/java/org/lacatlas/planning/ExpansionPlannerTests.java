package org.lacatlas.planning;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** "Plan 5 more" on real Thurrock with the demo's 2013 posts kept. */
class ExpansionPlannerTests extends IntegrationTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	@Test
	void planFiveMoreGivesFiveContiguousPatchesInTheBandAwayFromExistingPosts() throws Exception {
		JsonNode plan = json.readTree(plan(Map.of("coordinators", 5, "seed", 1)).getBody());
		JsonNode patches = plan.get("patches");
		assertThat(patches).hasSize(5);
		Set<String> taken = new HashSet<>(jdbc.sql("""
				SELECT na.small_area_code FROM neighbourhood_area na
				JOIN coordinator_post p ON p.neighbourhood_id = na.neighbourhood_id
				""").query(String.class).list());
		Set<String> used = new HashSet<>();
		long added = 0;
		for (JsonNode patch : patches) {
			List<String> codes = codes(patch);
			long residents = jdbc.sql("SELECT sum(residents) FROM small_area WHERE code = ANY(:c)")
				.param("c", codes.toArray(String[]::new))
				.query(Long.class)
				.single();
			assertThat(patch.get("residents").asLong()).isEqualTo(residents).isBetween(8000L, 12000L);
			assertThat(onePiece(codes)).as(patch.get("name").asText()).isTrue();
			for (String code : codes) {
				assertThat(taken).doesNotContain(code);
				assertThat(used.add(code)).isTrue();
			}
			added += residents;
		}
		assertThat(plan.get("objective").asDouble()).isPositive()
			.isLessThanOrEqualTo(plan.get("upperBound").asDouble());
		assertThat(plan.get("ratio").asDouble()).isBetween(0.5, 1.0);
		double bound = plan.get("upperBound").asDouble();
		assertThat(plan.get("gap").asDouble()).isCloseTo(
				plan.get("optimal").asBoolean() ? 0 : 1 - plan.get("objective").asDouble() / bound,
				org.assertj.core.data.Offset.offset(0.0001));
		assertThat(plan.get("boundBy").asText()).isIn("pricing every patch", "CP-SAT", "fractional knapsack");
		assertThat(plan.at("/after/residents").asLong()).isEqualTo(plan.at("/before/residents").asLong() + added);
		assertThat(plan.at("/cost/total").asLong()).isEqualTo(8 * 40_000 + 60_000);
	}

	@Test
	void aBudgetBuysWholeCoordinatorsAndNeighbourhoodModeIsExact() throws Exception {
		JsonNode plan = json.readTree(plan(Map.of("budget", 200_000, "fromNeighbourhoods", true)).getBody());
		assertThat(plan.get("coordinatorsAsked").asInt()).isEqualTo(5);
		assertThat(plan.get("patches")).hasSize(5);
		assertThat(plan.get("ratio").asDouble()).isEqualTo(1.0);
		for (JsonNode patch : plan.get("patches")) {
			List<String> codes = codes(patch);
			int neighbourhoods = jdbc.sql("""
					SELECT count(DISTINCT neighbourhood_id) FROM neighbourhood_area WHERE small_area_code = ANY(:c)
					""").param("c", codes.toArray(String[]::new)).query(Integer.class).single();
			assertThat(neighbourhoods).isEqualTo(1);
		}
	}

	@Test
	void aBudgetOfSmallAreasStaysWithinItAndOneTooSmallIsRefusedSayingWhatACoordinatorCosts() throws Exception {
		JsonNode plan = json.readTree(plan(Map.of("budget", 130_000, "timeLimitMillis", 1000)).getBody());
		// £40,000 each (the manager is paid already): three fit in £130,000, four do not
		assertThat(plan.get("coordinatorsAsked").asInt()).isEqualTo(3);
		assertThat(plan.get("patches")).hasSize(3);
		assertThat(plan.at("/cost/added").asLong()).isEqualTo(120_000).isLessThanOrEqualTo(130_000);
		assertThat(plan.get("upperBound").asDouble()).isGreaterThanOrEqualTo(plan.get("objective").asDouble());

		ResponseEntity<String> tooSmall = plan(Map.of("budget", 30_000));
		assertThat(tooSmall.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(tooSmall.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(json.readTree(tooSmall.getBody()).get("detail").asText())
			.isEqualTo("A budget of £30,000 a year does not pay for one more coordinator (£40,000 a year).");
		ResponseEntity<String> tooLarge = plan(Map.of("budget", 20_000_000));
		assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json.readTree(tooLarge.getBody()).get("detail").asText())
			.startsWith("The budget pays for 500 new coordinators, more than the");
	}

	@Test
	void aPlanWithoutANumberIsABadRequest() {
		assertThat(plan(Map.of("seed", 1)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(plan(Map.of("coordinators", 2, "weightResidents", -1)).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aBandNoPatchFitsIsExplainedWithTheNearestBandThatWorks() throws Exception {
		ResponseEntity<String> answer = plan(
				Map.of("coordinators", 1, "minResidents", 150_000, "maxResidents", 160_000));
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
		JsonNode problem = json.readTree(answer.getBody());
		assertThat(problem.at("/causes/0/kind").asText()).isEqualTo("group below the minimum");
		assertThat(problem.at("/causes/0/smallAreas").size()).isPositive();
		int min = problem.at("/nearestBand/minResidents").asInt();
		int max = problem.at("/nearestBand/maxResidents").asInt();
		assertThat(min).isLessThan(150_000);
		JsonNode retried = json
			.readTree(plan(Map.of("coordinators", 1, "minResidents", min, "maxResidents", max, "timeLimitMillis", 2000))
				.getBody());
		assertThat(retried.get("patches")).hasSize(1);
	}

	private ResponseEntity<String> plan(Map<String, Object> body) {
		return http.withBasicAuth("planner", PASSWORD).postForEntity(url("/api/scenarios/plan"), body, String.class);
	}

	private boolean onePiece(List<String> codes) {
		return jdbc.sql("""
				SELECT ST_NumGeometries(ST_Union(ST_Buffer(main.geom, 5))) FROM small_area s
				CROSS JOIN LATERAL (SELECT d.geom FROM ST_Dump(s.geom) d ORDER BY ST_Area(d.geom) DESC LIMIT 1) main
				WHERE s.code = ANY(:c)
				""").param("c", codes.toArray(String[]::new)).query(Integer.class).single() == 1;
	}

	private static List<String> codes(JsonNode patch) {
		List<String> codes = new java.util.ArrayList<>();
		patch.get("smallAreas").forEach(c -> codes.add(c.asText()));
		return codes;
	}

}
