package org.lacatlas.asset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Finding assets: the seeded Thurrock assets, distance, text, ward, box, paging, who sees
 * what.
 */
class AssetSearchTests extends AssetApiTest {

	@Test
	void theRealThurrockAssetsAreSeededOnceAndPublishedWithTheirAttribution() {
		assertThat(jdbc.sql("SELECT count(*) FROM asset WHERE added_by = 'seed' AND authority_code = 'E06000034'")
			.query(Long.class)
			.single()).isEqualTo(226);
		assertThat(jdbc.sql(
				"SELECT count(*) FROM asset_change c JOIN asset a ON a.id = c.asset_id WHERE c.action = 'seed' AND a.authority_code = 'E06000034'")
			.query(Long.class)
			.single()).isEqualTo(226);
		JsonNode libraries = getJson("councillor", "/api/assets?category=library&limit=50");
		assertThat(libraries.get("total").asInt()).isEqualTo(10);
		assertThat(libraries.get("attribution").asText()).contains("Open Government Licence v3.0");
		JsonNode aveley = libraries.get("features").get(0);
		assertThat(aveley.get("id").asLong()).isPositive();
		assertThat(aveley.at("/properties/name").asText()).isEqualTo("Aveley Library within Aveley Community Hub");
		assertThat(aveley.at("/properties/status").asText()).isEqualTo("published");
		assertThat(aveley.at("/properties/source").asText()).startsWith("Arts Council England");
		assertThat(aveley.at("/properties/tags/0").asText()).isEqualTo("library with community hub");
		assertThat(aveley.at("/properties/version").asInt()).isPositive();
		assertThat(aveley.at("/geometry/coordinates/0").asDouble()).isCloseTo(0.254628, within(0.00005));
	}

	@Test
	void nearAPointInGraysReturnsTheSurgeriesWithinTheRadiusNearestFirst() {
		JsonNode answer = getJson("coordinator",
				"/api/assets?near=" + GRAYS_LON + "," + GRAYS_LAT + "&radius=1000&category=gp-surgery");
		// The same question asked of PostGIS directly.
		List<Map<String, Object>> expected = jdbc.sql("""
				SELECT id, ST_Distance(geom, ST_Transform(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), 27700)) AS d
				FROM asset WHERE category = 'gp-surgery' AND status = 'published'
					AND ST_Distance(geom, ST_Transform(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), 27700)) <= 1000
				ORDER BY d
				""").param("lon", GRAYS_LON).param("lat", GRAYS_LAT).query().listOfRows();
		JsonNode features = answer.get("features");
		assertThat(expected).hasSizeGreaterThanOrEqualTo(4);
		assertThat(features).hasSize(expected.size());
		assertThat(answer.get("total").asInt()).isEqualTo(expected.size());
		List<String> names = new ArrayList<>();
		for (int i = 0; i < expected.size(); i++) {
			JsonNode f = features.get(i);
			assertThat(f.get("id").asLong()).isEqualTo(((Number) expected.get(i).get("id")).longValue());
			assertThat(f.at("/properties/distance").asDouble())
				.isCloseTo(((Number) expected.get(i).get("d")).doubleValue(), within(0.051));
			assertThat(f.at("/properties/category").asText()).isEqualTo("gp-surgery");
			names.add(f.at("/properties/name").asText());
		}
		assertThat(names).contains("Thurrock Health Centre", "Milton Road And The Grays Surgery");
	}

	@Test
	void nearWithoutARadiusOrdersEverythingByDistance() {
		JsonNode answer = getJson("planner", "/api/assets?near=" + GRAYS_LON + "," + GRAYS_LAT + "&limit=20");
		double previous = -1;
		for (JsonNode f : answer.get("features")) {
			assertThat(f.at("/properties/distance").asDouble()).isGreaterThanOrEqualTo(previous);
			previous = f.at("/properties/distance").asDouble();
		}
		assertThat(answer.get("total").asInt()).isGreaterThanOrEqualTo(226);
	}

	@Test
	void fullTextSearchMatchesWordPrefixesInNamesTagsAndDescriptions() {
		JsonNode answer = getJson("councillor", "/api/assets?q=pharm&limit=500");
		assertThat(answer.get("total").asInt()).isGreaterThanOrEqualTo(29);
		JsonNode hub = getJson("councillor", "/api/assets?q=community hub");
		assertThat(hub.get("features").findValuesAsText("name")).contains("Aveley Community Hub",
				"Aveley Library within Aveley Community Hub");
		assertThat(getJson("councillor", "/api/assets?q=\"');drop table").get("total").asInt()).isZero();
	}

