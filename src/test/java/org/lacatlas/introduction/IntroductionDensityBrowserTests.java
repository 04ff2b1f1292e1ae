package org.lacatlas.introduction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacatlas.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a planner and a coordinator see: the density of introductions with suppressed
 * hexagons hatched and labelled "&lt;5" (never coloured as a number), the table by patch,
 * and the coordinator's form, which takes only a sector from a list.
 */
class IntroductionDensityBrowserTests extends BrowserTest {

	@AfterEach
	void removeWhatTheFormRecorded() {
		jdbc.sql("DELETE FROM introduction WHERE NOT synthetic AND introduced_on >= :today")
			.param("today", LocalDate.now().minusDays(1))
			.update();
	}

	@Test
	void aPlannerSeesTheDensityWithSuppressedHexagonsHatchedAndLabelled() throws Exception {
		signIn("planner");
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-map-ready", "true"));
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.id("introductions"), "data-ready", "true"));
		assertThat(browser.findElements(By.cssSelector("path.hex-suppressed, path.hex"))).isEmpty();
		browser.findElement(By.id("introductions-show")).click();
		screenshot("introductions-last-12-months");
		showPeriod("2013-06", "2013-09");

		List<WebElement> suppressed = browser.findElements(By.cssSelector("path.hex-suppressed"));
		assertThat(suppressed).isNotEmpty();
		assertThat(suppressed.get(0).getAttribute("data-introductions")).isEqualTo("<5");
		assertThat(suppressed.get(0).getCssValue("fill")).contains("url(").contains("hex-hatch");
		List<WebElement> labels = browser.findElements(By.cssSelector(".hex-label"));
		assertThat(labels).hasSameSizeAs(suppressed);
		assertThat(labels).extracting(WebElement::getText).containsOnly("<5");
		assertThat(browser.findElements(By.cssSelector("path.hex-counted"))).isNotEmpty();

		WebElement table = browser.findElement(By.id("introductions-summary"));
		assertThat(table.findElement(By.tagName("caption")).getText()).contains("by patch", "2013-06 to 2013-09");
		assertThat(rowText(table, "out-of-area-not-allocated")).contains("Out of area, not allocated", "<5");
		assertThat(table.getText()).contains("Grays Riverside", "South Ockendon", "Purfleet (post vacant)");
		assertThat(browser.findElement(By.id("introductions-legend")).getText()).contains("<5: fewer than 5")
			.contains("could point to a person");
		// each colour band in words with its range, lowest first, no two alike
		List<String> bands = browser.findElements(By.cssSelector("#introductions-legend li"))
			.stream()
			.map(WebElement::getText)
			.filter(t -> t.contains("per 1,000 residents"))
			.toList();
		assertThat(bands).hasSizeGreaterThan(1).doesNotHaveDuplicates();
		assertThat(bands.get(0)).matches("(Lowest|Low|Lower): under [0-9.,]+ per 1,000 residents");
		assertThat(bands.get(bands.size() - 1)).matches("(Highest|High|Higher): [0-9.,]+ or more per 1,000 residents");
		assertThat(browser.findElement(By.id("introductions")).getText()).contains("synthetic demo data");
		assertThat(browser.findElements(By.id("introduction-form"))).isEmpty();

		Path shot = screenshot("introductions-density");
		assertThat(Files.size(shot)).isGreaterThan(20_000);
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", table);
		screenshot("introductions-summary");
	}

	/**
	 * RM17 6 lies partly in the Grays Riverside patch and partly in no patch; RM15 4
	 * reaches into two patches (Purfleet's and South Ockendon's). Either way the sentence
	 * names the one patch the introduction counts in, and says it counts there only.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "RM17 6", "RM15 4" })
	void aCoordinatorRecordsAnIntroductionWithASectorFromTheList(String sectorCode) throws Exception {
		if (sectorCode.equals("RM15 4")) {
			assertThat(jdbc.sql("""
					SELECT count(DISTINCT cp.id) FROM postcode_sector_area a
					JOIN neighbourhood_plan p ON p.authority_code = a.authority_code
					JOIN neighbourhood_area na ON na.plan_id = p.id AND na.small_area_code = a.small_area_code
					JOIN coordinator_post cp ON cp.neighbourhood_id = na.neighbourhood_id
						AND cp.status IN ('IN_POST', 'VACANT')
					WHERE a.authority_code = 'E06000034' AND a.sector_code = :s
					""").param("s", sectorCode).query(Integer.class).single()).isEqualTo(2);
		}
		signIn("coordinator");
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.id("introductions"), "data-ready", "true"));
		WebElement form = browser.findElement(By.id("introduction-form"));
		assertThat(form.findElements(By.cssSelector("input[type=text], textarea"))).isEmpty();
		new Select(form.findElement(By.id("record-source"))).selectByValue("GP_PRACTICE_MDT");
		new Select(form.findElement(By.id("record-age"))).selectByValue("75-84");
		form.findElement(By.id("record-needs-OLDER_PERSON")).click();
		Select sector = new Select(form.findElement(By.id("record-sector")));
		assertThat(sector.getOptions()).hasSize(30);
		sector.selectByValue(sectorCode);
		form.findElement(By.cssSelector("button[type=submit]")).click();
		waitUpTo(10).until(ExpectedConditions.textToBePresentInElement(form, "Recorded in " + sectorCode + "."));
		// One sentence: the patch it counts in (named for its post, told apart from the
		// neighbourhood), its ward and the release that will publish it; no number that
		// could count anyone
		var counted = jdbc.sql("""
				SELECT cp.name AS patch, cp.status AS status, n.name AS neighbourhood, w.name AS ward
				FROM introduction_place p
				JOIN introduction i ON i.id = p.introduction_id
				LEFT JOIN coordinator_post cp ON cp.id = p.post_id
				LEFT JOIN neighbourhood n ON n.id = p.neighbourhood_id
				JOIN ward w ON w.code = p.ward_code WHERE NOT i.synthetic
				""").query().singleRow();
		String where = counted.get("patch") == null
				? "as out of area: the " + counted.get("neighbourhood")
						+ " neighbourhood it falls in has no coordinator post"
				: "in one patch only, the " + counted.get("patch") + " patch"
						+ ("VACANT".equals(counted.get("status")) ? " (post vacant)" : "")
						+ (counted.get("patch").equals(counted.get("neighbourhood")) ? ""
								: ", which is the " + counted.get("neighbourhood") + " neighbourhood");
		WebElement status = form.findElement(By.cssSelector(".intro-status"));
		assertThat(status.getText()).matches("Recorded in \\Q" + sectorCode + "\\E\\. It counts \\Q" + where + " ("
				+ counted.get("ward")
				+ " ward)\\E, and first shows in the figures for [A-Z][a-z]+ 20\\d\\d, the next monthly release\\.");
		// Focus is on the answer, so it is read out and the next Tab starts a new one
		assertThat(browser.switchTo().activeElement()).isEqualTo(status);
		screenshot("introduction-recorded-" + sectorCode.replace(' ', '-'));
	}

	private void showPeriod(String from, String to) {
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.id("introductions"), "data-ready", "true"));
		((JavascriptExecutor) browser).executeScript("""
				document.getElementById('introductions-from').value = arguments[0];
				const to = document.getElementById('introductions-to');
				to.value = arguments[1];
				to.dispatchEvent(new Event('change', { bubbles: true }));
				""", from, to);
		waitUpTo(30).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("#introductions-summary caption"), from + " to " + to));
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.id("introductions"), "data-ready", "true"));
	}

	private static String rowText(WebElement table, String key) {
		return table.findElement(By.cssSelector("tr[data-key='" + key + "']")).getText();
	}

}
