package org.lacatlas.introduction;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.lacatlas.introduction.IntroductionFixtures.THURROCK;
import static org.lacatlas.introduction.IntroductionFixtures.cell;
import static org.lacatlas.introduction.IntroductionFixtures.introduction;

/**
 * Releases and retention: a month is published once, when it closes, and never changes; a
 * late or back-dated introduction goes to the first month not yet released; the retention
 * rule deletes old introductions and keeps their published figures.
 */
class IntroductionReleaseTests extends IntroductionTest {

	static final String EVALUATION = "from=2013-06&to=2013-09";

	@Autowired
	IntroductionReleases releases;

	@Autowired
	IntroductionRetention retention;

	@Autowired
	IntroductionProperties properties;

	@Autowired
	Introductions introductions;

	@Autowired
	TransactionTemplate transaction;

	/**
	 * Ten introductions dated in the evaluation's July 2013, in the Grays Riverside
	 * patch, recorded now: they count in the next release, and the 2013 table (read in
	 * every breakdown, JSON and CSV, and as a map) is the same before and after it.
	 */
	@Test
	void backDatedIntroductionsGoToTheNextReleaseAndNoPublishedFigureMoves() {
		var outputs = new PublishedOutputs(fixtures, "(no ward page: periods only)", "12/2051/1361");
		Map<String, String> before = figures(outputs.readPeriods("planner", List.of(EVALUATION)));
		YearMonth open = fixtures.latestRelease().plusMonths(1);
		IntroductionFixtures.Cell grays = cellInPatch("Grays Riverside");
		for (int i = 0; i < 10; i++) {
			JsonNode answer = fixtures
				.read(fixtures
					.post("coordinator",
							introduction("2013-07-1" + i, "OTHER", 1, "65-74", "\"OLDER_PERSON\"", cell(grays)))
					.getBody());
			assertThat(answer.get("release").asText()).isEqualTo(open.toString());
		}
		assertThat(fixtures.releaseOpenMonth()).isEqualTo(open);
		// every figure the same; only the tiles' ETags are new, as after any release
		figures(outputs.readPeriods("planner", List.of(EVALUATION)))
			.forEach((what, seen) -> assertThat(seen).as(what).isEqualTo(before.get(what)));
		// they are published, under the month they were recorded in
		JsonNode month = fixtures.getJson("planner",
				"/api/introductions/summary?by=patch&from=" + open + "&to=" + open);
		assertThat(month.at("/total/introductions").asLong()).isEqualTo(10);
		assertThat(
				jdbc.sql("SELECT count(*) FROM introduction WHERE release_month = :m AND introduced_on < '2014-01-01'")
					.param("m", open.atDay(1))
					.query(Integer.class)
					.single())
			.isEqualTo(10);
	}

	/**
	 * A release is made once: made again it adds nothing, and an introduction recorded
	 * after it goes to the next month, so the release's aggregates never change.
	 */
	@Test
	void aReleaseIsMadeOnceAndIntroductionsRecordedAfterItGoToTheNext() {
		YearMonth latest = fixtures.latestRelease();
		assertThat(releases.releaseDue(THURROCK, LocalDate.now())).isZero();
		assertThat(releases.lastClosed(LocalDate.now())).isEqualTo(latest);
		YearMonth open = latest.plusMonths(1);
		fixtures.post("coordinator", introduction(open.atDay(1).toString(), "OTHER", 1, "65-74", "\"OLDER_PERSON\"",
				IntroductionFixtures.sector("RM17 6")));
		LocalDate releaseDay = open.plusMonths(1).atDay(1).plusDays(properties.releaseAfterDays());
		assertThat(releases.releaseDue(THURROCK, releaseDay.minusDays(1))).isZero();
		assertThat(releases.releaseDue(THURROCK, releaseDay)).isEqualTo(1);
		assertThat(releases.releaseDue(THURROCK, releaseDay)).isZero();
		String aggregates = aggregatesOf(open);
		var late = fixtures.read(
				fixtures
					.post("coordinator",
							introduction(open.atDay(2).toString(), "OTHER", 1, "65-74", "\"OLDER_PERSON\"",
									IntroductionFixtures.sector("RM17 6")))
					.getBody());
		assertThat(late.get("release").asText()).isEqualTo(open.plusMonths(1).toString());
		assertThat(aggregatesOf(open)).isEqualTo(aggregates).contains("OTHER");
	}

