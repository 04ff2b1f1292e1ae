package org.lacatlas.geography;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lacatlas.IntegrationTest;
import org.lacatlas.geography.FictitiousCouncil.Area;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.lacatlas.geography.CouncilFixture.BOUNDARY;
import static org.lacatlas.geography.CouncilFixture.SMALL_AREAS;
import static org.lacatlas.geography.CouncilFixture.STATISTICS;
import static org.lacatlas.geography.CouncilFixture.WARDS;

/**
 * The importer's promises: a refused import names the file, feature or row and the fault,
 * and leaves every stored table as it was; a good one stores another council where its
 * files say, in any declared CRS, from GeoJSON or GeoPackage; importing again changes
 * only what changed.
 */
class CouncilImportTests extends IntegrationTest {

	private static final String AREA = "E01015930";

	/** Row counts and a digest of every row of every geography table. */
	private static final String FINGERPRINT = """
			SELECT concat_ws(' | ',
				(SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, ';' ORDER BY t::text), '')) FROM authority t),
				(SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, ';' ORDER BY t::text), '')) FROM ward t),
				(SELECT count(*) || ' ' || coalesce(sum(residents), 0) || ' '
					|| md5(coalesce(string_agg(t::text, ';' ORDER BY t::text), '')) FROM small_area t),
				(SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, ';' ORDER BY t::text), '')) FROM small_area_ward t),
				(SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, ';' ORDER BY t::text), '')) FROM place t),
				(SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, ';' ORDER BY t::text), '')) FROM geography_import t))
			""";

	/** A ring in Thurrock that crosses itself at 0.31 51.49. */
	private static final String BOW_TIE = """
			{"type": "Polygon",
				"coordinates": [[[0.30, 51.48], [0.32, 51.50], [0.32, 51.48], [0.30, 51.50], [0.30, 51.48]]]}
			""";

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	GeographyImporter importer;

	@TempDir
	Path dir;

	@AfterEach
	void removeTheFictitiousCouncil() {
		FictitiousCouncil.delete(jdbc);
	}

	@Test
	void refusesASelfIntersectingAreaNamingWhereItCrosses() throws IOException {
		CouncilFixture council = CouncilFixture.thurrock(dir);
		council.smallArea(AREA).set("geometry", JSON.readTree(BOW_TIE));
		assertProblem(refused(council), SMALL_AREAS + " feature 10 (" + AREA + ")", "self-intersection", "0.31 51.49");
	}

	@Test
	void refusesStatisticsOfAnAreaThatHasNoBoundary() {
		CouncilFixture council = CouncilFixture.thurrock(dir);
		council.statistics().copy(AREA, "E01099999");
		assertProblem(refused(council), STATISTICS + " row 102", "unknown area code E01099999", SMALL_AREAS);
	}

	@Test
	void refusesASmallAreaWithoutAStatisticsRow() {
		CouncilFixture council = CouncilFixture.thurrock(dir);
		council.statistics().remove(AREA);
		assertProblem(refused(council), SMALL_AREAS + " feature 10 (" + AREA + ")", "no row in " + STATISTICS);
	}

	@Test
	void refusesTwoBoundariesWithTheSameAreaCode() {
		CouncilFixture council = CouncilFixture.thurrock(dir);
		council.smallArea("E01015922").withObjectProperty("properties").put("lsoa21cd", "E01015921");
		assertProblem(refused(council), SMALL_AREAS + " feature 2 (E01015921)", "duplicate area code",
				"also feature 1");
	}

	@Test
	void refusesTwoStatisticsRowsWithTheSameAreaCode() {
		CouncilFixture council = CouncilFixture.thurrock(dir);
		council.statistics().copy(AREA, AREA);
		assertProblem(refused(council), STATISTICS + " row 102", "duplicate area code " + AREA, "also row 11");
	}

	@Test
	void refusesAStatisticsFileWithoutAColumnTheManifestNames() {
		CouncilFixture council = CouncilFixture.thurrock(dir);
		council.statistics().removeColumn("age_65_plus");
		assertProblem(refused(council), STATISTICS, "missing column 'age_65_plus'");
	}

