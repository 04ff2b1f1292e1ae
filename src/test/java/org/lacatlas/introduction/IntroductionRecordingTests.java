package org.lacatlas.introduction;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lacatlas.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lacatlas.introduction.IntroductionFixtures.cell;
import static org.lacatlas.introduction.IntroductionFixtures.introduction;
import static org.lacatlas.introduction.IntroductionFixtures.sector;

/**
 * Recording introductions: a coordinator gets back only an id and where it is counted;
 * anything that names or places a person finely is refused by field, not stored and not
 * logged; a CSV import is all or nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class IntroductionRecordingTests extends IntegrationTest {

	static final String GRAYS_SECTOR = "RM17 6";

	@Autowired
	TestRestTemplate http;

	IntroductionFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new IntroductionFixtures(http, jdbc, this::url);
	}

	@AfterEach
	void removeTestIntroductions() {
		fixtures.deleteTestIntroductions();
	}

	@Test
	void aCoordinatorGetsBackOnlyTheIdAndWhereTheIntroductionIsCounted() {
		ResponseEntity<String> answer = fixtures.post("coordinator", introduction("2011-03-10", "GP_PRACTICE_MDT", 2,
				"75-84", "\"OLDER_PERSON\", \"SENSORY_IMPAIRMENT\"", sector("rm17 6")));
		assertThat(answer.getStatusCode().value()).isEqualTo(201);
		JsonNode body = fixtures.read(answer.getBody());
		assertThat(body.fieldNames()).toIterable().containsExactly("id", "allocation");
		long id = body.get("id").asLong();
		assertThat(jdbc.sql("SELECT sector_code FROM introduction WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo(GRAYS_SECTOR);
		JsonNode neighbourhoods = body.at("/allocation/neighbourhoods");
		double sum = 0;
		for (JsonNode n : neighbourhoods) {
			sum += n.get("share").asDouble();
		}
		assertThat(sum).isCloseTo(1.0, within(0.02));
		assertThat(neighbourhoods.get(0).get("patch").asText()).isEqualTo("Grays Riverside");
		assertThat(body.at("/allocation/outOfArea").asDouble()).isBetween(0.3, 0.7);
		assertThat(body.at("/allocation/wards")).isNotEmpty();
	}

	/**
	 * A sector spans several neighbourhoods: it is shared between them in proportion to
	 * its live postcodes lying in each (through the small areas they lie in).
	 */
	@Test
	void aSectorIsSharedBetweenNeighbourhoodsByItsPostcodes() {
		long id = fixtures
			.read(fixtures
				.post("coordinator", introduction("2011-04-01", "OTHER", 1, "45-64", "\"OTHER\"", sector(GRAYS_SECTOR)))
				.getBody())
			.get("id")
			.asLong();
		Map<Long, Double> counted = shares("""
				SELECT na.neighbourhood_id AS k, sum(s.share) AS v FROM introduction_share s
				JOIN neighbourhood_area na ON na.small_area_code = s.small_area_code
				WHERE s.introduction_id = :id GROUP BY 1
				""", id);
		Map<Long, Double> postcodes = shares("""
				SELECT na.neighbourhood_id AS k, count(*)::float8 / sum(count(*)) OVER () AS v
				FROM postcode_unit_point p JOIN neighbourhood_area na ON na.small_area_code = p.small_area_code
				WHERE p.sector_code = 'RM17 6' AND p.authority_code = 'E06000034' AND :id > 0 GROUP BY 1
				""", id);
		assertThat(counted).hasSize(postcodes.size()).hasSizeGreaterThan(2);
		postcodes.forEach((n, share) -> assertThat(counted.get(n)).isCloseTo(share, within(1e-9)));
	}

	@Test
	void aGridCellWhollyInOneSmallAreaIsCountedThere() {
		String area = jdbc.sql("SELECT code FROM small_area ORDER BY code")
			.query(String.class)
			.list()
			.stream()
			.filter(code -> !fixtures.cellsWhollyIn(code).isEmpty())
			.findFirst()
			.orElseThrow();
		IntroductionFixtures.Cell inside = fixtures.cellsWhollyIn(area).get(0);
		long id = fixtures
			.read(fixtures
				.post("coordinator", introduction("2011-05-02", "OTHER", 1, "85+", "\"OLDER_PERSON\"", cell(inside)))
				.getBody())
			.get("id")
			.asLong();
		assertThat(
				jdbc.sql("SELECT small_area_code || ' ' || share FROM introduction_share WHERE introduction_id = :id")
					.param("id", id)
					.query(String.class)
					.list())
			.containsExactly(area + " 1");
	}

	@Test
	void workedWithOutOfAreaCountsOnlyTheSectorsPartOutsideThePatches() {
		String body = introduction("2011-06-01", "SELF_FAMILY_OR_NEIGHBOUR", 1, "65-74", "\"OLDER_PERSON\"",
				sector(GRAYS_SECTOR));
		JsonNode answer = fixtures
			.read(fixtures.post("coordinator", body.replace("}", ", \"workedWithOutOfArea\": true}")).getBody());
		assertThat(answer.at("/allocation/outOfArea").asDouble()).isEqualTo(1.0);
		for (JsonNode n : answer.at("/allocation/neighbourhoods")) {
			assertThat(n.has("patch")).isFalse();
		}
	}

	@Test
	void aCellWhollyInAPatchCannotBeOutOfArea() {
		IntroductionFixtures.Cell inGrays = cellWhollyInPatch("Grays Riverside");
		int before = fixtures.introductions();
		ResponseEntity<String> answer = fixtures.post("coordinator",
				introduction("2011-06-02", "OTHER", 1, "65-74", "\"OLDER_PERSON\"", cell(inGrays)).replace("}}",
						"}, \"workedWithOutOfArea\": true}"));
		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(fixtures.read(answer.getBody()).get("field").asText()).isEqualTo("workedWithOutOfArea");
		assertThat(fixtures.introductions()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0} is refused")
	@CsvSource(delimiter = '|',
			value = { "a person's name|\"name\": \"Margaret Thompson\"|name|Margaret Thompson",
					"a full postcode|\"postcode\": \"RM17 6NB\"|postcode|RM17 6NB",
					"a full postcode as the sector|SECTOR:RM17 6NB|sector|RM17 6NB",
					"coordinates|\"lat\": 51.4781, \"lon\": 0.3262|lat|51.4781",
					"an address|\"address\": \"14 Orsett Road\"|address|Orsett Road",
					"a date of birth|\"dateOfBirth\": \"1931-02-03\"|dateOfBirth|1931-02-03",
					"free text|\"notes\": \"lives alone since her husband died\"|notes|husband" })
	void personalDataIsRefusedByFieldNotStoredAndNotLogged(String what, String extra, String field, String value,
			CapturedOutput output) {
		int before = fixtures.introductions();
		String body = introduction("2011-07-01", "OTHER", 1, "65-74", "\"OLDER_PERSON\"",
				extra.startsWith("SECTOR:") ? sector(extra.substring(7)) : sector(GRAYS_SECTOR) + ", " + extra);
		ResponseEntity<String> answer = fixtures.post("coordinator", body);
		assertThat(answer.getStatusCode().value()).as(what).isEqualTo(400);
		assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
		JsonNode problem = fixtures.read(answer.getBody());
		assertThat(problem.get("field").asText()).isEqualTo(field);
		assertThat(problem.get("detail").asText()).contains("never recorded").doesNotContain(value);
		assertThat(answer.getBody()).doesNotContain(value);
		assertThat(fixtures.introductions()).isEqualTo(before);
		assertThat(output.getAll()).doesNotContain(value);
	}

	@Test
	void anUnknownSectorAndACellOutsideTheCouncilAreRefused() {
		ResponseEntity<String> sector = fixtures.post("coordinator",
				introduction("2011-08-01", "OTHER", 1, "65-74", "\"CARER\"", sector("RM99 9")));
		assertThat(sector.getStatusCode().value()).isEqualTo(400);
		assertThat(fixtures.read(sector.getBody()).get("field").asText()).isEqualTo("sector");
		ResponseEntity<String> cell = fixtures.post("coordinator", introduction("2011-08-01", "OTHER", 1, "65-74",
				"\"CARER\"", cell(new IntroductionFixtures.Cell(530000, 180000))));
		assertThat(cell.getStatusCode().value()).isEqualTo(400);
		assertThat(fixtures.read(cell.getBody()).get("detail").asText()).contains("outside the council");
	}

	@Test
	void aCsvImportStoresEveryLine() {
		ResponseEntity<String> answer = fixtures.importCsv("coordinator", """
				date,source,level,ageBand,needs,sector,gridSize,gridEasting,gridNorthing,workedWithOutOfArea
				2011-09-01,COUNCIL_CONTACT_SERVICE,1,65-74,OLDER_PERSON,RM17 6,,,,false
				2011-09-02,social worker or support planner,2,25-44,LEARNING_DISABILITY;CARER,SS17 7,,,,
				2011-09-03,OTHER,1,85+,OLDER_PERSON,,250,561250,178000,
				""");
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
		assertThat(fixtures.read(answer.getBody()).get("imported").asInt()).isEqualTo(3);
		assertThat(
				jdbc.sql("SELECT count(*) FROM introduction WHERE introduced_on BETWEEN '2011-09-01' AND '2011-09-03'")
					.query(Integer.class)
					.single())
			.isEqualTo(3);
	}

	@Test
	void aCsvImportWithAnyBadLineStoresNothingAndNamesEveryLine() {
		int before = fixtures.introductions();
		ResponseEntity<String> answer = fixtures.importCsv("coordinator", """
				date,source,level,ageBand,needs,sector,workedWithOutOfArea
				2011-09-01,COUNCIL_CONTACT_SERVICE,1,65-74,OLDER_PERSON,RM17 6,false
				2011-09-02,COUNCIL_CONTACT_SERVICE,3,65-74,OLDER_PERSON,RM17 6NB,false
				2011-09-03,OTHER,1,65-74,OLDER_PERSON,RM17 6,false
				2011-09-04,OTHER,1,65-74,OLDER_PERSON,RM99 9,false
				""");
		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		JsonNode errors = fixtures.read(answer.getBody()).get("errors");
		assertThat(errors.findValuesAsText("line")).containsExactly("3", "3");
		assertThat(errors.findValuesAsText("field")).containsExactly("level", "sector");
		assertThat(answer.getBody()).doesNotContain("6NB");
		assertThat(fixtures.introductions()).isEqualTo(before);

		ResponseEntity<String> unknownSector = fixtures.importCsv("coordinator", """
				date,source,level,ageBand,needs,sector
				2011-09-01,COUNCIL_CONTACT_SERVICE,1,65-74,OLDER_PERSON,RM17 6
				2011-09-04,OTHER,1,65-74,OLDER_PERSON,RM99 9
				""");
		assertThat(fixtures.read(unknownSector.getBody()).get("errors").findValuesAsText("line")).containsExactly("3");
		assertThat(fixtures.introductions()).isEqualTo(before);
	}

	@Test
	void aCsvImportWithAPersonalColumnIsRefusedBeforeAnyLineIsRead() {
		ResponseEntity<String> answer = fixtures.importCsv("coordinator", """
				date,source,level,ageBand,needs,sector,name
				2011-09-01,COUNCIL_CONTACT_SERVICE,1,65-74,OLDER_PERSON,RM17 6,Margaret Thompson
				""");
		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		JsonNode problem = fixtures.read(answer.getBody());
		assertThat(problem.get("field").asText()).isEqualTo("name");
		assertThat(problem.get("detail").asText()).contains("name is never recorded");
		assertThat(answer.getBody()).doesNotContain("Margaret");
	}

	@Test
	void theSectorsToChooseFromAreThoseOfTheCouncil() {
		JsonNode sectors = fixtures.getJson("councillor", "/api/introductions/sectors");
		assertThat(sectors).hasSize(29);
		assertThat(sectors.findValuesAsText("code")).contains("RM17 6", "SS17 7", "RM19 1");
		assertThat(sectors.get(0).get("label").asText()).isNotBlank();
	}

	private IntroductionFixtures.Cell cellWhollyInPatch(String post) {
		return jdbc.sql("""
				SELECT na.small_area_code FROM coordinator_post cp
				JOIN neighbourhood_area na ON na.neighbourhood_id = cp.neighbourhood_id
				WHERE cp.name = :post ORDER BY na.small_area_code
				""")
			.param("post", post)
			.query(String.class)
			.list()
			.stream()
			.flatMap(area -> fixtures.cellsWhollyIn(area).stream())
			.findFirst()
			.orElseThrow();
	}

	private Map<Long, Double> shares(String sql, long id) {
		return jdbc.sql(sql)
			.param("id", id)
			.query((rs, n) -> Map.entry(rs.getLong("k"), rs.getDouble("v")))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