	@Test
	void theOpenMonthIsRefusedAndMapsOnlyReleasedMonths() {
		YearMonth open = fixtures.latestRelease().plusMonths(1);
		var answer = fixtures.get("councillor", "/api/introductions/summary?by=ward&from=" + open + "&to=" + open);
		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(fixtures.read(answer.getBody()).get("detail").asText()).contains(open + " are not released yet",
				"the latest release is " + open.minusMonths(1));
		JsonNode state = fixtures.getJson("councillor", "/api/introductions/releases");
		assertThat(state.get("first").asText()).isEqualTo("2013-06");
		assertThat(state.get("latest").asText()).isEqualTo(open.minusMonths(1).toString());
		assertThat(state.get("releaseAfterDays").asInt()).isEqualTo(7);
		// no period: the latest twelve released months
		JsonNode summary = fixtures.getJson("councillor", "/api/introductions/summary?by=patch");
		assertThat(summary.get("to").asText()).isEqualTo(open.minusMonths(1).toString());
		assertThat(summary.get("from").asText()).isEqualTo(open.minusMonths(12).toString());
	}

	/**
	 * The rule applied as on 15 December 2039, in a transaction rolled back at the end:
	 * the demo's introductions released before December 2019 are deleted (the demo keeps
	 * 20 years), and the 2013 table publishes exactly as before, from the releases'
	 * aggregates; only a map of those months is refused.
	 */
	@Test
	void retentionDeletesOldIntroductionsAndTheirPublishedFiguresStay() {
		Summary byPatch = introductions.summary(THURROCK, "patch", "2013-06", "2013-09");
		Summary byNeed = introductions.summary(THURROCK, "need", "2013-06", "2016-05");
		transaction.executeWithoutResult(status -> {
			int deleted = retention.apply(THURROCK, LocalDate.of(2039, 12, 15));
			assertThat(deleted).isGreaterThan(500);
			assertThat(count(
					"SELECT count(*) FROM introduction WHERE authority_code = 'E06000034' AND release_month < '2019-12-01'"))
				.isZero();
			assertThat(count(
					"SELECT count(*) FROM introduction WHERE authority_code = 'E06000034' AND release_month >= '2019-12-01'"))
				.isPositive();
			assertThat(count(
					"SELECT count(*) FROM introduction_release WHERE authority_code = 'E06000034' AND NOT records_held"))
				.isEqualTo(78);
			assertThat(introductions.summary(THURROCK, "patch", "2013-06", "2013-09")).isEqualTo(byPatch);
			assertThat(introductions.summary(THURROCK, "need", "2013-06", "2016-05")).isEqualTo(byNeed);
			assertThatIllegalArgumentException()
				.isThrownBy(() -> introductions.density(THURROCK, 500, "2013-06", "2013-09", false))
				.withMessageContaining("Introductions before 2019-12 are no longer held")
				.withMessageContaining("20 years");
			assertThat(introductions.density(THURROCK, 500, "2019-12", "2020-11", true).get("features")).isNotEmpty();
			// applied again, nothing more is due
			assertThat(retention.apply(THURROCK, LocalDate.of(2039, 12, 15))).isZero();
			status.setRollbackOnly();
		});
		assertThat(count(
				"SELECT count(*) FROM introduction WHERE authority_code = 'E06000034' AND release_month < '2019-12-01'"))
			.isPositive();
	}

	@Test
	void theDemoKeepsItsIntroductionsWhileACouncilKeepsSixYears() {
		assertThat(properties.retention()).isEqualTo(Period.ofYears(20));
		assertThat(retention.keptFrom(LocalDate.of(2026, 12, 2))).isEqualTo(YearMonth.of(2006, 12));
		new ApplicationContextRunner().withUserConfiguration(WithIntroductionSettings.class).run(context -> {
			var defaults = context.getBean(IntroductionProperties.class);
			assertThat(defaults.retention()).isEqualTo(Period.ofYears(6));
			assertThat(defaults.releaseAfterDays()).isEqualTo(7);
		});
		new ApplicationContextRunner().withUserConfiguration(WithIntroductionSettings.class)
			.withPropertyValues("lacatlas.introduction.retention=0d")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("must be a positive period"));
	}

	/** The outputs without the tiles' ETags. */
	private static Map<String, String> figures(Map<String, String> outputs) {
		Map<String, String> figures = new java.util.HashMap<>();
		outputs.forEach((what, text) -> figures.put(what, text.replaceAll("ETag \"[^\"]*\"", "ETag")));
		return figures;
	}

	private String aggregatesOf(YearMonth month) {
		return jdbc.sql("""
				SELECT string_agg(category || value || recorded_by || introductions || ':' || key_sum, ','
					ORDER BY category, value, recorded_by)
				FROM introduction_release_category WHERE month = :m
				""").param("m", month.atDay(1)).query(String.class).single() + jdbc.sql("""
				SELECT string_agg(small_area_code || introductions || ':' || key_sum, ',' ORDER BY small_area_code)
				FROM introduction_release_area WHERE month = :m
				""").param("m", month.atDay(1)).query(String.class).single();
	}

	private IntroductionFixtures.Cell cellInPatch(String post) {
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

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

	/** Not a {@code @Configuration}: the test's own context must not pick it up. */
	@EnableConfigurationProperties(IntroductionProperties.class)
	static class WithIntroductionSettings {

	}

}
