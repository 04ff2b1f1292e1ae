package org.lacatlas.coverage;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage of Thurrock 2013 (the demo), recomputed independently in SQL from the base
 * tables.
 */
class CoverageTests extends IntegrationTest {

	private static final String COVERED_AREAS = """
			SELECT s.* FROM small_area s
			JOIN neighbourhood_area na ON na.small_area_code = s.code
			JOIN coordinator_post p ON p.neighbourhood_id = na.neighbourhood_id AND p.status = 'IN_POST'
			WHERE s.authority_code = 'E06000034'
			""";

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	@Test
	void boroughCoverageIsResidentsInNeighbourhoodsWithACoordinatorInPost() throws Exception {
		JsonNode borough = coverage().get("borough");
		long covered = jdbc.sql("SELECT sum(residents) FROM (" + COVERED_AREAS + ") c").query(Long.class).single();
		long older = jdbc.sql("SELECT sum(residents_65_plus) FROM (" + COVERED_AREAS + ") c")
			.query(Long.class)
			.single();
		assertThat(borough.get("residents").asLong()).isEqualTo(176_003);
		assertThat(borough.get("residentsCovered").asLong()).isEqualTo(covered).isBetween(24_000L, 36_000L);
		assertThat(borough.get("residents65PlusCovered").asLong()).isEqualTo(older);
		assertThat(borough.get("share").asDouble()).isCloseTo(covered / 176_003.0,
				org.assertj.core.data.Offset.offset(0.001));
	}

	@Test
	void aCoordinatorTakingUpAVacantPostChangesTheNextReport() throws Exception {
		long before = coverage().get("borough").get("residentsCovered").asLong();
		long vacant = jdbc.sql(
				"SELECT id FROM coordinator_post WHERE status = 'VACANT' AND authority_code = 'E06000034' ORDER BY id LIMIT 1")
			.query(Long.class)
			.single();
		long gained = jdbc.sql("""
				SELECT sum(s.residents) FROM coordinator_post p
				JOIN neighbourhood_area na ON na.neighbourhood_id = p.neighbourhood_id
				JOIN small_area s ON s.code = na.small_area_code WHERE p.id = :id
				""").param("id", vacant).query(Long.class).single();
		jdbc.sql("UPDATE coordinator_post SET status = 'IN_POST' WHERE id = :id").param("id", vacant).update();
		try {
			assertThat(coverage().get("borough").get("residentsCovered").asLong()).isEqualTo(before + gained);
		}
		finally {
			jdbc.sql("UPDATE coordinator_post SET status = 'VACANT' WHERE id = :id").param("id", vacant).update();
		}
		assertThat(coverage().get("borough").get("residentsCovered").asLong()).isEqualTo(before);
	}

	@Test
	void introductionsAndAssetsAreCountedAndIntroductionsNeverPublishASmallNumber() throws Exception {
		JsonNode report = coverage();
		JsonNode borough = report.get("borough");
		// every released month, from the releases' aggregates
		double raw = jdbc.sql("""
				SELECT coalesce(sum(introductions), 0) FROM introduction_release_area WHERE authority_code = 'E06000034'
				""").query(Double.class).single();
		long published = borough.get("introductions").asLong();
		assertThat(raw).isGreaterThan(50);
		assertThat(published % 5).isZero();
		assertThat((double) published).isCloseTo(raw, org.assertj.core.data.Offset.offset(5.0));
		long assets = jdbc.sql("""
				SELECT count(*) FROM asset a WHERE a.status = 'published' AND a.authority_code = 'E06000034'
					AND EXISTS (SELECT 1 FROM small_area s WHERE s.authority_code = a.authority_code
						AND ST_Intersects(s.geom, a.geom))
				""").query(Long.class).single();
		assertThat(borough.get("assets").asLong()).isEqualTo(assets);
		for (JsonNode line : report.findParents("introductionsCovered")) {
			for (String field : List.of("introductions", "introductionsCovered")) {
				JsonNode value = line.get(field);
				if (value.isNumber()) {
					assertThat(value.asLong() == 0 || value.asLong() >= 5).as(line.get("name") + " " + field).isTrue();
					assertThat(value.asLong() % 5).isZero();
				}
				else {
					assertThat(value.asText()).isEqualTo("<5");
				}
			}
		}
	}

	@Test
	void eachWardsCoverageIsRecomputedFromItsBestFitSmallAreas() throws Exception {
		Map<String, Long> expected = new java.util.HashMap<>();
		jdbc.sql("SELECT c.ward_code, sum(c.residents) FROM (" + COVERED_AREAS + ") c GROUP BY c.ward_code")
			.query((rs, n) -> expected.put(rs.getString(1), rs.getLong(2)))
			.list();
		JsonNode wards = coverage().get("wards");
		assertThat(wards).hasSize(20);
		for (JsonNode ward : wards) {
			assertThat(ward.get("residentsCovered").asLong()).as(ward.get("name").asText())
				.isEqualTo(expected.getOrDefault(ward.get("code").asText(), 0L));
		}
	}

