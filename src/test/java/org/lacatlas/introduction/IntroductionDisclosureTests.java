package org.lacatlas.introduction;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lacatlas.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacatlas.introduction.IntroductionFixtures.cell;
import static org.lacatlas.introduction.IntroductionFixtures.introduction;

/**
 * Adversarial: introductions arranged (dated 2012, recorded now, so counted in the next
 * two releases) so that a neighbourhood, a source, a level, an age band, a need and some
 * hexagons hold 1 to 4. No endpoint or export publishes a number from 1 to 4, and the
 * differences an attacker would try — a ward minus its neighbourhoods, two overlapping
 * periods one introduction apart, a filter and its complement — reveal none of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntroductionDisclosureTests extends IntegrationTest {

	static final List<String> BREAKDOWNS = List.of("ward", "neighbourhood", "patch", "source", "level", "ageBand",
			"need");

	/**
	 * The release that counts the first ten (dated January to March 2012, recorded now),
	 * the next one with one more, and both.
	 */
	String Q1, Q1_AND_APRIL, APRIL;

	@Autowired
	TestRestTemplate http;

	@Autowired
	ApplicationContext context;

	IntroductionFixtures fixtures;

	/** Ward W holds small areas A1 (neighbourhood N1) and A2 (neighbourhood N2). */
	String ward, n1, n2;

	@BeforeAll
	void arrange() {
		fixtures = new IntroductionFixtures(http, jdbc, this::url, context);
		fixtures.deleteTestIntroductions();
		String[] pair = pairInOneWardAcrossTwoNeighbourhoods();
		var a1 = fixtures.cellsWhollyIn(pair[0]);
		var a2 = fixtures.cellsWhollyIn(pair[1]);
		ward = jdbc.sql("SELECT ward_code FROM small_area WHERE code = :c")
			.param("c", pair[0])
			.query(String.class)
			.single();
		n1 = neighbourhoodOf(pair[0]);
		n2 = neighbourhoodOf(pair[1]);
		StringBuilder csv = new StringBuilder("date,source,level,ageBand,needs,gridSize,gridEasting,gridNorthing\n");
		// January to March: 7 in A1 (one from a councillor, two on level 2, one aged
		// 18-24,
		// one a carer), 3 in A2.
		for (int i = 0; i < 7; i++) {
			var c = a1.get(i % a1.size());
			csv.append("2012-0%d-1%d,%s,%d,%s,%s,250,%d,%d\n".formatted(1 + i % 3, i,
					i == 0 ? "COUNCILLOR_OR_MAYOR" : "COUNCIL_CONTACT_SERVICE", i < 2 ? 2 : 1,
					i == 3 ? "18-24" : "65-74", i == 4 ? "CARER" : "OLDER_PERSON", c.easting(), c.northing()));
		}
		for (int i = 0; i < 3; i++) {
			var c = a2.get(i % a2.size());
			csv.append("2012-02-2%d,COUNCIL_CONTACT_SERVICE,1,65-74,OLDER_PERSON,250,%d,%d\n".formatted(i, c.easting(),
					c.northing()));
		}
		// April: one more in A1.
		csv.append("2012-04-10,COUNCIL_CONTACT_SERVICE,1,65-74,OLDER_PERSON,250,%d,%d\n".formatted(a1.get(0).easting(),
				a1.get(0).northing()));
		// April's one comes in a release of its own
		String april = csv.substring(csv.lastIndexOf("2012-04-10"));
		String header = csv.substring(0, csv.indexOf("\n") + 1);
		var answer = fixtures.importCsv("coordinator", csv.substring(0, csv.lastIndexOf("2012-04-10")));
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
		YearMonth first = fixtures.releaseOpenMonth();
		answer = fixtures.importCsv("coordinator", header + april);
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
		YearMonth second = fixtures.releaseOpenMonth();
		Q1 = "from=" + first + "&to=" + first;
		Q1_AND_APRIL = "from=" + first + "&to=" + second;
		APRIL = "from=" + second + "&to=" + second;
	}

	@AfterAll
	void removeTestIntroductions() {
		fixtures.deleteTestIntroductions();
	}

	@Test
	void theArrangementHoldsSmallCountsThatArePublishedAsSuppressed() {
		assertThat(raw("SELECT count(*) FROM introduction_place WHERE neighbourhood_id = " + n2
				+ " AND introduced_on < '2012-04-01' AND NOT EXISTS (SELECT 1 FROM introduction i"
				+ " WHERE i.id = introduction_id AND i.synthetic)"))
			.isEqualTo(3);
		assertThat(published("neighbourhood", Q1).get(n2).asText()).isEqualTo("<5");
		assertThat(published("source", Q1).get("COUNCILLOR_OR_MAYOR").asText()).isEqualTo("<5");
		assertThat(published("level", Q1).get("2").asText()).isEqualTo("<5");
		assertThat(published("ageBand", Q1).get("18-24").asText()).isEqualTo("<5");
		assertThat(published("need", Q1).get("CARER").asText()).isEqualTo("<5");
		assertThat(hexagons(250, Q1).values()).extracting(JsonNode::asText).contains("<5");
	}

	@Test
	void noSummaryExportOrMapPublishesANumberFromOneToFour() {
		for (String period : List.of(Q1, Q1_AND_APRIL, APRIL)) {
			for (String by : BREAKDOWNS) {
				JsonNode summary = fixtures.getJson("councillor", "/api/introductions/summary?by=" + by + "&" + period);
				summary.findValues("introductions").forEach(IntroductionDisclosureTests::assertPublishable);
				for (CSVRecord row : csv("/api/introductions/summary.csv?by=" + by + "&" + period)) {
					assertPublishable(row.get("introductions"));
				}
			}
			for (int size : List.of(250, 500, 1000)) {
				hexagons(size, period).values().forEach(IntroductionDisclosureTests::assertPublishable);
			}
		}
	}

	@Test
	void aWardMinusItsNeighbourhoodsRevealsNothing() {
		long inWard = number(published("ward", Q1).get(ward));
		long inN1 = number(published("neighbourhood", Q1).get(n1));
		assertThat(inWard).isPositive();
		assertThat(inWard - inN1).isNotEqualTo(3).matches(d -> d % 5 == 0, "a multiple of 5");
	}

	@Test
	void twoOverlappingPeriodsOneIntroductionApartRevealNothing() {
		for (String by : BREAKDOWNS) {
			Map<String, JsonNode> before = published(by, Q1);
			Map<String, JsonNode> after = published(by, Q1_AND_APRIL);
			before.forEach((key, count) -> assertDifferenceRevealsNothing(by + " " + key, after.get(key), count));
		}
		Map<String, JsonNode> before = hexagons(500, Q1);
		hexagons(500, Q1_AND_APRIL)
			.forEach((hex, count) -> assertDifferenceRevealsNothing("hexagon " + hex, count, before.get(hex)));
	}

	@Test
	void aFilterAndItsComplementRevealNothing() {
		Map<String, JsonNode> levels = published("level", Q1);
		long total = number(published("level", Q1).get("total"));
		assertThat(total - number(levels.get("1"))).isNotEqualTo(2).matches(d -> d % 5 == 0, "a multiple of 5");
		Map<String, JsonNode> sources = published("source", Q1);
		long others = sources.entrySet()
			.stream()
			.filter(e -> !e.getKey().equals("COUNCILLOR_OR_MAYOR") && !e.getKey().equals("total"))
			.mapToLong(e -> number(e.getValue()))
			.sum();
		assertThat(total - others).isNotEqualTo(1).matches(d -> d % 5 == 0, "a multiple of 5");
	}

	@Test
	void theSameQueryAlwaysPublishesTheSameFigures() {
		for (String by : BREAKDOWNS) {
			assertThat(published(by, Q1_AND_APRIL)).isEqualTo(published(by, Q1_AND_APRIL));
		}
		assertThat(hexagons(250, Q1_AND_APRIL)).isEqualTo(hexagons(250, Q1_AND_APRIL));
	}

	@Test
	void periodsAreWholeMonthsAndCellsAtLeast250m() {
		assertThat(fixtures.get("planner", "/api/introductions/summary?by=ward&from=2012-01-15&to=2012-03")
			.getStatusCode()
			.value()).isEqualTo(400);
		assertThat(fixtures.get("planner", "/api/introductions/density?cellSize=100&" + Q1).getStatusCode().value())
			.isEqualTo(400);
		assertThat(fixtures.get("planner", "/api/introductions/summary?by=person&" + Q1).getStatusCode().value())
			.isEqualTo(400);
	}

	static void assertPublishable(Object value) {
		String text = value instanceof JsonNode node ? node.asText() : String.valueOf(value);
		if (!text.equals("<5")) {
			long n = Long.parseLong(text);
			assertThat(n).as("published count").matches(c -> c == 0 || (c >= 5 && c % 5 == 0), "0 or a multiple of 5");
		}
	}

	private static void assertDifferenceRevealsNothing(String what, JsonNode later, JsonNode earlier) {
		long difference = number(later) - number(earlier);
		assertThat(difference).as(what).matches(d -> d % 5 == 0, "a multiple of 5");
	}

	/** A published count as an attacker reads it: a suppressed one as 0. */
	private static long number(JsonNode count) {
		return count == null || count.isTextual() ? 0 : count.asLong();
	}

	private Map<String, JsonNode> published(String by, String period) {
		JsonNode summary = fixtures.getJson("planner", "/api/introductions/summary?by=" + by + "&" + period);
		Map<String, JsonNode> rows = new HashMap<>();
		summary.get("rows").forEach(row -> rows.put(row.get("key").asText(), row.get("introductions")));
		rows.put("total", summary.at("/total/introductions"));
		return rows;
	}

	private Map<String, JsonNode> hexagons(int size, String period) {
		JsonNode map = fixtures.getJson("coordinator", "/api/introductions/density?cellSize=" + size + "&" + period);
		Map<String, JsonNode> hexagons = new HashMap<>();
		map.get("features")
			.forEach(f -> hexagons.put(f.at("/properties/id").asText(), f.at("/properties/introductions")));
		return hexagons;
	}

	private List<CSVRecord> csv(String path) {
		try (var parser = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new java.io.StringReader(fixtures.get("planner", path).getBody()))) {
			return new ArrayList<>(parser.getRecords());
		}
		catch (java.io.IOException ex) {
			throw new AssertionError(ex);
		}
	}

	private double raw(String sql) {
		return jdbc.sql(sql).query(Double.class).single();
	}

	private String neighbourhoodOf(String smallArea) {
		return jdbc.sql("SELECT neighbourhood_id::text FROM neighbourhood_area WHERE small_area_code = :c")
			.param("c", smallArea)
			.query(String.class)
			.single();
	}

	private String[] pairInOneWardAcrossTwoNeighbourhoods() {
		List<String[]> pairs = jdbc.sql("""
				SELECT a.code, b.code FROM small_area a
				JOIN small_area b ON b.ward_code = a.ward_code AND b.code <> a.code
				JOIN neighbourhood_area na ON na.small_area_code = a.code
				JOIN neighbourhood_area nb ON nb.small_area_code = b.code AND nb.neighbourhood_id <> na.neighbourhood_id
				ORDER BY a.code, b.code
				""").query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
		return pairs.stream()
			.filter(p -> fixtures.cellsWhollyIn(p[0]).size() >= 2 && !fixtures.cellsWhollyIn(p[1]).isEmpty())
			.findFirst()
			.orElseThrow();
	}

}
