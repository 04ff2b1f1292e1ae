package org.lacatlas.asset;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Gaps in local opportunities: who lives far from the nearest asset of a category; map
 * clusters.
 */
class AssetAccessTests extends AssetApiTest {

	@Test
	void byWardEveryResidentIsCountedOnceAndSharesAreFractions() {
		JsonNode answer = getJson("councillor", "/api/assets/access?category=library&distance=1000&by=ward");
		JsonNode wards = answer.get("areas");
		assertThat(wards).hasSize(20);
		long residents = 0, residents65 = 0, libraries = 0;
		for (JsonNode ward : wards) {
			residents += ward.get("residents").asLong();
			residents65 += ward.get("residents65Plus").asLong();
			libraries += ward.get("assets").asLong();
			assertThat(ward.get("residentsBeyond").asLong()).isBetween(0L, ward.get("residents").asLong());
			assertThat(ward.get("shareBeyond").isNumber()).as("a share, even when nobody is beyond").isTrue();
			assertThat(ward.get("shareBeyond").asDouble()).isBetween(0.0, 1.0);
			assertThat(ward.get("share65PlusBeyond").asDouble()).isBetween(0.0, 1.0);
		}
		assertThat(residents).isEqualTo(176_003);
		assertThat(residents65).isEqualTo(23_848);
		assertThat(libraries).isBetween(9L, 10L);
		JsonNode borough = answer.get("borough").get(0);
		assertThat(borough.get("residents").asLong()).isEqualTo(176_003);
		assertThat(borough.get("assets").asLong()).isEqualTo(10);
		assertThat(borough.get("residentsBeyond").asLong()).isEqualTo(sum(wards, "residentsBeyond"))
			.isEqualTo(beyondInPostgis("library", 1000));
		assertThat(borough.get("assetsPer1000").asDouble()).isCloseTo(10 * 1000.0 / 176_003, within(0.001));
		assertThat(answer.get("residentsAt").asText()).contains("ST_PointOnSurface");
	}

	@Test
	void aLongerDistanceLeavesFewerResidentsBeyond() {
		long near = getJson("councillor", "/api/assets/access?category=lunch-club&distance=500&by=borough")
			.at("/areas/0/residentsBeyond")
			.asLong();
		long far = getJson("councillor", "/api/assets/access?category=lunch-club&distance=5000&by=borough")
			.at("/areas/0/residentsBeyond")
			.asLong();
		assertThat(far).isLessThan(near);
		assertThat(near).isEqualTo(beyondInPostgis("lunch-club", 500));
	}

	@Test
	void bySmallAreaGivesTheDistanceToTheNearestAsset() {
		JsonNode areas = getJson("councillor", "/api/assets/access?category=gp-surgery&by=small-area").get("areas");
		assertThat(areas).hasSize(100);
		for (JsonNode area : areas) {
			boolean beyond = area.get("beyond").asBoolean();
			assertThat(beyond).isEqualTo(area.get("nearestMetres").asDouble() > 1000);
		}
	}

	@Test
	void perCategoryCountsAreGivenForEachWard() {
		JsonNode grays = null;
		for (JsonNode ward : getJson("planner", "/api/assets/access").get("areas")) {
			if (ward.get("code").asText().equals("E05002235")) {
				grays = ward;
			}
		}
		assertThat(grays).isNotNull();
		assertThat(grays.at("/byCategory/gp-surgery").asInt()).isPositive();
		assertThat(grays.get("assets").asLong()).isGreaterThanOrEqualTo(grays.at("/byCategory/gp-surgery").asLong());
	}

	@Test
	void badAccessParametersAreNamed() {
		for (String bad : new String[] { "category=pub", "distance=5", "by=county" }) {
			var answer = get("councillor", "/api/assets/access?" + bad);
			assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(read(answer.getBody()).at("/errors/0/field").asText()).isEqualTo(bad.split("=")[0]);
		}
	}

	@Test
	void clustersCountEveryAssetInTheViewOnce() {
		String box = "0.19,51.43,0.57,51.58";
		long total = getJson("councillor", "/api/assets?bbox=" + box + "&limit=1").get("total").asLong();
		for (int zoom : new int[] { 10, 13, 17 }) {
			JsonNode clusters = getJson("councillor", "/api/assets/clusters?bbox=" + box + "&zoom=" + zoom);
			assertThat(sum(clusters.get("features"), "count")).as("zoom %d", zoom).isEqualTo(total);
		}
		JsonNode coarse = getJson("councillor", "/api/assets/clusters?bbox=" + box + "&zoom=10").get("features");
		JsonNode fine = getJson("councillor", "/api/assets/clusters?bbox=" + box + "&zoom=17").get("features");
		assertThat(coarse.size()).isLessThan(fine.size());
		JsonNode single = null;
		for (JsonNode f : fine) {
			if (f.at("/properties/count").asInt() == 1) {
				single = f;
			}
		}
		assertThat(single.at("/properties/members/0/name").asText()).isNotBlank();
		assertThat(single.at("/properties/bbox/0").asDouble())
			.isCloseTo(single.at("/geometry/coordinates/0").asDouble(), within(0.00001));
		assertThat(get("councillor", "/api/assets/clusters?zoom=12").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	private static long sum(JsonNode rows, String field) {
		long sum = 0;
		for (JsonNode row : rows) {
			sum += row.has("properties") ? row.at("/properties/" + field).asLong() : row.get(field).asLong();
		}
		return sum;
	}

	/**
	 * Residents whose small area's point on surface is farther than the distance from
	 * every such asset.
	 */
	private long beyondInPostgis(String category, double metres) {
		return jdbc.sql("""
				SELECT coalesce(sum(s.residents), 0) FROM small_area s
				WHERE s.authority_code = 'E06000034' AND NOT EXISTS (SELECT 1 FROM asset a
					WHERE a.authority_code = s.authority_code AND a.category = :category AND a.status = 'published'
					AND ST_DWithin(a.geom, ST_PointOnSurface(s.geom), :metres))
				""").param("category", category).param("metres", metres).query(Long.class).single();
	}

}
