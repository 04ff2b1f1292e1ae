package org.lacatlas.introduction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lacatlas.SecondCouncil;
import org.lacatlas.ogc.MvtReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacatlas.introduction.IntroductionFixtures.THURROCK;
import static org.lacatlas.introduction.IntroductionFixtures.cell;
import static org.lacatlas.introduction.IntroductionFixtures.introduction;

/**
 * Introductions per council, Thurrock and Eastwick in one database: Eastwick's
 * coordinator records introductions and Eastwick's month is released, and not one byte of
 * anything a Thurrock user reads changes (summaries, CSV, density, a tile and its ETag,
 * coverage, releases); Eastwick's users read only Eastwick's figures, and neither
 * council's users can name the other's.
 */
class IntroductionCouncilIsolationTests extends IntroductionTest {

	static final String EASTWICK = SecondCouncil.CODE;

	/** {@code z/x/y} of the z10 tile at Thurrock's centre: most of the borough. */
	String thurrockTile;

	@BeforeEach
	void setUp() {
		removeEastwickReleases();
		thurrockTile = jdbc.sql("""
				SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_Transform(ST_PointOnSurface(ST_Union(geom)), 4326) AS p
					FROM small_area WHERE authority_code = :a) x
				""")
			.param("a", THURROCK)
			.query((rs, n) -> IntroductionInsertionAttackTests.tile(rs.getDouble(1), rs.getDouble(2), 10))
			.single();
	}

	@AfterEach
	void tearDown() {
		removeEastwickReleases();
	}

	@Test
	void anotherCouncilsRecordingAndReleaseChangeNothingThurrockReads() {
		YearMonth month = fixtures.latestRelease();
		String ward = jdbc.sql("SELECT min(code) FROM ward WHERE authority_code = :a")
			.param("a", THURROCK)
			.query(String.class)
			.single();
		PublishedOutputs outputs = new PublishedOutputs(fixtures, ward, thurrockTile);
		List<String> periods = List.of("", "from=" + month + "&to=" + month, "from=2013-06&to=" + month);
		Map<String, String> coordinator = outputs.read("coordinator", periods);
		Map<String, String> councillor = outputs.read("councillor", periods);

		List<UUID> ids = recordInEastwick(6, month.atDay(10));
		assertThat(context.getBean(IntroductionReleases.class).releaseDue(EASTWICK, LocalDate.now())).isPositive();
		assertThat(count("SELECT count(*) FROM introduction_release WHERE authority_code = '" + EASTWICK + "'"))
			.isPositive();

		outputs.read("coordinator", periods)
			.forEach((what, seen) -> assertThat(seen).as(what).isEqualTo(coordinator.get(what)));
		outputs.read("councillor", periods)
			.forEach((what, seen) -> assertThat(seen).as(what).isEqualTo(councillor.get(what)));
		// ids carry neither council nor count
		assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.version() == 4);
	}

	@Test
	void eachCouncilsUsersReadOnlyTheirOwnCouncilsFigures() {
		YearMonth month = fixtures.latestRelease();
		recordInEastwick(6, month.atDay(10));
		context.getBean(IntroductionReleases.class).releaseDue(EASTWICK, LocalDate.now());
		String eastwick = SecondCouncil.user("coordinator");
		String period = "from=" + month + "&to=" + month;

		Set<String> eastwickWards = Set.copyOf(jdbc.sql("SELECT code FROM ward WHERE authority_code = :a")
			.param("a", EASTWICK)
			.query(String.class)
			.list());
		JsonNode byWard = fixtures.getJson(eastwick, "/api/introductions/summary?by=ward&" + period);
		assertThat(byWard.get("rows")).isNotEmpty()
			.allSatisfy(row -> assertThat(eastwickWards).contains(row.get("key").asText()));
		// Eastwick's releases start at its own first introduction, not at Thurrock's 2013
		JsonNode releases = fixtures.getJson(eastwick, "/api/introductions/releases");
		assertThat(releases.get("first").asText()).isEqualTo(month.toString());
		assertThat(fixtures.getJson("coordinator", "/api/introductions/releases").get("first").asText())
			.isEqualTo("2013-06");
		// a Thurrock tile read as Eastwick holds nothing of Thurrock, and its ETag is not
		// Thurrock's
		String tile = "/tiles/introduction-density/" + thurrockTile + ".mvt?cellSize=250&" + period;
		var thurrockTile = fixtures.getBytes("coordinator", tile);
		var eastwickTile = fixtures.getBytes(eastwick, tile);
		assertThat(thurrockTile.getBody()).isNotEmpty();
		assertThat(eastwickTile.getStatusCode().value()).isEqualTo(200);
		var layer = eastwickTile.getBody() == null ? null
				: MvtReader.read(eastwickTile.getBody()).get("introduction-density");
		assertThat(layer == null ? List.of() : layer.features()).isEmpty();
		assertThat(eastwickTile.getHeaders().getETag()).isNotEqualTo(thurrockTile.getHeaders().getETag());
		// naming the other council is refused, both ways, for every introduction output
		for (String path : List.of("/api/introductions/summary?by=ward&" + period,
				"/api/introductions/summary.csv?by=ward&" + period, "/api/introductions/density?" + period,
				"/api/introductions/releases?", "/api/introductions/sectors?")) {
			String sep = path.endsWith("?") ? "" : "&";
			assertThat(fixtures.get(eastwick, path + sep + "council=" + THURROCK).getStatusCode().value()).as(path)
				.isEqualTo(403);
			assertThat(fixtures.get("coordinator", path + sep + "council=" + EASTWICK).getStatusCode().value()).as(path)
				.isEqualTo(403);
		}
	}

	/**
	 * {@code n} introductions in one 250 m cell of Eastwick, as Eastwick's coordinator.
	 */
	private List<UUID> recordInEastwick(int n, LocalDate date) {
		String area = jdbc.sql("SELECT code FROM small_area WHERE authority_code = :a ORDER BY code")
			.param("a", EASTWICK)
			.query(String.class)
			.list()
			.stream()
			.filter(code -> !fixtures.cellsWhollyIn(code).isEmpty())
			.findFirst()
			.orElseThrow();
		IntroductionFixtures.Cell target = fixtures.cellsWhollyIn(area).get(0);
		return java.util.stream.IntStream.range(0, n).mapToObj(i -> {
			var answer = fixtures.post(SecondCouncil.user("coordinator"),
					introduction(date.toString(), "OTHER", 1, "65-74", "\"OLDER_PERSON\"", cell(target)));
			assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
			return UUID.fromString(fixtures.read(answer.getBody()).get("id").asText());
		}).toList();
	}

	private void removeEastwickReleases() {
		jdbc.sql("DELETE FROM introduction_release WHERE authority_code = :a").param("a", EASTWICK).update();
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

}
