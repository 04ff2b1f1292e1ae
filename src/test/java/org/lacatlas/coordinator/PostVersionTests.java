package org.lacatlas.coordinator;

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
 * A change to a coordinator post names the version it was based on, so one planner's
 * change never silently overwrites another's: the right version saves and moves the
 * version on, a stale one is 412 and a missing one 428 (as for assets, scenarios and
 * settings), and neither changes what is stored.
 */
class PostVersionTests extends IntegrationTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	private long id;

	@BeforeEach
	void proposeAPost() throws Exception {
		ResponseEntity<String> created = send(HttpMethod.POST, "/api/coordinators",
				"{\"name\":\"Version test post\",\"status\":\"PROPOSED\"}");
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		JsonNode post = json.readTree(created.getBody());
		id = post.get("id").asLong();
		assertThat(post.get("version").asInt()).isEqualTo(1);
	}

	@AfterEach
	void removeIt() {
		jdbc.sql("DELETE FROM coordinator_post WHERE id = :id AND authority_code = :a")
			.param("id", id)
			.param("a", THURROCK)
			.update();
	}

	@Test
	void theVersionSeenSavesOnceAndThenIsStale() throws Exception {
		ResponseEntity<String> first = change("{\"name\":\"Renamed once\",\"status\":\"VACANT\",\"version\":1}");
		assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(200);
		assertThat(json.readTree(first.getBody()).get("version").asInt()).isEqualTo(2);

		ResponseEntity<String> stale = change("{\"name\":\"Renamed twice\",\"status\":\"VACANT\",\"version\":1}");
		assertThat(stale.getStatusCode().value()).isEqualTo(412);
		assertThat(stale.getHeaders().getContentType().toString()).contains("problem+json");
		assertThat(stale.getBody()).contains("now version 2");
		assertThat(storedName()).isEqualTo("Renamed once");
	}

	@Test
	void aChangeWithoutAVersionIs428AndChangesNothing() {
		ResponseEntity<String> answer = change("{\"name\":\"No version\",\"status\":\"VACANT\"}");
		assertThat(answer.getStatusCode().value()).isEqualTo(428);
		assertThat(answer.getHeaders().getContentType().toString()).contains("problem+json");
		assertThat(answer.getBody()).contains("version 1");
		assertThat(storedName()).isEqualTo("Version test post");
	}

	private String storedName() {
		return jdbc.sql("SELECT name FROM coordinator_post WHERE id = :id AND authority_code = :a")
			.param("id", id)
			.param("a", THURROCK)
			.query(String.class)
			.single();
	}

	private ResponseEntity<String> change(String body) {
		return send(HttpMethod.PUT, "/api/coordinators/" + id, body);
	}

	private ResponseEntity<String> send(HttpMethod method, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBasicAuth("planner", PASSWORD);
		return http.exchange(url(path), method, new HttpEntity<>(body, headers), String.class);
	}

}