	@Test
	void refusesACountThatIsNotANumberNamingRowAndColumn() {
		CouncilFixture council = CouncilFixture.thurrock(dir);
		council.statistics().set(AREA, "pop_2021_total", "about 1500");
		List<String> problems = refused(council);
		assertProblem(problems, STATISTICS + " row 11", "'pop_2021_total' must be a whole number, not 'about 1500'");
		assertThat(problems).as("the row is there, only its count is wrong").noneMatch(p -> p.contains("no row in"));
	}

	@Test
	void refusesMoreResidentsAged65PlusThanResidents() {
		CouncilFixture council = CouncilFixture.thurrock(dir);
		CsvTable statistics = council.statistics();
		statistics.set(AREA, "age_65_plus",
				String.valueOf(Integer.parseInt(statistics.get(AREA, "pop_2021_total")) + 1));
		assertProblem(refused(council), STATISTICS + " row 11 (" + AREA + ")", "aged 65+ is more than");
	}

	@Test
	void refusesASmallAreaOutsideTheCouncilNamingIt() {
		CouncilFixture council = CouncilFixture.thurrock(dir);
		CouncilFixture.shiftEast(council.smallArea(AREA).at("/geometry/coordinates"), 0.5);
		assertProblem(refused(council), SMALL_AREAS + " feature 10 (" + AREA + ")",
				"only 0 % of this small area lies inside the council's boundary");
	}

	@ParameterizedTest
	@CsvSource({ "urn:ogc:def:crs:EPSG::999999, EPSG:999999",
			"OSGB 1936 / British National Grid, OSGB 1936 / British National Grid" })
	void refusesAnUnknownCoordinateReferenceSystemNamingTheFile(String crs, String named) {
		CouncilFixture council = CouncilFixture.thurrock(dir);
		council.geoJson(SMALL_AREAS).putObject("crs").put("type", "name").putObject("properties").put("name", crs);
		assertProblem(refused(council), SMALL_AREAS, "unknown coordinate reference system", named);
	}

	@Test
	void refusesMetresWithoutADeclaredCrsAskingToDeclareIt() {
		CouncilFixture council = FictitiousCouncil.fromThurrock(jdbc).asGeoJson(dir);
		for (String layer : new String[] { "authority", "wards", "smallAreas" }) {
			((ObjectNode) council.manifest().get(layer)).remove("crs");
		}
		List<String> problems = refused(council);
		assertProblem(problems, "small-areas.geojson feature 1 (E01999991)", "are not longitude/latitude",
				"declare the file's CRS (e.g. \"crs\": \"EPSG:27700\") in the manifest");
		assertThat(problems).as("one problem a file").filteredOn(p -> p.contains("small-areas.geojson")).hasSize(1);
	}

	@Test
	void refusesAManifestNamingAFileThatIsNotThere() {
		CouncilFixture council = CouncilFixture.thurrock(dir);
		((ObjectNode) council.manifest().get("smallAreas")).put("file", "boundaries/lsoa21.geojson");
		List<String> problems = refused(council);
		assertProblem(problems, "boundaries/lsoa21.geojson: file not found");
		assertThat(problems).as("no problem a statistics row").hasSize(1);
	}

	@Test
	void refusesABoundaryFileWithoutFeatures() {
		CouncilFixture council = CouncilFixture.thurrock(dir);
		council.geoJson(BOUNDARY).putArray("features");
		assertProblem(refused(council), BOUNDARY + ": has no features");
	}

	@Test
	void refusesAGeoPackageOfSeveralTablesWhenTheManifestNamesNone() {
		CouncilFixture council = FictitiousCouncil.fromThurrock(jdbc).asGeoPackage(dir);
		((ObjectNode) council.manifest().get("smallAreas")).remove("table");
		assertProblem(refused(council), "council.gpkg: name one of its feature tables [authority, wards, small_areas]");
	}

	@Test
	void refusesABoundaryFileThatIsNotJsonNamingTheLine() {
		CouncilFixture council = CouncilFixture.thurrock(dir);
		council.text(WARDS, "{\"type\": \"FeatureCollection\",\n\"features\": [{\"type\": \"Feature\",,}]}");
		assertProblem(refused(council), WARDS, "not valid JSON at line 2");
	}

