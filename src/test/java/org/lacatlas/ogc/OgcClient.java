package org.lacatlas.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lacatlas.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls the OGC API as a client would: an Accept header, optionally a user. */
abstract class OgcClient extends IntegrationTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	ResponseEntity<String> call(String path, String accept, String user) {
		HttpHeaders headers = new HttpHeaders();
		if (accept != null) {
			headers.set(HttpHeaders.ACCEPT, accept);
		}
		if (user != null) {
			headers.setBasicAuth(user, PASSWORD);
		}
		// a path without a council reads Thurrock's (the tests load Eastwick too)
		String target = path.startsWith("http") ? path : path.contains("council=") ? url(path) : thurrock(path);
		return http.exchange(java.net.URI.create(target), HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

	/** GET as JSON, asserting 200. */
	JsonNode get(String path, String accept, String user) throws Exception {
		ResponseEntity<String> answer = call(path, accept, user);
		assertThat(answer.getStatusCode()).as(path + " " + answer.getBody()).isEqualTo(HttpStatus.OK);
		return json.readTree(answer.getBody());
	}

	JsonNode get(String path) throws Exception {
		return get(path, "application/json", null);
	}

	static JsonNode link(JsonNode document, String rel) {
		for (JsonNode link : document.get("links")) {
			if (link.get("rel").asText().equals(rel)) {
				return link;
			}
		}
		return null;
	}

	static JsonNode link(JsonNode document, String rel, String type) {
		for (JsonNode link : document.get("links")) {
			if (link.get("rel").asText().equals(rel) && link.get("type").asText().equals(type)) {
				return link;
			}
		}
		return null;
	}

}
