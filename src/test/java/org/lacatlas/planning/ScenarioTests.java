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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenarios of Thurrock 2013: created from today's posts or from the planner, compared
 * with figures recomputed in SQL from the base tables, exported, copied and deleted.
 */
class ScenarioTests extends IntegrationTest {

	/**
	 * Areas in the patch of a post in post or proposed (the planning view of coverage).
	 */
	private static final String TODAY_PLANNED = """
			SELECT s.* FROM small_area s
			JOIN neighbourhood_area na ON na.small_area_code = s.code
			JOIN coordinator_post p ON p.neighbourhood_id = na.neighbourhood_id AND p.status IN ('IN_POST', 'PROPOSED')
			WHERE s.authority_code = 'E06000034'
			""";

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	@Test
	void scenarioFromCurrentCopiesTodaysPostsAndTheirPatches() throws Exception {
		JsonNode created = post("planner", "/api/scenarios", "{\"name\":\"Today\",\"fromCurrent\":true}", 201);
		int posts = jdbc.sql("SELECT count(*) FROM coordinator_post WHERE authority_code = :a")
			.param("a", THURROCK)
			.query(Integer.class)
			.single();
		assertThat(created.get("posts")).hasSize(posts);
		JsonNode figures = get("/api/scenarios/compare?ids=current," + created.get("id").asLong());
		long covered = jdbc.sql("SELECT sum(residents) FROM (" + TODAY_PLANNED + ") c").query(Long.class).single();
		long older = jdbc.sql("SELECT sum(residents_65_plus) FROM (" + TODAY_PLANNED + ") c")
			.query(Long.class)
			.single();
		for (JsonNode f : figures) {
			assertThat(f.get("residentsCovered").asLong()).isEqualTo(covered);
			assertThat(f.get("residents65PlusCovered").asLong()).isEqualTo(older);
			assertThat(f.get("share").asDouble()).isCloseTo(covered / 176_003.0,
					org.assertj.core.data.Offset.offset(0.001));
			// published through disclosure control: a positive multiple of k (5), never
			// 1..4
			assertThat(f.get("introductionsCovered").asLong()).isPositive();
			assertThat(f.get("introductionsCovered").asLong() % 5).isZero();
		}
		JsonNode map = get("/api/scenarios/" + created.get("id").asLong());
		assertThat(map.get("type").asText()).isEqualTo("FeatureCollection");
		assertThat(map.get("scenario").get("name").asText()).isEqualTo("Today");
		for (JsonNode f : map.get("features")) {
			assertThat(f.get("geometry").get("type").asText()).endsWith("Polygon");
		}
	}

	@Test
	void scenarioFromPlanAddsTheNewPatchesAsProposedAndComparesToSql() throws Exception {
		JsonNode created = post("planner", "/api/scenarios",
				"{\"name\":\"Eight\",\"fromPlan\":{\"coordinators\":5,\"timeLimitMillis\":400}}", 201);
		long id = created.get("id").asLong();
		List<JsonNode> proposed = new java.util.ArrayList<>();
		created.get("posts").forEach(p -> {
			if (p.get("status").asText().equals("PROPOSED")) {
				proposed.add(p);
			}
		});
		assertThat(proposed).hasSize(5);
		Set<String> covered = new HashSet<>(
				jdbc.sql("SELECT code FROM (" + TODAY_PLANNED + ") c").query(String.class).list());
		proposed.forEach(p -> p.get("smallAreas").forEach(a -> covered.add(a.asText())));
		long residents = jdbc.sql("SELECT sum(residents) FROM small_area WHERE code = ANY(:c)")
			.param("c", covered.toArray(String[]::new))
			.query(Long.class)
			.single();
		long older = jdbc.sql("SELECT sum(residents_65_plus) FROM small_area WHERE code = ANY(:c)")
			.param("c", covered.toArray(String[]::new))
			.query(Long.class)
			.single();
		int inPost = jdbc.sql(
				"SELECT count(*) FROM coordinator_post WHERE status IN ('IN_POST', 'PROPOSED') AND authority_code = 'E06000034'")
			.query(Integer.class)
			.single();
		JsonNode f = get("/api/scenarios/compare?ids=" + id).get(0);
		JsonNode underScenario = get("/api/coverage?scenario=" + id);
		assertThat(underScenario.get("borough").get("residentsCovered").asLong()).isEqualTo(residents);
		long wardsCovered = 0;
		for (JsonNode ward : underScenario.get("wards")) {
			wardsCovered += ward.get("residentsCovered").asLong();
		}
		assertThat(wardsCovered).isEqualTo(residents);
		assertThat(f.get("residentsCovered").asLong()).isEqualTo(residents);
		assertThat(f.get("residents65PlusCovered").asLong()).isEqualTo(older);
		assertThat(f.get("coordinators").asInt()).isEqualTo(inPost + 5);
		assertThat(f.get("yearlyCost").asLong()).isEqualTo((inPost + 5) * 40_000L + 60_000);
		assertThat(f.get("costPerCoveredResident").asDouble()).isCloseTo(((inPost + 5) * 40_000.0 + 60_000) / residents,
				org.assertj.core.data.Offset.offset(0.01));

		String csv = http.withBasicAuth("councillor", PASSWORD)
			.getForObject(url("/api/scenarios/" + id + "/export.csv"), String.class);
		assertThat(csv).startsWith("patch,status,small_area_code,residents,residents_65_plus");
		assertThat(csv.lines().filter(l -> l.contains(",PROPOSED,")).count())
			.isEqualTo(proposed.stream().mapToLong(p -> p.get("smallAreas").size()).sum());
	}

