package org.lacatlas.introduction;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lacatlas.introduction.IntroductionFixtures.cell;
import static org.lacatlas.introduction.IntroductionFixtures.introduction;
import static org.lacatlas.introduction.IntroductionFixtures.sector;

/**
 * Recording introductions: a coordinator gets back only an opaque id, the month whose
 * release counts it and where it is counted; anything that names or places a person
 * finely is refused by field, not stored and not logged; a CSV import is all or nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class IntroductionRecordingTests extends IntroductionTest {

	static final String GRAYS_SECTOR = "RM17 6";

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aCoordinatorGetsBackOnlyAnOpaqueIdItsReleaseAndWhereTheIntroductionIsCounted() {
		ResponseEntity<String> answer = fixtures.post("coordinator", introduction("2011-03-10", "GP_PRACTICE_MDT", 2,
				"75-84", "\"OLDER_PERSON\", \"SENSORY_IMPAIRMENT\"", sector("rm17 6")));
		assertThat(answer.getStatusCode().value()).isEqualTo(201);
		JsonNode body = fixtures.read(answer.getBody());
		assertThat(body.fieldNames()).toIterable().containsExactly("id", "release", "countedIn");
		UUID id = UUID.fromString(body.get("id").asText());
		assertThat(id.version()).isEqualTo(4);
		Map<String, Object> stored = jdbc.sql("""
				SELECT i.sector_code, n.name AS neighbourhood, cp.name AS patch, w.code AS ward,
					to_char(i.release_month, 'YYYY-MM') AS release
				FROM introduction i JOIN introduction_place p ON p.introduction_id = i.id
				LEFT JOIN neighbourhood n ON n.id = p.neighbourhood_id
				LEFT JOIN coordinator_post cp ON cp.id = p.post_id
				JOIN ward w ON w.code = p.ward_code
				WHERE i.public_id = :id
				""").param("id", id).query().singleRow();
		assertThat(stored.get("sector_code")).isEqualTo(GRAYS_SECTOR);
		assertThat(body.at("/countedIn/neighbourhood").asText()).isEqualTo(stored.get("neighbourhood"));
		assertThat(body.at("/countedIn/wardCode").asText()).isEqualTo(stored.get("ward"));
		assertThat(body.at("/countedIn/outOfArea").asBoolean()).isEqualTo(stored.get("patch") == null);
		// dated 2011, recorded now: counted under the first month not yet released
		assertThat(body.get("release").asText()).isEqualTo(stored.get("release"))
			.isEqualTo(fixtures.latestRelease().plusMonths(1).toString());
	}

	/**
	 * A sector spans several neighbourhoods: each introduction is drawn whole into one of
	 * its small areas, each with the chance of its share of the sector's postcodes. Over
	 * 1,024 evenly spaced place keys the small areas come up in those shares.
	 */
	@Test
	void aSectorsIntroductionIsDrawnWholeIntoOneSmallAreaWithTheChanceOfItsPostcodes() {
		UUID id = UUID
			.fromString(
					fixtures.read(
							fixtures
								.post("coordinator",
										introduction("2011-04-01", "OTHER", 1, "45-64", "\"OTHER\"",
												sector(GRAYS_SECTOR)))
								.getBody())
						.get("id")
						.asText());
		Map<String, Integer> drawn = new HashMap<>();
		transaction.executeWithoutResult(status -> {
			for (int key = 0; key < 1024; key++) {
				jdbc.sql("UPDATE introduction SET place_key = :key WHERE public_id = :id")
					.param("key", key * 1024)
					.param("id", id)
					.update();
				drawn.merge(jdbc.sql("SELECT introduction_placement(id) FROM introduction WHERE public_id = :id")
					.param("id", id)
					.query(String.class)
					.single(), 1, Integer::sum);
			}
			status.setRollbackOnly();
		});
		Map<String, Double> shares = new HashMap<>();
		jdbc.sql(
				"SELECT small_area_code, share FROM postcode_sector_area WHERE sector_code = :s AND authority_code = 'E06000034'")
			.param("s", GRAYS_SECTOR)
			.query((rs, n) -> shares.put(rs.getString(1), rs.getDouble(2)))
			.list();
		assertThat(drawn.keySet()).isSubsetOf(shares.keySet()).hasSizeGreaterThan(2);
		shares.forEach((area, share) -> assertThat(drawn.getOrDefault(area, 0) / 1024.0).as(area)
			.isCloseTo(share, within(1.5 / 1024)));
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
		String id = fixtures
			.read(fixtures
				.post("coordinator", introduction("2011-05-02", "OTHER", 1, "85+", "\"OLDER_PERSON\"", cell(inside)))
				.getBody())
			.get("id")
			.asText();
		assertThat(jdbc.sql("SELECT small_area_code FROM introduction WHERE public_id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single()).isEqualTo(area);
	}

	@Test
	void workedWithOutOfAreaIsCountedInASmallAreaOutsideThePatches() {
		String body = introduction("2011-06-01", "SELF_FAMILY_OR_NEIGHBOUR", 1, "65-74", "\"OLDER_PERSON\"",
				sector(GRAYS_SECTOR));
		JsonNode answer = fixtures
			.read(fixtures.post("coordinator", body.replace("}", ", \"workedWithOutOfArea\": true}")).getBody());
		assertThat(answer.at("/countedIn/outOfArea").asBoolean()).isTrue();
		assertThat(answer.at("/countedIn").has("patch")).isFalse();
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
		JsonNode imported = fixtures.read(answer.getBody());
		assertThat(imported.get("imported").asInt()).isEqualTo(3);
		assertThat(imported.get("ids")).hasSize(3).allMatch(id -> UUID.fromString(id.asText()).version() == 4);
		assertThat(UUID.fromString(imported.get("batch").asText()).version()).isEqualTo(4);
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

}
