package org.lacatlas.asset;

import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input is refused with a 4xx problem naming the field, on create and on edit, and
 * nothing stored changes.
 */
class AssetValidationTests extends AssetApiTest {

	/** A point in Grays, well inside Thurrock. */
	static final double LON = 0.33, LAT = 51.48;

	static Stream<Arguments> badAssets() {
		return Stream.of(Arguments.of("outside Thurrock (central London)", -0.1276, 51.5072, Map.of(), "location"),
				Arguments.of("outside Thurrock (across the Thames in Kent)", 0.35, 51.44, Map.of(), "location"),
				Arguments.of("longitude and latitude swapped", LAT, LON, Map.of(), "location"),
				Arguments.of("empty name", LON, LAT, Map.of("name", "   "), "name"),
				Arguments.of("unknown category", LON, LAT, Map.of("category", "pub"), "category"),
				Arguments.of("malformed email", LON, LAT, Map.of("email", "someone@"), "email"),
				Arguments.of("malformed website", LON, LAT, Map.of("website", "javascript:alert(1)"), "website"),
				Arguments.of("website without scheme", LON, LAT, Map.of("website", "www.example.org"), "website"),
				Arguments.of("unknown cost", LON, LAT, Map.of("cost", "cheap"), "cost"),
				Arguments.of("malformed postcode", LON, LAT, Map.of("postcode", "GRAYS"), "postcode"),
				Arguments.of("malformed phone", LON, LAT, Map.of("phone", "call us"), "phone"),
				Arguments.of("future verification", LON, LAT, Map.of("lastVerified", "2999-01-01"), "lastVerified"),
				Arguments.of("name too long", LON, LAT, Map.of("name", "x".repeat(201)), "name"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badAssets")
	void aBadNewAssetIsRefusedNamingTheFieldAndNothingIsStored(String why, double lon, double lat,
			Map<String, Object> properties, String field) {
		long assets = assets(), changes = changes();
		ObjectNode feature = feature("Good name", "library", lon, lat, properties);
		ResponseEntity<String> answer = call("coordinator", HttpMethod.POST, "/api/assets", feature, null);
		assertRefused(answer, HttpStatus.BAD_REQUEST, field);
		assertThat(assets()).isEqualTo(assets);
		assertThat(changes()).isEqualTo(changes);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badAssets")
	void aBadEditIsRefusedNamingTheFieldAndTheAssetIsUnchanged(String why, double lon, double lat,
			Map<String, Object> properties, String field) {
		JsonNode asset = create("coordinator", feature(unique("Support group"), "support-group", LON, LAT));
		long id = asset.get("id").asLong();
		String before = stored(id);
		ObjectNode edit = feature("Good name", "library", lon, lat, properties);
		ResponseEntity<String> answer = call("coordinator", HttpMethod.PUT, "/api/assets/" + id, edit, "\"1\"");
		assertRefused(answer, HttpStatus.BAD_REQUEST, field);
		assertThat(stored(id)).isEqualTo(before);
	}

	@Test
	void aBodyOverTheSizeLimitIsRefusedBeforeItIsRead() {
		long assets = assets();
		ObjectNode feature = feature("Big", "library", LON, LAT, Map.of("description", "x".repeat(70_000)));
		assertRefused(call("coordinator", HttpMethod.POST, "/api/assets", feature, null), HttpStatus.PAYLOAD_TOO_LARGE,
				"body");
		assertThat(assets()).isEqualTo(assets);
	}

	@Test
	void aBodyThatIsNotAFeatureIsRefused() {
		assertRefused(call("coordinator", HttpMethod.POST, "/api/assets", "{\"name\": \"flat\"}", null),
				HttpStatus.BAD_REQUEST, "body");
		assertRefused(call("coordinator", HttpMethod.POST, "/api/assets", "not json", null), HttpStatus.BAD_REQUEST,
				"body");
	}

	@Test
	void everyFaultIsListedNotJustTheFirst() {
		ObjectNode feature = feature("", "pub", LON, LAT, Map.of("email", "x", "website", "ftp://x"));
		JsonNode problem = read(call("coordinator", HttpMethod.POST, "/api/assets", feature, null).getBody());
		assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("name", "category",
				"email", "website");
	}

	@Test
	void textIsStoredAsGiven() {
		String name = "<img src=x onerror=alert(1)> & \"friends\"";
		JsonNode asset = create("coordinator", feature(name, "social-group", LON, LAT));
		assertThat(asset.at("/properties/name").asText()).isEqualTo(name);
		assertThat(getJson("coordinator", "/api/assets?q=onerror&status=proposed").findValuesAsText("name"))
			.contains(name);
	}

	private void assertRefused(ResponseEntity<String> answer, HttpStatus status, String field) {
		assertThat(answer.getStatusCode()).isEqualTo(status);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = read(answer.getBody());
		assertThat(problem.get("errors").findValuesAsText("field")).containsExactly(field);
		assertThat(problem.get("detail").asText()).contains(field).contains("Nothing was changed");
	}

	private String stored(long id) {
		return jdbc.sql("SELECT asset_snapshot(a)::text FROM asset a WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
