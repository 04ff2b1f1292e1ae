package org.lacatlas.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * {@code PATCH /api/scenarios/{id}} renames a scenario: the name only, checked as all
 * typed text is, against the version in If-Match (412 stale, 428 missing), by a planner
 * of the scenario's own council (403 for a coordinator, 404 for another council's).
 */
class ScenarioRenameTests extends IntegrationTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	private long id;

	private int version;

	@BeforeEach
	void saveAScenario() throws Exception {
		ResponseEntity<String> created = send("planner", HttpMethod.POST, "/api/scenarios",
				"{\"name\":\"Rename test\",\"fromCurrent\":true}", null);
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		JsonNode scenario = json.readTree(created.getBody());
		id = scenario.get("id").asLong();
		version = scenario.get("version").asInt();
	}

	@AfterEach
	void deleteIt() {
		jdbc.sql("DELETE FROM scenario WHERE id = :id AND authority_code = :a")
			.param("id", id)
			.param("a", THURROCK)
			.update();
	}

	private String storedName() {
		return jdbc.sql("SELECT name FROM scenario WHERE id = :id AND authority_code = :a")
			.param("id", id)
			.param("a", THURROCK)
			.query(String.class)
			.single();
	}

	@Test
	void aPlannerRenamesAtTheVersionTheySawAndGetsTheNextVersion() throws Exception {
		ResponseEntity<String> answer = rename("planner", "{\"name\":\"  Eight more in the east  \"}",
				"\"" + version + "\"");
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
		JsonNode renamed = json.readTree(answer.getBody());
		assertThat(renamed.get("name").asText()).isEqualTo("Eight more in the east");
		assertThat(renamed.get("version").asInt()).isEqualTo(version + 1);
		assertThat(answer.getHeaders().getETag()).isEqualTo("\"" + (version + 1) + "\"");
		assertThat(storedName()).isEqualTo("Eight more in the east");
		assertThat(renamed.get("posts")).isNotEmpty();
	}

	@Test
	void aStaleVersionIsRefusedWith412AndNothingChanges() {
		assertThat(rename("planner", "{\"name\":\"First\"}", "\"" + version + "\"").getStatusCode().value())
			.isEqualTo(200);
		ResponseEntity<String> stale = rename("planner", "{\"name\":\"Second\"}", "\"" + version + "\"");
		assertThat(stale.getStatusCode().value()).isEqualTo(412);
		assertThat(stale.getHeaders().getContentType().toString()).contains("problem+json");
		assertThat(stale.getBody()).contains("Someone else changed this scenario");
		assertThat(storedName()).isEqualTo("First");
	}

	@Test
	void noIfMatchIsRefusedWith428() {
		ResponseEntity<String> answer = rename("planner", "{\"name\":\"No version\"}", null);
		assertThat(answer.getStatusCode().value()).isEqualTo(428);
		assertThat(answer.getBody()).contains("If-Match");
		assertThat(storedName()).isEqualTo("Rename test");
	}

	@Test
	void blankControlCharactersOtherFieldsAndBadVersionsAre400() {
		String etag = "\"" + version + "\"";
		for (String body : new String[] { "{\"name\":\"   \"}", "{\"name\":\"\"}", "{\"name\":\"a\\u0000b\"}",
				"{\"name\":\"\\u200b\"}", "{}", "{\"name\":null}", "{\"name\":7}", "[]",
				"{\"name\":\"" + "x".repeat(201) + "\"}", "{\"name\":\"Ok\",\"posts\":[]}" }) {
			ResponseEntity<String> answer = rename("planner", body, etag);
			assertThat(answer.getStatusCode().value()).as(body + " → " + answer.getBody()).isEqualTo(400);
			assertThat(answer.getHeaders().getContentType().toString()).as(body).contains("problem+json");
		}
		assertThat(rename("planner", "{\"name\":\"Ok\"}", "three").getStatusCode().value()).isEqualTo(400);
		assertThat(storedName()).isEqualTo("Rename test");
	}

	@Test
	void aCoordinatorMayNotRenameAndAnotherCouncilsPlannerFindsNothing() {
		String etag = "\"" + version + "\"";
		assertThat(rename("coordinator", "{\"name\":\"Mine now\"}", etag).getStatusCode().value()).isEqualTo(403);
		ResponseEntity<String> elsewhere = rename("eastwick-planner", "{\"name\":\"Mine now\"}", etag);
		assertThat(elsewhere.getStatusCode().value()).isEqualTo(404);
		assertThat(elsewhere.getBody()).doesNotContain("Rename test");
		assertThat(storedName()).isEqualTo("Rename test");
	}

	private ResponseEntity<String> rename(String user, String body, String ifMatch) {
		return send(user, HttpMethod.PATCH, "/api/scenarios/" + id, body, ifMatch);
	}

	private ResponseEntity<String> send(String user, HttpMethod method, String path, String body, String ifMatch) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBasicAuth(user, PASSWORD);
		if (ifMatch != null) {
			headers.setIfMatch(ifMatch);
		}
		return http.exchange(url(path), method, new HttpEntity<>(body, headers), String.class);
	}

}
