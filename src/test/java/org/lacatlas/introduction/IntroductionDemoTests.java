package org.lacatlas.introduction;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The demo's synthetic introductions: the 2013 evaluation's table, stored exactly and
 * published through disclosure control, and a history denser where people are older or
 * more deprived.
 */
class IntroductionDemoTests extends IntegrationTest {

	static final String EVALUATION = "introduced_on BETWEEN '2013-06-01' AND '2013-09-30'";

	@Autowired
	TestRestTemplate http;

	@Autowired
	ApplicationContext context;

	IntroductionFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new IntroductionFixtures(http, jdbc, this::url, context);
	}

	@Test
	void theStoredIntroductionsReproduceTheEvaluationsTableByPatch() {
		Map<String, Double> raw = new HashMap<>();
		jdbc.sql(
				"""
						SELECT coalesce(cp.name, CASE WHEN p.worked_with_out_of_area THEN 'worked with' ELSE 'not allocated' END),
							count(*)
						FROM introduction_place p LEFT JOIN coordinator_post cp ON cp.id = p.post_id
						WHERE p."""
						+ EVALUATION + " GROUP BY 1")
			.query((rs, n) -> raw.put(rs.getString(1), rs.getDouble(2)))
			.list();
		assertThat(raw.get("Stanford-le-Hope and Corringham")).isCloseTo(13, within(1e-9));
		assertThat(raw.get("Grays Riverside")).isCloseTo(17, within(1e-9));
		assertThat(raw.get("South Ockendon")).isCloseTo(15, within(1e-9));
		assertThat(raw).doesNotContainKey("Purfleet");
		assertThat(raw.get("not allocated")).isCloseTo(3, within(1e-9));
		assertThat(raw.get("worked with")).isCloseTo(5, within(1e-9));
		assertThat(count("SELECT count(*) FROM introduction WHERE " + EVALUATION)).isEqualTo(53);
		assertThat(count("SELECT count(*) FROM introduction WHERE " + EVALUATION + " AND NOT synthetic")).isZero();
	}

	/**
	 * Published: counts of at least 5 are rounded to a multiple of 5 (13 to 10 or 15, 17
	 * to 15 or 20), multiples of 5 stay (15, 5), 0 stays 0, and 3 is "&lt;5".
	 */
	@Test
	void theMapsSummaryByPatchPublishesTheTableThroughDisclosureControl() {
		JsonNode summary = fixtures.getJson("councillor",
				"/api/introductions/summary?by=patch&from=2013-06&to=2013-09");
		Map<String, JsonNode> rows = new HashMap<>();
		summary.get("rows").forEach(row -> rows.put(row.get("label").asText(), row.get("introductions")));
		assertThat(rows.get("Stanford-le-Hope and Corringham").asLong()).isIn(10L, 15L);
		assertThat(rows.get("Grays Riverside").asLong()).isIn(15L, 20L);
		// with the demo's seeded record keys, exactly as the README says
		assertThat(rows.get("Stanford-le-Hope and Corringham").asLong()).isEqualTo(15);
		assertThat(rows.get("Grays Riverside").asLong()).isEqualTo(15);
		assertThat(rows.get("South Ockendon").asLong()).isEqualTo(15);
		assertThat(rows.get("Purfleet").asLong()).isZero();
		assertThat(rows.get("Purfleet").isNumber()).isTrue();
		assertThat(rows.get("Out of area, not allocated").asText()).isEqualTo("<5");
		assertThat(rows.get("Out of area, worked with").asLong()).isEqualTo(5);
		assertThat(summary.at("/total/introductions").asLong()).isIn(50L, 55L);
		assertThat(summary.get("synthetic").asBoolean()).isTrue();
	}

	/**
	 * The months June to September 2013 were released once, at the demo's first start:
	 * their aggregates, which every published figure is made from and which outlive the
	 * introductions under the retention rule, hold the table exactly.
	 */
	@Test
	void theReleasedAggregatesHoldTheEvaluationsTableExactly() {
		Map<String, Long> released = new HashMap<>();
		jdbc.sql(
				"""
						SELECT coalesce(cp.name, CASE WHEN r.worked_with_out_of_area THEN 'worked with' ELSE 'not allocated' END),
							sum(r.introductions)
						FROM introduction_release_place r LEFT JOIN coordinator_post cp ON cp.id = r.post_id
						WHERE r.month BETWEEN '2013-06-01' AND '2013-09-01' GROUP BY 1
						""")
			.query((rs, n) -> released.put(rs.getString(1), rs.getLong(2)))
			.list();
		assertThat(released).containsExactlyInAnyOrderEntriesOf(Map.of("Stanford-le-Hope and Corringham", 13L,
				"Grays Riverside", 17L, "South Ockendon", 15L, "not allocated", 3L, "worked with", 5L));
		assertThat(count("SELECT count(*) FROM introduction_release WHERE month BETWEEN '2013-06-01' AND '2013-09-01'"
				+ " AND synthetic AND records_held"))
			.isEqualTo(4);
	}

	@Test
	void levelsAgesAndNeedsAreTheReportsShares() {
		String supported = "FROM introduction_place p JOIN introduction i ON i.id = p.introduction_id WHERE p."
				+ EVALUATION + " AND (p.post_id IS NOT NULL OR i.worked_with_out_of_area)";
		assertThat(count("SELECT count(DISTINCT i.id) " + supported)).isEqualTo(50);
		assertThat(count("SELECT count(DISTINCT i.id) " + supported + " AND i.support_level = 2")).isEqualTo(15);
		Map<String, Long> needs = new HashMap<>();
		jdbc.sql("SELECT need, count(DISTINCT i.id) FROM (SELECT DISTINCT i.id, i.needs " + supported
				+ ") i, unnest(i.needs) need GROUP BY need")
			.query((rs, n) -> needs.put(rs.getString(1), rs.getLong(2)))
			.list();
		long mentions = needs.values().stream().mapToLong(Long::longValue).sum();
		Map<String, Long> percent = new HashMap<>();
		needs.forEach((need, n) -> percent.put(need, Math.round(100.0 * n / mentions)));
		assertThat(percent).containsEntry("LEARNING_DISABILITY", 8L)
			.containsEntry("MENTAL_HEALTH", 10L)
			.containsEntry("OLDER_PERSON", 53L)
			.containsEntry("PHYSICAL_DISABILITY", 18L)
			.containsEntry("SENSORY_IMPAIRMENT", 8L)
			.containsEntry("OTHER", 3L);
		assertThat(
				jdbc.sql("SELECT DISTINCT age_band FROM introduction WHERE " + EVALUATION).query(String.class).list())
			.contains("25-44", "85+")
			.doesNotContain("18-24");
	}

	@Test
	void aSyntheticHistoryIsDenserWhereResidentsAreOlderOrMoreDeprived() {
		assertThat(count("SELECT count(*) FROM introduction WHERE introduced_on >= '2013-10-01' AND synthetic"))
			.isBetween(2000, 5000);
		double deprived = rate("s.imd_decile <= 3"), affluent = rate("s.imd_decile >= 8");
		assertThat(deprived).isGreaterThan(1.5 * affluent);
		assertThat(
				jdbc.sql("SELECT DISTINCT note FROM introduction_batch WHERE kind = 'DEMO'").query(String.class).list())
			.hasSize(2)
			.allMatch(note -> note.startsWith("Synthetic, not real people"));
	}

	private double rate(String where) {
		return jdbc.sql("""
				SELECT count(*)::float8 / (SELECT sum(residents) FROM small_area s WHERE %s)
				FROM introduction_place p JOIN small_area s ON s.code = p.small_area_code
				WHERE p.introduced_on >= '2013-10-01' AND %s
				""".formatted(where, where)).query(Double.class).single();
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

}
