package org.lacatlas.introduction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;
import org.lacatlas.SecondCouncil;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caseload chart's figures are the published patch summaries, month by month and for
 * the whole period, and each patch is flagged from them against the council's capacity.
 */
class CaseloadTests extends IntegrationTest {

	static final String YEAR = "from=2025-07&to=2026-06";

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	@Test
	void everyFigureIsThePublishedSummaryOfItsMonthAndEveryPostIsThere() throws Exception {
		JsonNode caseload = get("planner", "/api/introductions/caseload?" + YEAR);
		assertThat(caseload.path("months")).hasSize(12);
		assertThat(caseload.path("capacityPerYear").asInt()).isEqualTo(200);
		List<String> keys = new ArrayList<>();
		caseload.path("patches").forEach(p -> keys.add(p.path("key").asText()));
		assertThat(keys).containsExactlyInAnyOrderElementsOf(jdbc.sql("""
				SELECT id::text FROM coordinator_post WHERE authority_code = :a
					AND neighbourhood_id IS NOT NULL AND status IN ('IN_POST', 'VACANT')
				""").param("a", THURROCK).query(String.class).list());
		JsonNode whole = rowsByKey(get("planner", "/api/introductions/summary?by=patch&" + YEAR));
		for (int m = 0; m < 12; m++) {
			String month = caseload.path("months").get(m).asText();
			JsonNode published = rowsByKey(
					get("planner", "/api/introductions/summary?by=patch&from=" + month + "&to=" + month));
			for (JsonNode patch : caseload.path("patches")) {
				assertThat(patch.path("perMonth").get(m))
					.isEqualTo(published.path(patch.path("key").asText()).path("introductions"));
			}
		}
		long counted = 0;
		for (JsonNode patch : caseload.path("patches")) {
			assertThat(patch.path("total")).isEqualTo(whole.path(patch.path("key").asText()).path("introductions"));
			counted += patch.path("total").asLong();
		}
		assertThat(counted).as("the demo's introductions reach the posts' patches").isPositive();
	}

	@Test
	void patchesAreFlaggedAgainstTheCapacityTheCouncilStates() throws Exception {
		ResponseEntity<String> settings = settings(HttpMethod.GET, null, null);
		ObjectNode low = (ObjectNode) json.readTree(settings.getBody());
		low.put("caseloadPerYear", 12);
		ResponseEntity<String> saved = settings(HttpMethod.PUT, low.toString(), settings.getHeaders().getETag());
		assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(200);
		try {
			JsonNode caseload = get("coordinator", "/api/introductions/caseload?" + YEAR);
			Set<String> loads = new HashSet<>();
			for (JsonNode patch : caseload.path("patches")) {
				String load = patch.path("load").asText();
				loads.add(load);
				if (patch.path("total").isNumber()) {
					double average = patch.path("total").asDouble() / 12;
					assertThat(patch.path("perMonthAverage").asDouble()).isEqualTo(average);
					assertThat(load).isEqualTo(
							average > 1 ? "over capacity" : average >= 0.8 ? "near capacity" : "within capacity");
				}
			}
			assertThat(loads).contains("over capacity");
		}
		finally {
			JsonNode now = json.readTree(settings(HttpMethod.GET, null, null).getBody());
			low.put("caseloadPerYear", 200).put("version", now.path("version").asInt());
			settings(HttpMethod.PUT, low.toString(), "\"" + now.path("version").asInt() + "\"");
		}
	}

	@Test
	void aCouncilSeesOnlyItsOwnPostsAndNoFlagsWithoutACapacity() throws Exception {
		JsonNode caseload = get(SecondCouncil.user("planner"), "/api/introductions/caseload");
		Set<String> thurrock = new HashSet<>(jdbc.sql("SELECT id::text FROM coordinator_post WHERE authority_code = :a")
			.param("a", THURROCK)
			.query(String.class)
			.list());
		assertThat(caseload.path("patches")).isNotEmpty()
			.allSatisfy(p -> assertThat(thurrock).doesNotContain(p.path("key").asText()))
			.allSatisfy(p -> assertThat(p.path("load").asText()).isEqualTo("no capacity set"));
		assertThat(caseload.hasNonNull("capacityPerYear")).isFalse();
	}

	@Test
	void badPeriodsAreRefusedWithAProblem() {
		for (String query : List.of("from=2025-13", "from=2020-01&to=2026-06", "from=2026-06&to=2026-01", "to=june")) {
			ResponseEntity<String> answer = http.withBasicAuth("planner", PASSWORD)
				.getForEntity(url("/api/introductions/caseload?" + query), String.class);
			assertThat(answer.getStatusCode().value()).as(query).isEqualTo(400);
			assertThat(answer.getHeaders().getContentType().toString()).as(query).contains("problem+json");
		}
		assertThat(http.getForEntity(url("/api/introductions/caseload"), String.class).getStatusCode().value())
			.isEqualTo(401);
	}

	private JsonNode get(String user, String path) throws Exception {
		ResponseEntity<String> answer = http.withBasicAuth(user, PASSWORD).getForEntity(url(path), String.class);
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
		return json.readTree(answer.getBody());
	}

	private static JsonNode rowsByKey(JsonNode summary) {
		ObjectNode byKey = new ObjectMapper().createObjectNode();
		summary.path("rows").forEach(r -> byKey.set(r.path("key").asText(), r));
		return byKey;
	}

	private ResponseEntity<String> settings(HttpMethod method, String body, String ifMatch) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth("admin", PASSWORD);
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (ifMatch != null) {
			headers.setIfMatch(ifMatch);
		}
		return http.exchange(url("/api/council/settings"), method, new HttpEntity<>(body, headers), String.class);
	}

}
