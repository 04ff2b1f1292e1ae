package org.lacatlas.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The 0–8 cost curve in one request (NDJSON, a point a line) on Thurrock with the demo's
 * 2013 posts: each point's figures add up, its bound is sound, and bad input is refused.
 */
class CostCurveTests extends IntegrationTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	@Test
	void eachPointOfTheCurveCarriesItsCostCoverageAndAProvedBound() throws Exception {
		ResponseEntity<String> answer = curve("planner", "");
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answer.getHeaders().getContentType()).hasToString("application/x-ndjson");
		List<JsonNode> points = new ArrayList<>();
		for (String line : answer.getBody().split("\n")) {
			points.add(json.readTree(line));
		}
		assertThat(points).hasSize(9);
		int inPost = jdbc
			.sql("SELECT count(*) FROM coordinator_post WHERE status = 'IN_POST' AND authority_code = 'E06000034'")
			.query(Integer.class)
			.single();
		long today = jdbc.sql("""
				SELECT sum(s.residents) FROM small_area s
				JOIN neighbourhood_area na ON na.small_area_code = s.code
				JOIN coordinator_post p ON p.neighbourhood_id = na.neighbourhood_id AND p.status = 'IN_POST'
				WHERE s.authority_code = 'E06000034'
				""").query(Long.class).single();
		for (int more = 0; more < points.size(); more++) {
			JsonNode p = points.get(more);
			assertThat(p.get("more").asInt()).isEqualTo(more);
			int placed = p.get("placed").asInt();
			assertThat(placed).isBetween(0, more);
			assertThat(p.at("/cost/total").asLong()).isEqualTo((inPost + placed) * 40_000L + 60_000);
			assertThat(p.at("/cost/added").asLong()).isEqualTo(placed * 40_000L);
			double objective = p.get("objective").asDouble();
			double bound = p.get("upperBound").asDouble();
			assertThat(objective).isLessThanOrEqualTo(bound);
			assertThat(p.get("gap").asDouble()).isCloseTo(p.get("optimal").asBoolean() ? 0 : 1 - objective / bound,
					within(0.0001));
			assertThat(p.get("boundBy").asText()).isNotBlank();
			// each new patch holds 8,000–12,000 residents outside today's patches
			long added = p.at("/after/residents").asLong() - today;
			assertThat(added).isBetween(8_000L * placed, 12_000L * placed);
		}
		assertThat(points.get(0).at("/after/residents").asLong()).isEqualTo(today);
		assertThat(points.get(5).get("placed").asInt()).isEqualTo(5);
		// The bound is proved: no plan of five, however long it is given, covers more.
		JsonNode five = json.readTree(http.withBasicAuth("planner", PASSWORD)
			.postForEntity(url("/api/scenarios/plan"), Map.of("coordinators", 5, "timeLimitMillis", 3000), String.class)
			.getBody());
		assertThat(five.get("objective").asDouble()).isLessThanOrEqualTo(points.get(5).get("upperBound").asDouble());
	}

	@Test
	void aCurveOfNoneOrTooManyIsRefusedAndOnlyPlannersMayAsk() throws Exception {
		for (String most : List.of("0", "21", "-1", "two")) {
			ResponseEntity<String> refused = curve("planner", "?most=" + most);
			assertThat(refused.getStatusCode()).as(most).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
		}
		assertThat(json.readTree(curve("planner", "?most=21").getBody()).get("detail").asText()).contains("1 to 20");
		assertThat(curve("coordinator", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<String> two = curve("admin", "?most=2");
		assertThat(two.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(two.getBody().lines().count()).isEqualTo(3);
	}

	private ResponseEntity<String> curve(String user, String query) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, PASSWORD);
		headers.set(HttpHeaders.ACCEPT, "application/x-ndjson, application/problem+json");
		return http.exchange(url("/api/scenarios/cost-curve" + query), HttpMethod.GET, new HttpEntity<>(headers),
				String.class);
	}

}