	@Test
	void theListGivesEachScenarioItsPostsAndPatches() throws Exception {
		JsonNode created = post("planner", "/api/scenarios",
				"{\"name\":\"Listed with posts\",\"fromCurrent\":true,\"proposed\":[{\"name\":\"Listed patch\","
						+ "\"smallAreas\":[\"" + freeArea() + "\"]}]}",
				201);
		JsonNode listed = null;
		for (JsonNode s : get("/api/scenarios")) {
			if (s.get("id").asLong() == created.get("id").asLong()) {
				listed = s;
			}
		}
		assertThat(listed).as("the new scenario is listed").isNotNull();
		assertThat(created.get("posts").size()).isGreaterThan(1);
		assertThat(listed.get("posts")).isEqualTo(created.get("posts"));
		JsonNode last = listed.get("posts").get(listed.get("posts").size() - 1);
		assertThat(last.get("name").asText()).isEqualTo("Listed patch");
		assertThat(last.get("status").asText()).isEqualTo("PROPOSED");
		assertThat(last.get("smallAreas").get(0).asText()).isEqualTo(freeArea());
	}

	/** A Thurrock small area outside every post's patch. */
	private String freeArea() {
		return jdbc
			.sql("""
					SELECT s.code FROM small_area s WHERE s.authority_code = 'E06000034' AND NOT EXISTS (
					  SELECT 1 FROM neighbourhood_area na JOIN coordinator_post p ON p.neighbourhood_id = na.neighbourhood_id
					  WHERE na.small_area_code = s.code)
					ORDER BY s.code LIMIT 1
					""")
			.query(String.class)
			.single();
	}

	@Test
	void aStaleDeleteIsRefusedWith412AndACurrentOneDeletes() throws Exception {
		JsonNode created = post("planner", "/api/scenarios", "{\"name\":\"To go\",\"fromCurrent\":true}", 201);
		long id = created.get("id").asLong();
		JsonNode copy = post("admin", "/api/scenarios/" + id + "/copy", "{}", 201);
		assertThat(copy.get("basedOn").asLong()).isEqualTo(id);
		assertThat(copy.get("name").asText()).isEqualTo("Copy of To go");
		assertThat(delete("planner", "/api/scenarios/" + id + "?version=7").getStatusCode().value()).isEqualTo(412);
		assertThat(delete("planner", "/api/scenarios/" + id).getStatusCode().value()).isEqualTo(428);
		ResponseEntity<String> word = http.withBasicAuth("planner", PASSWORD)
			.getForEntity(url("/api/scenarios/current"), String.class);
		assertThat(word.getStatusCode().value()).isEqualTo(400);
		assertThat(word.getBody()).contains("current").doesNotContain("For input string");
		assertThat(delete("coordinator", "/api/scenarios/" + id + "?version=1").getStatusCode().value()).isEqualTo(403);
		assertThat(delete("planner", "/api/scenarios/" + id + "?version=1").getStatusCode().value()).isEqualTo(204);
		assertThat(http.withBasicAuth("planner", PASSWORD)
			.getForEntity(url("/api/scenarios/" + id), String.class)
			.getStatusCode()
			.value()).isEqualTo(404);
	}

	@Test
	void coordinatorsCannotCreateScenarios() {
		assertThat(send("coordinator", HttpMethod.POST, "/api/scenarios", "{\"name\":\"x\",\"fromCurrent\":true}")
			.getStatusCode()
			.value()).isEqualTo(403);
	}

	private JsonNode get(String path) throws Exception {
		ResponseEntity<String> r = http.withBasicAuth("councillor", PASSWORD).getForEntity(url(path), String.class);
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
		return json.readTree(r.getBody());
	}

	private JsonNode post(String user, String path, String body, int expected) throws Exception {
		ResponseEntity<String> r = send(user, HttpMethod.POST, path, body);
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(expected);
		return json.readTree(r.getBody());
	}

	private ResponseEntity<String> delete(String user, String path) {
		return send(user, HttpMethod.DELETE, path, null);
	}

	private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBasicAuth(user, PASSWORD);
		return http.exchange(url(path), method, new HttpEntity<>(body, headers), String.class);
	}

}
