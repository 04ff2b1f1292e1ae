package org.lacatlas.geography;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacatlas.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The geography API on the wire: GeoJSON media type, property names, totals, and 400s for
 * bad boxes.
 */
class GeographyApiTests extends IntegrationTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	@Test
	void wardsAreGeoJsonWhoseResidentsAddUpToTheBorough() throws Exception {
		ResponseEntity<String> wards = http.getForEntity(thurrock("/api/wards"), String.class);
		assertThat(wards.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(wards.getHeaders().getContentType()).hasToString("application/geo+json");
		JsonNode features = json.readTree(wards.getBody()).get("features");
		assertThat(features).hasSize(20);
		long sum = 0;
		for (JsonNode ward : features) {
			assertThat(ward.get("properties").fieldNames()).toIterable()
				.contains("code", "name", "residents", "residents65Plus");
			sum += ward.get("properties").get("residents").asLong();
		}
		JsonNode borough = json.readTree(http.getForObject(thurrock("/api/borough"), String.class));
		assertThat(borough.get("type").asText()).isEqualTo("Feature");
		assertThat(borough.at("/properties/code").asText()).isEqualTo(THURROCK);
		assertThat(borough.at("/properties/residents").asLong()).isEqualTo(sum).isEqualTo(176_003);
		assertThat(borough.at("/properties/residents65Plus").asLong()).isEqualTo(23_848);
		assertThat(borough.at("/properties/smallAreas").asInt()).isEqualTo(100);
	}

	@Test
	void oneWardByCode() throws Exception {
		JsonNode ward = json.readTree(http.getForObject(url("/api/wards/E05002235"), String.class));
		assertThat(ward.at("/properties/name").asText()).isEqualTo("Grays Riverside");
		assertThat(ward.at("/properties/residents").asInt()).isEqualTo(13_294);
		assertThat(ward.at("/geometry/coordinates/0/0/0/0").asDouble()).isBetween(0.2, 0.6);
	}

	@Test
	void unknownWardIsNotFoundAsProblemJson() {
		ResponseEntity<String> answer = http.getForEntity(url("/api/wards/E05999999"), String.class);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getBody()).contains("No ward with code E05999999");
	}

	@Test
	void smallAreasInABoxCarryTheirStatistics() throws Exception {
		JsonNode all = json
			.readTree(http.getForObject(thurrock("/api/small-areas?bbox=0.2,51.44,0.56,51.58"), String.class));
		assertThat(all.get("features")).hasSize(100);
		JsonNode first = all.get("features").get(0).get("properties");
		assertThat(first.get("code").asText()).isEqualTo("E01015921");
		assertThat(first.get("residents").asInt()).isEqualTo(1307);
		assertThat(first.get("residents65Plus").asInt()).isEqualTo(89);
		assertThat(first.get("imdDecile").asInt()).isEqualTo(3);
		assertThat(first.get("wardCode").asText()).isEqualTo("E05002229");

		JsonNode grays = json
			.readTree(http.getForObject(thurrock("/api/small-areas?bbox=0.31,51.47,0.33,51.48"), String.class));
		assertThat(grays.get("features").size()).isBetween(1, 20);
	}

	@Test
	void withoutGeometryTheSmallAreasCarryTheSameFiguresAndNullGeometries() throws Exception {
		String box = "/api/small-areas?bbox=0.2,51.44,0.56,51.58";
		JsonNode full = json.readTree(http.getForObject(thurrock(box), String.class));
		JsonNode figures = json.readTree(http.getForObject(thurrock(box + "&geometry=false"), String.class));
		assertThat(figures.get("features")).hasSize(100);
		for (int i = 0; i < 100; i++) {
			assertThat(figures.at("/features/" + i + "/geometry").isNull()).isTrue();
			assertThat(figures.at("/features/" + i + "/properties"))
				.isEqualTo(full.at("/features/" + i + "/properties"));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "bbox=1,2,3", "bbox=a,51,0.5,52", "bbox=0.5,51.6,0.2,51.4", "bbox=0,0,0,0",
			"bbox=0,91,1,92", "" })
	void malformedOrInvertedBoxIsABadRequest(String query) throws Exception {
		ResponseEntity<String> answer = http.getForEntity(thurrock("/api/small-areas?" + query), String.class);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		Map<?, ?> problem = json.readValue(answer.getBody(), Map.class);
		assertThat((String) problem.get("detail")).containsIgnoringCase("bbox");
	}

	@Test
	void aBoxAwayFromGreatBritainHasNoAreas() throws Exception {
		JsonNode none = json.readTree(http.getForObject(thurrock("/api/small-areas?bbox=100,10,101,11"), String.class));
		assertThat(none.get("features")).isEmpty();
	}

	@Test
	void townNamesForLabels() throws Exception {
		JsonNode places = json.readTree(http.getForObject(thurrock("/api/places"), String.class));
		List<String> names = places.get("features").findValuesAsText("name");
		assertThat(names).contains("Grays", "Stanford-le-Hope");
	}

	@Test
	void apiIsDocumentedAndHealthIsPublic() {
		assertThat(http.getForEntity(url("/v3/api-docs"), String.class).getBody()).contains("/api/wards");
		assertThat(http.getForEntity(url("/actuator/health"), String.class).getBody()).contains("UP");
	}

}