	@Test
	void refusesAManifestThatIsNotJson() throws IOException {
		Path manifest = Files.writeString(dir.resolve("council.json"), "{\"authority\": {\"code\": \"E06000034\",");
		assertProblem(refused(new FileSystemResource(manifest)), "council.json", "not a valid council manifest");
	}

	@Test
	void refusesAManifestWithoutARequiredEntryNamingEachOne() {
		CouncilFixture council = CouncilFixture.thurrock(dir);
		council.manifest().remove("statistics");
		((ObjectNode) council.manifest().get("wards")).remove("codeField");
		List<String> problems = refused(council);
		assertProblem(problems, "council.json", "'statistics' is missing");
		assertProblem(problems, "council.json", "'wards.codeField' is missing");
	}

	@Test
	void importsAnotherCouncilFromGeoJsonInBritishNationalGrid() {
		String thurrock = fingerprint();
		ImportReport report = importer.importCouncil(FictitiousCouncil.fromThurrock(jdbc).asGeoJson(dir).write(),
				"test");
		assertThat(report)
			.extracting(ImportReport::authorityCode, ImportReport::wards, ImportReport::smallAreas,
					ImportReport::residents, ImportReport::changed)
			.containsExactly(FictitiousCouncil.CODE, 2, 6, 7521L, true);
		assertStoredAsFiled(FictitiousCouncil.AREAS);
		FictitiousCouncil.delete(jdbc);
		assertThat(fingerprint()).as("Thurrock untouched").isEqualTo(thurrock);
	}

	@Test
	void importsAnotherCouncilFromAGeoPackageInBritishNationalGrid() {
		ImportReport report = importer.importCouncil(FictitiousCouncil.fromThurrock(jdbc).asGeoPackage(dir).write(),
				"test");
		assertThat(report).extracting(ImportReport::wards, ImportReport::smallAreas, ImportReport::residents)
			.containsExactly(2, 6, 7521L);
		assertStoredAsFiled(FictitiousCouncil.AREAS);
	}

