package org.lacatlas.ogc;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a QGIS-style client does: read the landing page, list collections, page through
 * items.
 */
class OgcFeaturesTests extends IntegrationTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	@Test
	void landingPageAndConformanceDeclareCoreAndGeoJson() throws Exception {
		JsonNode landing = get("/ogc", null);
		assertThat(landing.get("links").findValuesAsText("rel")).contains("self", "conformance", "data",
				"service-desc");
		JsonNode conformance = get("/ogc/conformance", null);
		assertThat(conformance.get("conformsTo").toString()).contains("ogcapi-features-1/1.0/conf/core",
				"ogcapi-features-1/1.0/conf/geojson");
	}

	@Test
	void anonymousClientsSeeOnlyPublicCollectionsAndSignedInOnesSeeAll() throws Exception {
		assertThat(ids(get("/ogc/collections", null))).containsExactly("wards", "small-areas");
		assertThat(ids(get("/ogc/collections", "planner"))).containsExactly("wards", "small-areas", "neighbourhoods",
				"assets");
		ResponseEntity<String> refused = http.getForEntity(thurrock("/ogc/collections/neighbourhoods/items"),
				String.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(refused.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
		// with two councils loaded and none named, what an anonymous reader lacks is a
		// sign-in, not a council
		for (String path : List.of("/ogc/collections/neighbourhoods", "/ogc/collections/neighbourhoods/items",
				"/ogc/collections/assets/items/1", "/ogc/collections/assets/queryables")) {
			ResponseEntity<String> unnamed = http.getForEntity(url(path), String.class);
			assertThat(unnamed.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(unnamed.getHeaders().getContentType()).as(path).hasToString("application/problem+json");
		}
		JsonNode collection = get("/ogc/collections/small-areas", null);
		assertThat(collection.at("/extent/spatial/bbox/0/0").asDouble()).isBetween(0.1, 0.3);
		assertThat(collection.get("links").findValuesAsText("rel")).contains("items");
	}

	@Test
	void itemsPageThroughEverySmallAreaByNextLinks() throws Exception {
		Set<String> seen = new HashSet<>();
		String next = "/ogc/collections/small-areas/items?limit=30";
		int pages = 0;
		while (next != null) {
			JsonNode page = get(next, null);
			// Boundaries are public: the collection holds the named council's small
			// areas.
			assertThat(page.get("numberMatched").asInt()).isEqualTo(allSmallAreas());
			assertThat(page.get("numberReturned").asInt()).isEqualTo(page.get("features").size());
			page.get("features").forEach(f -> assertThat(seen.add(f.get("id").asText())).isTrue());
			next = null;
			for (JsonNode link : page.get("links")) {
				if (link.get("rel").asText().equals("next")) {
					next = link.get("href").asText().replace("http://localhost:" + port, "");
				}
			}
			pages++;
		}
		assertThat(pages).isEqualTo((allSmallAreas() + 29) / 30);
		assertThat(seen).hasSize(allSmallAreas());
	}

	@Test
	void bboxFiltersAndSingleItemsAreAddressable() throws Exception {
		JsonNode grays = get("/ogc/collections/small-areas/items?bbox=0.31,51.47,0.33,51.48", null);
		assertThat(grays.get("numberReturned").asInt()).isBetween(3, 20).isEqualTo(grays.get("features").size());
		assertThat(grays.has("numberMatched")).isFalse(); // optional; costly to count in
															// a box
		JsonNode firstTwo = get("/ogc/collections/small-areas/items?bbox=0.31,51.47,0.33,51.48&limit=2", null);
		assertThat(firstTwo.get("features")).hasSize(2);
		assertThat(firstTwo.get("links").findValuesAsText("rel")).contains("next");
		JsonNode rest = get("/ogc/collections/small-areas/items?bbox=0.31,51.47,0.33,51.48&limit=20&offset=2", null);
		assertThat(rest.get("features")).hasSize(grays.get("features").size() - 2);
		assertThat(rest.get("links").findValuesAsText("rel")).doesNotContain("next");
		JsonNode ward = get("/ogc/collections/wards/items/E05002235", null);
		assertThat(ward.get("id").asText()).isEqualTo("E05002235");
		assertThat(ward.at("/properties/name").asText()).isEqualTo("Grays Riverside");
		assertThat(ward.at("/properties/residents").asInt()).isEqualTo(13_294);
		assertThat(ward.at("/geometry/type").asText()).isEqualTo("MultiPolygon");
		assertThat(http.getForEntity(thurrock("/ogc/collections/wards/items/nope"), String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.getForEntity(thurrock("/ogc/collections/small-areas/items?bbox=1,2"), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void signedInClientsReadNeighbourhoodsWithTheirPosts() throws Exception {
		JsonNode page = get("/ogc/collections/neighbourhoods/items", "councillor");
		assertThat(page.get("numberMatched").asInt()).isEqualTo(17);
		List<String> posts = page.get("features").findValuesAsText("postStatus");
		assertThat(posts).contains("IN_POST", "VACANT");
	}

	private int allSmallAreas() {
		return jdbc.sql("SELECT count(*) FROM small_area WHERE authority_code = 'E06000034'")
			.query(Integer.class)
			.single();
	}

	private JsonNode get(String path, String user) throws Exception {
		var client = user == null ? http : http.withBasicAuth(user, PASSWORD);
		ResponseEntity<String> answer = client.getForEntity(path.contains("council=") ? url(path) : thurrock(path),
				String.class);
		assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		return json.readTree(answer.getBody());
	}

	private static List<String> ids(JsonNode collections) {
		return collections.get("collections").findValuesAsText("id");
	}

}
