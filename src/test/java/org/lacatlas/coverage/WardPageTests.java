package org.lacatlas.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** A councillor's view of one ward, recomputed in SQL from the base tables. */
class WardPageTests extends IntegrationTest {

	private static final String OCKENDON = "E05002239";

	/** Most of South Ockendon's patch lies in Belhus by best-fit ward. */
	private static final String BELHUS = "E05002230";

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	@Test
	void councillorSeesWhichPostsCoverTheWardAndHowMuch() throws Exception {
		ResponseEntity<String> answer = http.withBasicAuth("councillor", PASSWORD)
			.getForEntity(url("/api/wards/" + BELHUS + "/coverage"), String.class);
		assertThat(answer.getStatusCode().value()).isEqualTo(200);
		JsonNode ward = json.readTree(answer.getBody());
		long residents = jdbc.sql("SELECT sum(residents) FROM small_area WHERE ward_code = :w")
			.param("w", BELHUS)
			.query(Long.class)
			.single();
		assertThat(ward.get("coverage").get("residents").asLong()).isEqualTo(residents);
		assertThat(ward.get("posts")).isNotEmpty();
		for (JsonNode post : ward.get("posts")) {
			long expected = jdbc.sql("""
					SELECT coalesce(sum(s.residents), 0) FROM small_area s
					JOIN neighbourhood_area na ON na.small_area_code = s.code
					JOIN coordinator_post p ON p.neighbourhood_id = na.neighbourhood_id
					WHERE s.ward_code = :w AND p.name = :post
					""").param("w", BELHUS).param("post", post.get("name").asText()).query(Long.class).single();
			assertThat(post.get("residentsInWard").asLong()).as(post.get("name").asText()).isEqualTo(expected);
		}
		long covered = jdbc.sql("""
				SELECT coalesce(sum(s.residents), 0) FROM small_area s
				JOIN neighbourhood_area na ON na.small_area_code = s.code
				JOIN coordinator_post p ON p.neighbourhood_id = na.neighbourhood_id AND p.status = 'IN_POST'
				WHERE s.ward_code = :w
				""").param("w", BELHUS).query(Long.class).single();
		assertThat(ward.get("coverage").get("residentsCovered").asLong()).isEqualTo(covered);
		assertThat(ward.get("summary").get(0).asText()).isEqualTo(String.format(java.util.Locale.UK,
				"South Ockendon's coordinator covers %d %% of Belhus's %,d residents.",
				Math.round(100.0 * covered / residents), residents));
		assertThat(ward.get("assets")).isNotNull();
	}

	@Test
	void aWardsGapsAreItsOwnNamedAfterItAndRankedOutOfTheBoroughsGaps() throws Exception {
		JsonNode all = json.readTree(http.withBasicAuth("planner", PASSWORD)
			.getForEntity(url("/api/coverage/gaps"), String.class)
			.getBody());
		String ward = jdbc.sql("""
				SELECT s.ward_code FROM small_area s WHERE s.code = :c
				""").param("c", all.at("/0/smallAreas/0").asText()).query(String.class).single();
		JsonNode page = json.readTree(http.withBasicAuth("councillor", PASSWORD)
			.getForEntity(url("/api/wards/" + ward + "/coverage"), String.class)
			.getBody());
		JsonNode gaps = page.get("gaps");
		assertThat(gaps).isNotEmpty();
		for (JsonNode gap : gaps) {
			assertThat(gap.get("name").asText()).startsWith(page.get("name").asText());
			assertThat(gap.get("outOf").asInt()).isEqualTo(all.size());
			assertThat(gap.get("residentsInWard").asLong()).isEqualTo(gap.get("residents").asLong());
		}
		assertThat(gaps.get(0).get("rank").asInt()).isEqualTo(1);
		assertThat(page.get("summary").toString()).contains("ranked 1 of the borough's " + all.size() + " gaps");
	}

	@Test
	void unknownWardIs404AndThePageIsServedAtItsShareableAddress() {
		assertThat(http.withBasicAuth("councillor", PASSWORD)
			.getForEntity(url("/api/wards/E05999999/coverage"), String.class)
			.getStatusCode()
			.value()).isEqualTo(404);
		ResponseEntity<String> page = http.getForEntity(url("/wards/" + OCKENDON), String.class);
		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).contains("ward-summary");
	}

}