	@Test
	void importingThurrockAgainChangesNothing() {
		String before = fingerprint();
		Resource thurrock = new DefaultResourceLoader().getResource("classpath:geodata/thurrock.council.json");
		assertThat(importer.importCouncil(thurrock, "test").changed()).isFalse();
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void importingChangedFilesUpdatesCountsAndRemovesAreasNoLongerInThem() {
		CouncilFixture council = FictitiousCouncil.fromThurrock(jdbc).asGeoJson(dir);
		importer.importCouncil(council.write(), "test");
		council.statistics().set("E01999991", "residents", "2001").remove("E01999996");
		council.removeSmallArea("E01999996");
		ImportReport report = importer.importCouncil(council.write(), "test");
		assertThat(report.changed()).isTrue();
		assertThat(report.residents()).isEqualTo(7521 - 1001 + 2001 - 1506);
		assertThat(residentsByArea()).hasSize(5).containsEntry("E01999991", 2001).doesNotContainKey("E01999996");
		assertThat(count("SELECT count(*) FROM small_area_ward WHERE small_area_code = 'E01999996'")).isZero();
		assertThat(count("SELECT count(*) FROM geography_import WHERE authority_code = 'E06999999'")).isEqualTo(2);
	}

	@Test
	void droppingAnAreaThatThePlanAndAScenarioUseIsRefusedNamingThemAndNothingChanges() {
		String area = jdbc.sql("""
				SELECT na.small_area_code FROM neighbourhood_area na JOIN neighbourhood_plan p ON p.id = na.plan_id
				WHERE p.authority_code = 'E06000034' ORDER BY 1 LIMIT 1
				""").query(String.class).single();
		String neighbourhood = jdbc.sql("""
				SELECT n.name FROM neighbourhood n JOIN neighbourhood_area na ON na.neighbourhood_id = n.id
				WHERE na.small_area_code = :a
				""").param("a", area).query(String.class).single();
		long scenario = jdbc.sql("""
				INSERT INTO scenario (authority_code, name, created_by) VALUES ('E06000034', 'Holds one area', 'test')
				RETURNING id
				""").query(Long.class).single();
		jdbc.sql("INSERT INTO scenario_post (scenario_id, position, name, status, small_area_codes) "
				+ "VALUES (:s, 1, 'p', 'PROPOSED', ARRAY[:a])")
			.param("s", scenario)
			.param("a", area)
			.update();
		try {
			CouncilFixture council = CouncilFixture.thurrock(dir);
			council.removeSmallArea(area);
			council.statistics().remove(area);
			List<String> problems = refused(council);
			assertProblem(problems, "neighbourhood " + neighbourhood, area);
			assertProblem(problems, "scenario \"Holds one area\"", area);
			assertThat(problems).noneMatch(p -> p.contains("Exception"));
		}
		finally {
			jdbc.sql("DELETE FROM scenario WHERE id = :s").param("s", scenario).update();
		}
	}

	@Test
	void importingAWardUnderANewCodeReplacesTheOldWard() {
		CouncilFixture council = FictitiousCouncil.fromThurrock(jdbc).asGeoJson(dir);
		importer.importCouncil(council.write(), "test");
		council.ward(FictitiousCouncil.SOUTH).withObjectProperty("properties").put("code", "E05999993");
		importer.importCouncil(council.write(), "test");
		assertThat(jdbc.sql("SELECT code FROM ward WHERE authority_code = :a ORDER BY code")
			.param("a", FictitiousCouncil.CODE)
			.query(String.class)
			.list()).containsExactly(FictitiousCouncil.NORTH, "E05999993");
		assertThat(count("SELECT count(*) FROM small_area WHERE ward_code = 'E05999993'")).isEqualTo(3);
	}

	private List<String> refused(CouncilFixture council) {
		return refused(council.write());
	}

	/** Imports, expects a refusal, and checks that no stored row changed. */
	private List<String> refused(Resource manifest) {
		String before = fingerprint();
		GeographyImportException refusal = assertThrows(GeographyImportException.class,
				() -> importer.importCouncil(manifest, "test"));
		assertThat(fingerprint()).as("stored geography after a refused import").isEqualTo(before);
		return refusal.problems();
	}

	private static void assertProblem(List<String> problems, String... parts) {
		assertThat(problems).as("problems").anySatisfy(problem -> assertThat(problem).contains(parts));
	}

	/**
	 * Counts, best-fit wards, and geometry within a metre of where the files put it:
	 * moved back west, each area lies on the Thurrock LSOA it was copied from.
	 */
	private void assertStoredAsFiled(List<Area> areas) {
		assertThat(count("SELECT count(*) FROM ward WHERE authority_code = 'E06999999'")).isEqualTo(2);
		Map<String, String> wards = new HashMap<>();
		jdbc.sql("SELECT code, ward_code FROM small_area WHERE authority_code = :a")
			.param("a", FictitiousCouncil.CODE)
			.query((rs, n) -> wards.put(rs.getString(1), rs.getString(2)))
			.list();
		Map<String, Integer> expectedResidents = new HashMap<>();
		Map<String, String> expectedWards = new HashMap<>();
		areas.forEach(a -> expectedResidents.put(a.code(), a.residents()));
		areas.forEach(a -> expectedWards.put(a.code(), a.wardCode()));
		assertThat(residentsByArea()).isEqualTo(expectedResidents);
		assertThat(wards).isEqualTo(expectedWards);
		for (Area area : areas) {
			assertThat(jdbc.sql("""
					SELECT ST_HausdorffDistance(
						ST_Transform(ST_Translate(ST_Transform(f.geom, 4326), -:east, 0), 27700), t.geom)
					FROM small_area f, small_area t WHERE f.code = :code AND t.code = :thurrock
					""")
				.param("east", FictitiousCouncil.EAST)
				.param("code", area.code())
				.param("thurrock", area.thurrockCode())
				.query(Double.class)
				.single()).as("metres between %s moved back and %s", area.code(), area.thurrockCode()).isLessThan(1.0);
		}
	}

	private Map<String, Integer> residentsByArea() {
		Map<String, Integer> residents = new HashMap<>();
		jdbc.sql("SELECT code, residents FROM small_area WHERE authority_code = :a")
			.param("a", FictitiousCouncil.CODE)
			.query((rs, n) -> residents.put(rs.getString(1), rs.getInt(2)))
			.list();
		return residents;
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private String fingerprint() {
		return jdbc.sql(FINGERPRINT).query(String.class).single();
	}

}
