package org.lacatlas.introduction;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adversarial: the apportionment attack of issue 14, with no write of the attacker's. A
 * month's only introductions are 1 to 4 in sector RM17 6, which spans several
 * neighbourhoods. Apportioned, a share under a half read 0 and the count of
 * neighbourhoods showing "&lt;5" gave the number away; now each introduction counts whole
 * in one small area, and the month's tables, whose total is "&lt;5", show every part as
 * "&lt;5". Whatever the number, 1 to 4, every published form of the month is the same.
 */
class IntroductionApportionmentAttackTests extends IntroductionTest {

	static final String SECTOR = "RM17 6";

	@Test
	void oneToFourIntroductionsInOneSectorPublishTheSameEverywhere() {
		String ward = jdbc.sql("SELECT min(code) FROM ward WHERE authority_code = 'E06000034'")
			.query(String.class)
			.single();
		PublishedOutputs outputs = new PublishedOutputs(fixtures, ward, grays(12));
		Map<Integer, Map<String, String>> seen = new HashMap<>();
		for (int n = 1; n <= 4; n++) {
			StringBuilder csv = new StringBuilder("date,source,level,ageBand,needs,sector\n");
			for (int i = 0; i < n; i++) {
				csv.append("2012-08-0").append(i + 1).append(",GP_PRACTICE_MDT,2,75-84,OLDER_PERSON,").append(SECTOR);
				csv.append('\n');
			}
			fixtures.recordAsSomeoneElse("another-coordinator", csv.toString());
			YearMonth month = fixtures.releaseOpenMonth();
			String period = "from=" + month + "&to=" + month;
			// whole records: each in one small area of the sector, all of them released
			assertThat(jdbc.sql("""
					SELECT count(*) FROM introduction i JOIN postcode_sector_area a
						ON a.authority_code = i.authority_code AND a.sector_code = i.sector_code
						AND a.small_area_code = i.small_area_code
					WHERE NOT i.synthetic AND i.release_month = :m
					""").param("m", month.atDay(1)).query(Integer.class).single()).isEqualTo(n);
			assertThat(jdbc.sql(
					"SELECT sum(introductions) FROM introduction_release_area WHERE authority_code = 'E06000034' AND month = :m")
				.param("m", month.atDay(1))
				.query(Integer.class)
				.single()).isEqualTo(n);
			for (String by : List.of("neighbourhood", "ward", "patch")) {
				JsonNode summary = fixtures.getJson("planner", "/api/introductions/summary?by=" + by + "&" + period);
				assertThat(summary.at("/total/introductions").asText()).isEqualTo("<5");
				// no part is 0 where there is an introduction: every part is "<5"
				assertThat(summary.get("rows").findValuesAsText("introductions")).containsOnly("<5");
			}
			Map<String, String> view = new HashMap<>();
			String m = month.toString();
			outputs.readPeriods("planner", List.of(period))
				.forEach((what, text) -> view.put(what.replace(m, "M"),
						text.replace(m, "M").replaceAll("ETag \"[^\"]*\"", "ETag")));
			seen.put(n, view);
		}
		for (int n = 2; n <= 4; n++) {
			int count = n;
			seen.get(n)
				.forEach((what, text) -> assertThat(text).as("%s: 1 introduction against %d", what, count)
					.isEqualTo(seen.get(1).get(what)));
		}
	}

	private static String grays(int z) {
		double n = 1 << z, rad = Math.toRadians(51.48);
		return z + "/" + (int) Math.floor((0.32 + 180) / 360 * n) + "/"
				+ (int) Math.floor((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * n);
	}

}
