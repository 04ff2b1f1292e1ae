package org.lacatlas.council;

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
 * A council's settings: the demo's are Thurrock's 2013 figures with their sources;
 * another council starts with none of them; only its administrator changes them, naming
 * the version, and every bad field is named.
 */
class CouncilSettingsTests extends IntegrationTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	@Test
	void theDemoHasThurrocksOwnFiguresAndAnotherCouncilHasNoneOfThem() throws Exception {
		JsonNode thurrock = read(call("planner", HttpMethod.GET, null, null));
		assertThat(thurrock.path("kind").asText()).isEqualTo("borough");
		assertThat(thurrock.path("coordinatorCost").asLong()).isEqualTo(40_000);
		assertThat(thurrock.path("costEquivalents").findValuesAsText("source")).allMatch(s -> s.contains("Thurrock"));
		JsonNode eastwick = read(call(SecondCouncil.user("planner"), HttpMethod.GET, null, null));
		assertThat(eastwick.path("kind").asText()).isEqualTo("city");
		assertThat(eastwick.path("coordinatorCost").isMissingNode() || eastwick.path("coordinatorCost").isNull())
			.isTrue();
		assertThat(eastwick.path("costEquivalents")).isEmpty();
		assertThat(eastwick.toString()).doesNotContain("Thurrock");
		assertThat(eastwick.path("minResidents").asInt()).isEqualTo(SecondCouncil.MIN);
	}

	@Test
	void anAdministratorChangesTheSettingsNamingTheVersionAndAStaleChangeIsRefused() throws Exception {
		String admin = SecondCouncil.user("admin");
		ResponseEntity<String> current = call(admin, HttpMethod.GET, null, null);
		ObjectNode settings = (ObjectNode) read(current);
		String etag = current.getHeaders().getETag();
		settings.put("coordinatorCost", 42_000).put("costSource", "Eastwick budget 2026");
		assertThat(call(admin, HttpMethod.PUT, settings.toString(), null).getStatusCode().value()).isEqualTo(428);
		ResponseEntity<String> saved = call(admin, HttpMethod.PUT, settings.toString(), etag);
		assertThat(saved.getStatusCode().value()).isEqualTo(200);
		assertThat(read(saved).path("coordinatorCost").asLong()).isEqualTo(42_000);
		ResponseEntity<String> stale = call(admin, HttpMethod.PUT, settings.toString(), etag);
		assertThat(stale.getStatusCode().value()).isEqualTo(412);
		assertThat(read(stale).path("currentVersion").asInt()).isEqualTo(read(saved).path("version").asInt());
		assertThat(read(call("planner", HttpMethod.GET, null, null)).path("coordinatorCost").asLong())
			.as("Thurrock's own settings are untouched")
			.isEqualTo(40_000);
		assertThat(
				call(SecondCouncil.user("planner"), HttpMethod.PUT, settings.toString(), saved.getHeaders().getETag())
					.getStatusCode()
					.value())
			.as("only administrators")
			.isEqualTo(403);
		settings.putNull("coordinatorCost").putNull("costSource");
		assertThat(
				call(admin, HttpMethod.PUT, settings.toString(), saved.getHeaders().getETag()).getStatusCode().value())
			.isEqualTo(200);
	}

	@Test
	void everyBadFieldIsNamedAndNothingIsSaved() throws Exception {
		String admin = SecondCouncil.user("admin");
		ResponseEntity<String> current = call(admin, HttpMethod.GET, null, null);
		ObjectNode settings = (ObjectNode) read(current);
		settings.put("name", "\u200b\u00a0")
			.put("minResidents", 20_000)
			.put("maxResidents", 10_000)
			.put("coordinatorCost", -5)
			.put("socialValueRatio", 0)
			.put("caseloadPerYear", 0);
		settings.putArray("costEquivalents").addObject().put("equivalent", "a placement");
		ResponseEntity<String> refused = call(admin, HttpMethod.PUT, settings.toString(),
				current.getHeaders().getETag());
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
		assertThat(read(refused).path("errors").properties()).extracting(java.util.Map.Entry::getKey)
			.contains("name", "maxResidents", "coordinatorCost", "socialValueRatio", "costEquivalents",
					"caseloadPerYear");
		assertThat(read(call(admin, HttpMethod.GET, null, null)).path("version").asInt())
			.isEqualTo(read(current).path("version").asInt());
		ObjectNode badKind = (ObjectNode) read(current);
		badKind.put("kind", "metropolis");
		assertThat(
				call(admin, HttpMethod.PUT, badKind.toString(), current.getHeaders().getETag()).getStatusCode().value())
			.isEqualTo(400);
	}

	@Test
	void bandsSayHowManyNeighbourhoodsEachImpliesForTheCouncilsResidents() throws Exception {
		JsonNode bands = json.readTree(http.withBasicAuth("planner", PASSWORD)
			.getForObject(url("/api/neighbourhoods/bands?band=8000-12000&band=13000-18000"), String.class));
		long residents = jdbc.sql("SELECT sum(residents) FROM small_area WHERE authority_code = :c")
			.param("c", THURROCK)
			.query(Long.class)
			.single();
		JsonNode usual = bands.get(0);
		assertThat(usual.path("residents").asLong()).isEqualTo(residents);
		assertThat(usual.path("fewest").asLong()).isEqualTo((residents + 11_999) / 12_000);
		assertThat(usual.path("most").asLong()).isEqualTo(residents / 8000);
		assertThat(usual.path("councilBand").asBoolean()).isTrue();
		assertThat(bands.get(1).path("fewest").asLong()).isEqualTo((residents + 17_999) / 18_000);
		assertThat(http.withBasicAuth("planner", PASSWORD)
			.getForEntity(url("/api/neighbourhoods/bands?band=12000-8000"), String.class)
			.getStatusCode()
			.value()).isEqualTo(400);
	}

	private ResponseEntity<String> call(String user, HttpMethod method, String body, String ifMatch) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, PASSWORD);
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (ifMatch != null) {
			headers.setIfMatch(ifMatch);
		}
		return http.exchange(url("/api/council/settings"), method, new HttpEntity<>(body, headers), String.class);
	}

	private JsonNode read(ResponseEntity<String> answer) throws Exception {
		return json.readTree(answer.getBody());
	}

}
