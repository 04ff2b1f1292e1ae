package org.lacatlas.asset;

import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lacatlas.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls the asset API as the demo users (HTTP Basic) and builds asset Features. */
abstract class AssetApiTest extends IntegrationTest {

	/** A point in Grays town centre, near the Thurrock Health Centre (WGS84). */
	static final double GRAYS_LON = 0.3240, GRAYS_LAT = 51.4780;

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	ResponseEntity<String> call(String user, HttpMethod method, String path, Object body, String ifMatch) {
		HttpHeaders headers = new HttpHeaders();
		if (user != null) {
			headers.setBasicAuth(user, PASSWORD);
		}
		if (body != null) {
			headers.setContentType(MediaType.APPLICATION_JSON);
		}
		if (ifMatch != null) {
			headers.setIfMatch(ifMatch);
		}
		String text = body == null ? null : body instanceof String s ? s : json.valueToTree(body).toString();
		return http.exchange(url(path), method, new HttpEntity<>(text, headers), String.class);
	}

	ResponseEntity<String> get(String user, String path) {
		return call(user, HttpMethod.GET, path, null, null);
	}

	JsonNode getJson(String user, String path) {
		ResponseEntity<String> answer = get(user, path);
		if (!answer.getStatusCode().is2xxSuccessful()) {
			throw new AssertionError(
					"GET " + path + " as " + user + " → " + answer.getStatusCode() + " " + answer.getBody());
		}
		return read(answer.getBody());
	}

	JsonNode read(String text) {
		try {
			return json.readTree(text);
		}
		catch (Exception ex) {
			throw new AssertionError("Not JSON: " + text, ex);
		}
	}

	/** Creates an asset and returns the Feature the server answered with. */
	JsonNode create(String user, ObjectNode feature) {
		ResponseEntity<String> answer = call(user, HttpMethod.POST, "/api/assets", feature, null);
		if (answer.getStatusCode().value() != 201) {
			throw new AssertionError("create → " + answer.getStatusCode() + " " + answer.getBody());
		}
		return read(answer.getBody());
	}

	ObjectNode feature(String name, String category, double lon, double lat) {
		ObjectNode feature = json.createObjectNode().put("type", "Feature");
		feature.putObject("geometry").put("type", "Point").putArray("coordinates").add(lon).add(lat);
		feature.putObject("properties").put("name", name).put("category", category);
		return feature;
	}

	ObjectNode feature(String name, String category, double lon, double lat, Map<String, Object> properties) {
		ObjectNode feature = feature(name, category, lon, lat);
		ObjectNode p = (ObjectNode) feature.get("properties");
		properties.forEach((k, v) -> p.set(k, json.valueToTree(v)));
		return feature;
	}

	/** A name no other test uses. */
	static String unique(String name) {
		return name + " " + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
	}

	long assets() {
		return jdbc.sql("SELECT count(*) FROM asset").query(Long.class).single();
	}

	long changes() {
		return jdbc.sql("SELECT count(*) FROM asset_change").query(Long.class).single();
	}

}