	@Test
	void neighbourhoodFilterKeepsExactlyTheAssetsInsideItsOutline() {
		long id = jdbc.sql("SELECT id FROM neighbourhood ORDER BY name LIMIT 1").query(Long.class).single();
		List<Long> expected = jdbc.sql("""
				SELECT a.id FROM asset a JOIN neighbourhood n ON n.id = :n AND ST_Intersects(n.outline, a.geom)
				WHERE a.status = 'published' ORDER BY a.id
				""").param("n", id).query(Long.class).list();
		JsonNode found = getJson("planner", "/api/assets?status=published&limit=500&neighbourhood=" + id);
		List<Long> ids = new ArrayList<>();
		found.get("features").forEach(f -> ids.add(f.at("/properties/id").asLong()));
		assertThat(expected).isNotEmpty();
		assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void wardAndBoxFiltersKeepOnlyAssetsInside() {
		JsonNode riverside = getJson("councillor", "/api/assets?ward=E05002235&limit=500");
		assertThat(riverside.get("total").asInt()).isPositive();
		for (JsonNode f : riverside.get("features")) {
			assertThat(f.at("/properties/wardCode").asText()).isEqualTo("E05002235");
			assertThat(f.at("/properties/wardName").asText()).isEqualTo("Grays Riverside");
		}
		JsonNode box = getJson("councillor", "/api/assets?bbox=0.31,51.47,0.33,51.48&limit=500");
		assertThat(box.get("total").asInt()).isPositive();
		for (JsonNode f : box.get("features")) {
			assertThat(f.at("/geometry/coordinates/0").asDouble()).isBetween(0.3095, 0.3305);
			assertThat(f.at("/geometry/coordinates/1").asDouble()).isBetween(51.4695, 51.4805);
		}
	}

	@Test
	void pagesCarryTheTotalAndALinkToTheNext() {
		JsonNode first = getJson("councillor", "/api/assets?category=school&limit=20");
		assertThat(first.get("total").asInt()).isEqualTo(54);
		assertThat(first.get("features")).hasSize(20);
		String next = first.get("next").asText();
		assertThat(next).contains("offset=20").contains("category=school").contains("limit=20");
		JsonNode second = getJson("councillor", next.substring(next.indexOf("/api/")));
		assertThat(second.get("offset").asInt()).isEqualTo(20);
		assertThat(second.get("features").get(0).get("id")).isNotEqualTo(first.get("features").get(0).get("id"));
		JsonNode last = getJson("councillor", "/api/assets?category=school&limit=20&offset=40");
		assertThat(last.get("features")).hasSize(14);
		assertThat(last.has("next")).isFalse();
	}

	@Test
	void searchesAreGeoJsonAndBadParametersAreNamed() {
		var answer = get("councillor", "/api/assets?category=library");
		assertThat(answer.getHeaders().getContentType()).hasToString("application/geo+json");
		Map<String, String> faults = Map.of("limit=501", "limit", "category=pubs", "category", "status=gone", "status",
				"near=0.3", "near", "radius=5", "radius", "bbox=1,2,3", "bbox", "ward=E05999999", "ward", "offset=-1",
				"offset", "near=200,51&radius=10", "near");
		faults.forEach((bad, field) -> {
			var refused = get("councillor", "/api/assets?" + bad);
			assertThat(refused.getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(read(refused.getBody()).at("/errors/0/field").asText()).as(bad).isEqualTo(field);
			assertThat(read(refused.getBody()).get("detail").asText()).as(bad).startsWith(field + ":");
		});
	}

	@Test
	void coordinatorsSeeTheirOwnProposedAssetsButNotOthers() {
		JsonNode mine = create("coordinator", feature(unique("Knit and natter"), "social-group", 0.33, 51.48));
		JsonNode planners = create("planner",
				feature(unique("Draft hub"), "community-centre", 0.33, 51.48, Map.of("status", "proposed")));
		long mineId = mine.get("id").asLong(), plannersId = planners.get("id").asLong();
		assertThat(get("coordinator", "/api/assets/" + mineId).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(get("coordinator", "/api/assets/" + plannersId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get("councillor", "/api/assets/" + mineId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get("planner", "/api/assets/" + mineId).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(get("admin", "/api/assets/" + plannersId).getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode proposed = getJson("councillor", "/api/assets?status=proposed&limit=500");
		assertThat(proposed.get("total").asInt()).isZero();
	}

}
