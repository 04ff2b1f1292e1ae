package org.lacatlas.introduction;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacatlas.introduction.IntroductionFixtures.introduction;
import static org.lacatlas.introduction.IntroductionFixtures.sector;

/**
 * Adversarial: probes of identifiers and ETags (issue 14). An id answered on recording
 * was the count of introductions stored, and the density-tile ETag moved by 2 with each
 * recording. Now ids are random UUIDs and nothing in an answer or an ETag counts
 * anything; the ETag changes when a release is made, never when an introduction is
 * recorded.
 */
class IntroductionIdentifierProbeTests extends IntroductionTest {

	static final String TILE = "/tiles/introduction-density/12/2051/1361.mvt?cellSize=500";

	@Test
	void idsAreRandomAndAnswersHoldNoNumberThatCounts() {
		String stored = String.valueOf(fixtures.introductions());
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			var answer = fixtures.post("coordinator",
					introduction("2012-09-0" + (i + 1), "OTHER", 1, "65-74", "\"OLDER_PERSON\"", sector("RM17 6")));
			JsonNode body = fixtures.read(answer.getBody());
			ids.add(UUID.fromString(body.get("id").asText()));
			// no number anywhere in the answer: a month, names, a flag
			assertThat(body.findValues("introductions")).isEmpty();
			body.elements().forEachRemaining(value -> assertThat(value.isNumber()).as(answer.getBody()).isFalse());
			body.get("countedIn").elements().forEachRemaining(value -> assertThat(value.isNumber()).isFalse());
			assertThat(answer.getBody()).doesNotContain(stored);
		}
		assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.version() == 4 && id.variant() == 2);
		// consecutive ids share no counting prefix
		assertThat(ids.stream().map(id -> id.toString().substring(0, 8)).distinct()).hasSize(5);
		var imported = fixtures.read(fixtures.importCsv("coordinator", """
				date,source,level,ageBand,needs,sector
				2012-09-10,OTHER,1,65-74,OLDER_PERSON,RM17 6
				2012-09-11,OTHER,1,65-74,OLDER_PERSON,RM17 6
				""").getBody());
		assertThat(UUID.fromString(imported.get("batch").asText()).version()).isEqualTo(4);
		assertThat(imported.get("ids")).hasSize(2);
		// the internal sequence is never shown
		long internal = jdbc.sql("SELECT max(id) FROM introduction").query(Long.class).single();
		assertThat(imported.toString()).doesNotContain(String.valueOf(internal));
	}

	@Test
	void refusalsCountNothing() {
		String stored = String.valueOf(fixtures.introductions());
		var refused = fixtures.post("coordinator",
				introduction("2012-09-01", "OTHER", 3, "65-74", "\"OLDER_PERSON\"", sector("RM99 9")));
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody()).doesNotContain(stored).doesNotContainPattern("\"id\"\\s*:\\s*\\d");
	}

	@Test
	void theDensityTileEtagIsOpaqueAndMovesOnlyWithAReleaseNotWithARecording() {
		String first = fixtures.getBytes("councillor", TILE).getHeaders().getETag();
		assertThat(first).matches("\"introduction-density-[0-9a-f]{20}-12-2051-1361\"");
		String versions = jdbc.sql("SELECT string_agg(version::text, '.' ORDER BY topic) FROM data_version")
			.query(String.class)
			.single();
		for (String version : versions.split("\\.")) {
			assertThat(first.replace("-12-2051-1361", "")).doesNotContain("-" + version + "-");
		}
		for (int i = 0; i < 4; i++) {
			fixtures.post("coordinator",
					introduction("2012-10-01", "OTHER", 1, "65-74", "\"OLDER_PERSON\"", sector("RM17 6")));
			assertThat(fixtures.getBytes("councillor", TILE).getHeaders().getETag()).isEqualTo(first);
		}
		fixtures.releaseOpenMonth();
		// the default period now ends with the new release: a new ETag, just as opaque
		String released = fixtures.getBytes("councillor", TILE).getHeaders().getETag();
		assertThat(released).isNotEqualTo(first).matches("\"introduction-density-[0-9a-f]{20}-12-2051-1361\"");
		// and stays until the next release
		fixtures.post("coordinator",
				introduction("2012-10-02", "OTHER", 1, "65-74", "\"OLDER_PERSON\"", sector("RM17 6")));
		assertThat(fixtures.getBytes("councillor", TILE).getHeaders().getETag()).isEqualTo(released);
	}

}
