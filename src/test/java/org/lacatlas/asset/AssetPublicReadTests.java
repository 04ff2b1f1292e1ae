package org.lacatlas.asset;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code lacatlas.assets.public-read=true} anyone may read published assets, and
 * nothing else: not proposed ones, not who added them, not the change log, no changes.
 */
@TestPropertySource(properties = "lacatlas.assets.public-read=true")
class AssetPublicReadTests extends AssetApiTest {

	static String thurrockPath(String path) {
		return path + (path.contains("?") ? "&" : "?") + "council=" + THURROCK;
	}

	@Test
	void anonymousReadersSeePublishedAssetsOnly() {
		String name = unique("Proposed bowls club");
		long proposed = create("coordinator", feature(name, "sports-leisure", 0.33, 51.48)).get("id").asLong();
		JsonNode search = getJson(null, thurrockPath("/api/assets?status=proposed,published&limit=500"));
		assertThat(search.findValuesAsText("status")).containsOnly("published");
		assertThat(search.get("features").get(0).get("properties").path("addedBy").isNull()).isTrue();
		assertThat(get(null, thurrockPath("/api/assets/" + proposed)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(getJson(null, thurrockPath("/api/assets/1")).at("/properties/status").asText())
			.isEqualTo("published");
		assertThat(getJson(null, thurrockPath("/api/assets/export/openreferral.json")).get("total_items").asInt())
			.isPositive();
		assertThat(getJson(null, thurrockPath("/api/assets/access?category=library")).get("areas")).hasSize(20);
	}

	@Test
	void anonymousReadersCannotSeeTheChangeLogOrChangeAnything() {
		assertThat(get(null, "/api/assets/1/changes").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		var create = call(null, HttpMethod.POST, "/api/assets", feature("Sneaky", "library", 0.33, 51.48), null);
		assertThat(create.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(get(null, "/api/me").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

}
