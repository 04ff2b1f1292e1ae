package org.lacatlas.introduction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacatlas.introduction.IntroductionFixtures.cell;
import static org.lacatlas.introduction.IntroductionFixtures.introduction;

/**
 * Adversarial: the insertion attack of issue 14, as a coordinator would make it through
 * the API. Others hold a few introductions in a target cell (a small area, source OTHER);
 * the coordinator adds introductions into it one by one and reads everything after each.
 * Nothing changes until the month is released, and the release then shows the coordinator
 * the same whether the others hold 0, 2 or 4.
 */
class IntroductionInsertionAttackTests extends IntroductionTest {

	static final String OTHERS = "another-coordinator";

	/** The target: a small area, and a 250 m cell lying wholly in it. */
	String area, ward;

	IntroductionFixtures.Cell target;

	PublishedOutputs outputs;

	@BeforeEach
	void setUp() {
		area = jdbc.sql("SELECT code FROM small_area WHERE authority_code = 'E06000034' ORDER BY code")
			.query(String.class)
			.list()
			.stream()
			.filter(code -> !fixtures.cellsWhollyIn(code).isEmpty())
			.findFirst()
			.orElseThrow();
		target = fixtures.cellsWhollyIn(area).get(0);
		ward = jdbc.sql("SELECT ward_code FROM small_area WHERE code = :c")
			.param("c", area)
			.query(String.class)
			.single();
		double[] lonLat = jdbc.sql("""
				SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_Transform(ST_PointOnSurface(geom), 4326) AS p
					FROM small_area WHERE code = :c) x
				""").param("c", area).query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2) }).single();
		outputs = new PublishedOutputs(fixtures, ward, tile(lonLat[0], lonLat[1], 12));
	}

	/**
	 * The live attack: 2 others in the cell; the coordinator adds 6, dated today, in the
	 * last released month and in 2013, reading every output after each. Not one byte of
	 * any output changes, ETags included, and the month they went to cannot be asked for.
	 */
	@Test
	void recordingChangesNothingAnyoneCanReadUntilTheMonthIsReleased() {
		YearMonth latest = fixtures.latestRelease();
		YearMonth open = latest.plusMonths(1);
		fixtures.recordAsSomeoneElse(OTHERS, others(2, latest.atDay(3)));
		List<String> periods = List.of("", "from=" + latest + "&to=" + latest, "from=2013-06&to=" + latest);
		Map<String, String> before = outputs.read("coordinator", periods);
		Map<String, String> beforeCouncillor = outputs.read("councillor", periods);
		List<LocalDate> dates = List.of(LocalDate.now(), latest.atDay(20), LocalDate.of(2013, 7, 1));
		List<UUID> ids = new ArrayList<>();
		for (int n = 0; n < 6; n++) {
			var answer = fixtures.post("coordinator", attackers(dates.get(n % dates.size())));
			assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
			JsonNode body = fixtures.read(answer.getBody());
			ids.add(UUID.fromString(body.get("id").asText()));
			// counted under the first month not yet released, or its own if later (during
			// the days after a month ends before its release, two months are open)
			YearMonth own = YearMonth.from(dates.get(n % dates.size()));
			assertThat(body.get("release").asText()).isEqualTo((own.isAfter(open) ? own : open).toString());
			Map<String, String> after = outputs.read("coordinator", periods);
			after.forEach((what, seen) -> assertThat(seen).as("%s after %d recorded", what, ids.size())
				.isEqualTo(before.get(what)));
		}
		assertThat(outputs.read("councillor", periods)).isEqualTo(beforeCouncillor);
		assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.version() == 4);
		// the month holding them is not published in any form
		String month = "from=" + open + "&to=" + open;
		for (String path : List.of("/api/introductions/summary?by=source&" + month,
				"/api/introductions/summary.csv?by=ward&" + month, "/api/introductions/density?cellSize=250&" + month,
				"/api/introductions/summary?by=patch&to=" + open)) {
			var answer = fixtures.get("coordinator", path);
			assertThat(answer.getStatusCode().value()).as(path).isEqualTo(400);
			assertThat(fixtures.read(answer.getBody()).get("detail").asText()).contains("not released yet");
		}
		assertThat(fixtures.getBytes("coordinator", "/tiles/introduction-density/12/2050/1361.mvt?" + month)
			.getStatusCode()
			.value()).isEqualTo(400);
		// the records are there, unpublished: 2 others and 6 of the coordinator's
		assertThat(jdbc.sql("SELECT count(*) FROM introduction WHERE small_area_code = :a AND NOT synthetic")
			.param("a", area)
			.query(Integer.class)
			.single()).isEqualTo(8);
	}

	/**
	 * The attack on the next release: for each number the coordinator adds (1 to 4), a
	 * release where the others hold 0, one where they hold 2, one where they hold 4. The
	 * coordinator's view of each release — every summary in JSON and CSV, the density map
	 * and a tile — is the same in all three, so nothing tells them the others' count; and
	 * the target cell is "&lt;5" even where the live cell would have read 5.
	 */
	@Test
	void aReleaseShowsTheRecorderTheSameWhateverTheOthersHold() {
		int crossedFive = 0;
		for (int own = 1; own <= 4; own++) {
			Map<Integer, Map<String, String>> seen = new HashMap<>();
			for (int others : List.of(0, 2, 4)) {
				YearMonth open = fixtures.latestRelease().plusMonths(1);
				if (others > 0) {
					fixtures.recordAsSomeoneElse(OTHERS, others(others, LocalDate.of(2012, 5, 4)));
				}
				for (int n = 0; n < own; n++) {
					// back-dated, so counted in the month released next
					assertThat(
							fixtures.post("coordinator", attackers(LocalDate.of(2012, 5, 5))).getStatusCode().value())
						.isEqualTo(201);
				}
				assertThat(fixtures.releaseOpenMonth()).isEqualTo(open);
				crossedFive += own + others >= 5 ? 1 : 0;
				String period = "from=" + open + "&to=" + open;
				Map<String, String> view = new HashMap<>();
				outputs.readPeriods("coordinator", List.of(period))
					.forEach((what, text) -> view.put(what.replace(open.toString(), "M"),
							text.replace(open.toString(), "M").replaceAll("ETag \"[^\"]*\"", "ETag")));
				seen.put(others, view);
				JsonNode bySource = fixtures.getJson("coordinator", "/api/introductions/summary?by=source&" + period);
				for (JsonNode row : bySource.get("rows")) {
					if (row.get("key").asText().equals("OTHER")) {
						assertThat(row.get("introductions").asText()).as("%d own, %d others", own, others)
							.isEqualTo("<5");
					}
				}
			}
			int mine = own;
			for (int others : List.of(2, 4)) {
				Map<String, String> zero = seen.get(0);
				seen.get(others)
					.forEach((what, text) -> assertThat(text).as("%s, %d own: 0 others against %d", what, mine, others)
						.isEqualTo(zero.get(what)));
			}
		}
		// not vacuous: in 6 of the 12 releases the cell held 5 or more
		assertThat(crossedFive).isEqualTo(6);
	}

	/** {@code n} introductions in the target cell with source OTHER, as CSV. */
	private String others(int n, LocalDate date) {
		StringBuilder csv = new StringBuilder("date,source,level,ageBand,needs,gridSize,gridEasting,gridNorthing\n");
		for (int i = 0; i < n; i++) {
			csv.append(date)
				.append(",OTHER,1,65-74,OLDER_PERSON,250,")
				.append(target.easting())
				.append(',')
				.append(target.northing())
				.append('\n');
		}
		return csv.toString();
	}

	private String attackers(LocalDate date) {
		return introduction(date.toString(), "OTHER", 1, "65-74", "\"OLDER_PERSON\"", cell(target));
	}

	static String tile(double lon, double lat, int z) {
		double n = 1 << z, rad = Math.toRadians(lat);
		return z + "/" + (int) Math.floor((lon + 180) / 360 * n) + "/"
				+ (int) Math.floor((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * n);
	}

}
