package org.lacatlas.geography;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacatlas.IntegrationTest;
import org.lacatlas.SecondCouncil;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/places/search}: a council's own towns, wards and postcode sectors by
 * name, never another council's; bad {@code q} is a 400 problem.
 */
class PlaceSearchTests extends IntegrationTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	private ResponseEntity<String> search(String query) {
		return http.getForEntity(URI.create(url("/api/places/search?" + query)), String.class);
	}

	private JsonNode places(String query) throws Exception {
		ResponseEntity<String> answer = search(query);
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
		return json.readTree(answer.getBody()).get("places");
	}

	@Test
	void aThurrockTownComesFirstThenWardsHoldingItsName() throws Exception {
		JsonNode found = places("q=grays&council=" + THURROCK);
		assertThat(found.get(0).get("kind").asText()).isEqualTo("town");
		assertThat(found.get(0).get("name").asText()).isEqualTo("Grays");
		assertThat(found.get(0).has("bbox")).as("a town is a point").isFalse();
		List<String> wards = new ArrayList<>();
		found.forEach(p -> {
			if (p.get("kind").asText().equals("ward")) {
				wards.add(p.get("name").asText());
				assertThat(p.get("bbox")).hasSize(4);
			}
		});
		assertThat(wards).contains("Grays Riverside", "Grays Thurrock");
		// Each point is inside Thurrock (EPSG:27700 boundary, point sent in WGS84)
		for (JsonNode p : found) {
			assertThat(jdbc
				.sql("""
						SELECT ST_Contains(ST_Buffer(geom, 1), ST_Transform(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), 27700))
						FROM authority WHERE code = :code
						""")
				.param("lon", p.get("lon").asDouble())
				.param("lat", p.get("lat").asDouble())
				.param("code", THURROCK)
				.query(Boolean.class)
				.single()).as(p.toString()).isTrue();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "RM17%206", "rm17%206", "RM176", "%20rm17%20%206%20" })
	void aPostcodeSectorIsFoundWithOrWithoutItsSpace(String q) throws Exception {
		JsonNode first = places("q=" + q + "&council=" + THURROCK).get(0);
		assertThat(first.get("kind").asText()).isEqualTo("postcode-sector");
		assertThat(first.get("name").asText()).isEqualTo("RM17 6");
		assertThat(first.get("label").asText()).isNotBlank();
		JsonNode box = first.get("bbox");
		assertThat(box.get(0).asDouble()).isLessThan(box.get(2).asDouble());
		assertThat(first.get("lon").asDouble()).isBetween(box.get(0).asDouble(), box.get(2).asDouble());
		assertThat(first.get("lat").asDouble()).isBetween(box.get(1).asDouble(), box.get(3).asDouble());
	}

	@Test
	void eastwicksPlacesAreNotFoundForThurrock() throws Exception {
		assertThat(places("q=East%20Grays&council=" + THURROCK)).isEmpty();
		// The same search of Eastwick finds its town and wards: the filter is the council
		JsonNode eastwick = places("q=East%20Grays&council=" + SecondCouncil.CODE);
		assertThat(eastwick.get(0).get("name").asText()).isEqualTo("East Grays");
		assertThat(eastwick.findValuesAsText("name")).contains("East Grays Riverside");
		assertThat(eastwick.get(0).get("lon").asDouble()).isGreaterThan(1.9); // 120 km
																				// east,
																				// out to
																				// sea
	}

	@Test
	void aSignedInUserSearchesTheirOwnCouncil() throws Exception {
		ResponseEntity<String> answer = http.withBasicAuth(SecondCouncil.user("planner"), PASSWORD)
			.getForEntity(URI.create(url("/api/places/search?q=Grays")), String.class);
		JsonNode found = json.readTree(answer.getBody()).get("places");
		assertThat(found).isNotEmpty();
		assertThat(found.findValuesAsText("name")).allMatch(name -> name.startsWith("East ") || name.matches("RM.*"));
	}

	@Test
	void percentAndUnderscoreArePlainCharactersNotPatterns() throws Exception {
		assertThat(places("q=%25%25&council=" + THURROCK)).isEmpty();
		assertThat(places("q=__&council=" + THURROCK)).isEmpty();
	}

	@Test
	void atMostTenPlacesAreAnswered() throws Exception {
		assertThat(places("q=RM&council=" + THURROCK)).hasSize(10);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "q=", "q=a", "q=%20%20%20", "q=%20x%20", "q=%E2%80%8B%E2%80%8B", "q=Gr%00ays",
			"q=Gr%07ays", "q=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" })
	void aBadSearchIsA400ProblemSayingWhatToType(String query) throws Exception {
		ResponseEntity<String> answer = search(query + "&council=" + THURROCK);
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(json.readTree(answer.getBody()).get("detail").asText()).startsWith("q ")
			.contains("town, ward or postcode sector");
	}

}