	@Test
	void gapsAreMaximalConnectedGroupsOfUncoveredAreasWithinAWardRankedByNeed() throws Exception {
		JsonNode gaps = json.readTree(get("/api/coverage/gaps").getBody());
		Set<String> inGaps = new HashSet<>();
		double previous = Double.MAX_VALUE;
		for (JsonNode gap : gaps) {
			assertThat(gap.get("need").asDouble()).isLessThanOrEqualTo(previous);
			previous = gap.get("need").asDouble();
			gap.get("smallAreas").forEach(a -> assertThat(inGaps.add(a.asText())).isTrue());
		}
		Set<String> uncovered = new HashSet<>(jdbc
			.sql("SELECT code FROM small_area WHERE authority_code = 'E06000034' AND code NOT IN (SELECT code FROM ("
					+ COVERED_AREAS + ") c)")
			.query(String.class)
			.list());
		assertThat(inGaps).isEqualTo(uncovered);
		// maximal: no two gaps of one ward share a boundary
		int adjacentAcrossGaps = 0;
		for (JsonNode a : gaps) {
			for (JsonNode b : gaps) {
				if (a.get("rank").asInt() < b.get("rank").asInt() && a.get("wards").equals(b.get("wards"))) {
					adjacentAcrossGaps += jdbc.sql("""
							SELECT count(*) FROM small_area_adjacency
							WHERE small_area_code = ANY(:a) AND neighbour_code = ANY(:b)
							""").param("a", codes(a)).param("b", codes(b)).query(Integer.class).single();
				}
			}
		}
		assertThat(adjacentAcrossGaps).isZero();
	}

	@Test
	void noGapSpansTwoWardsAndEachIsNamedAfterItsWard() throws Exception {
		JsonNode gaps = json.readTree(get("/api/coverage/gaps").getBody());
		assertThat(gaps.size()).isGreaterThan(5);
		Set<String> names = new HashSet<>();
		for (JsonNode gap : gaps) {
			List<String> wards = jdbc.sql("SELECT DISTINCT ward_code FROM small_area WHERE code = ANY(:c)")
				.param("c", codes(gap))
				.query(String.class)
				.list();
			assertThat(wards).as(gap.get("name").asText()).hasSize(1);
			assertThat(gap.get("wards")).hasSize(1);
			assertThat(gap.at("/wards/0").asText()).isEqualTo(wards.get(0));
			String ward = jdbc.sql("SELECT name FROM ward WHERE code = :w")
				.param("w", wards.get(0))
				.query(String.class)
				.single();
			assertThat(gap.get("name").asText())
				.matches(java.util.regex.Pattern.quote(ward) + "( \\(\\d+ of \\d+\\))?");
			assertThat(names.add(gap.get("name").asText())).isTrue();
		}
		assertThat(gaps.get(0).get("need").asDouble()).isGreaterThan(gaps.get(gaps.size() - 1).get("need").asDouble());
	}

	@Test
	void gapsCarryTheirOutOfAreaIntroductionsAndAssets() throws Exception {
		JsonNode gaps = json.readTree(get("/api/coverage/gaps").getBody());
		JsonNode borough = coverage().get("borough");
		long assetsInGaps = 0;
		for (JsonNode gap : gaps) {
			JsonNode introductions = gap.get("introductions");
			assertThat(introductions.isNumber() ? introductions.asLong() % 5 == 0 : introductions.asText().equals("<5"))
				.as("gap %s introductions %s", gap.get("rank"), introductions)
				.isTrue();
			assetsInGaps += gap.get("assets").asLong();
		}
		assertThat(assetsInGaps + borough.get("assetsCovered").asLong()).isEqualTo(borough.get("assets").asLong());
	}

	@Test
	void needWeightsChangeTheRankingAndBadWeightsAreRefused() throws Exception {
		JsonNode olderOnly = json.readTree(get("/api/coverage/gaps?residents=0&olderPeople=1&deprivation=0").getBody());
		long older = olderOnly.get(0).get("residents65Plus").asLong();
		for (JsonNode gap : olderOnly) {
			assertThat(gap.get("residents65Plus").asLong()).isLessThanOrEqualTo(older);
		}
		assertThat(get("/api/coverage/gaps?residents=0&olderPeople=0&deprivation=0").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	private JsonNode coverage() throws Exception {
		return json.readTree(get("/api/coverage").getBody());
	}

	private org.springframework.http.ResponseEntity<String> get(String path) {
		return http.withBasicAuth("councillor", PASSWORD).getForEntity(url(path), String.class);
	}

	private static String[] codes(JsonNode gap) {
		List<String> codes = new java.util.ArrayList<>();
		gap.get("smallAreas").forEach(a -> codes.add(a.asText()));
		return codes.toArray(String[]::new);
	}

}
