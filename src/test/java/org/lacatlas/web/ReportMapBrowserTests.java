package org.lacatlas.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lacatlas.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report maps (ward page, business case) read without a basemap: ward outlines with
 * their names and town names, no two shown labels overlapping, on a desk and a phone (the
 * ward page's own ward always named; other names where there is room).
 */
class ReportMapBrowserTests extends BrowserTest {

	/** Grays Riverside, the demo councillor's ward; the town of Grays lies in it. */
	private static final String WARD = "E05002235";

	/** The shown labels inside a map: text and box, in page pixels. */
	private static final String LABELS = """
			const map = document.getElementById(arguments[0]).getBoundingClientRect();
			return [...document.querySelectorAll('#' + arguments[0] + ' .leaflet-tooltip.ward-label, #'
			    + arguments[0] + ' .leaflet-tooltip.place-label')]
			  .filter((n) => !n.classList.contains('label-hidden') && getComputedStyle(n).visibility !== 'hidden')
			  .map((n) => ({ text: n.textContent, place: n.classList.contains('place-label'), r: n.getBoundingClientRect() }))
			  .filter((l) => l.r.right > map.left && l.r.left < map.right && l.r.bottom > map.top && l.r.top < map.bottom)
			  .map((l) => ({ text: l.text, place: l.place, left: l.r.left, top: l.r.top, right: l.r.right, bottom: l.r.bottom }));
			""";

	@Test
	void theWardPageMapNamesWardsAndTownsWithoutOverlapOnADeskAndAPhone() throws Exception {
		browser.manage().deleteAllCookies();
		signIn("councillor");
		for (int[] size : new int[][] { { 1400, 900 }, { 390, 844 } }) {
			windowSize(size[0], size[1]);
			browser.get(url("/wards/" + WARD));
			waitForReport();
			List<Map<String, Object>> labels = labels("ward-map");
			assertThat(labels).as("labels at %d px", size[0])
				.anySatisfy(l -> assertThat(l.get("text")).isEqualTo("Grays Riverside"));
			assertThat(labels).anySatisfy(l -> assertThat(l.get("place")).isEqualTo(true));
			assertNoOverlap(labels);
			assertThat(axeViolations()).isEmpty();
			((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()",
					"ward-map");
			screenshot("ward-map-labels-" + size[0]);
		}
	}

	@Test
	void theBusinessCaseMapNamesWardsAndTownsWithoutOverlapOnADeskAndAPhone() throws Exception {
		browser.manage().deleteAllCookies();
		signIn("planner");
		Object id = ((JavascriptExecutor) browser).executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						import('/js/api.js').then((api) => api.createScenario({ name: 'Browser test: report map', fromCurrent: true }))
						  .then((s) => done(s.id)).catch((e) => done('failed: ' + e.message));
						""");
		assertThat(id).isInstanceOf(Number.class);
		for (int[] size : new int[][] { { 1400, 900 }, { 390, 844 } }) {
			windowSize(size[0], size[1]);
			browser.get(url("/business-case.html?scenario=" + id));
			waitForReport();
			List<Map<String, Object>> labels = labels("case-map");
			assertThat(labels).as("labels at %d px", size[0])
				.filteredOn(l -> l.get("place").equals(false))
				.hasSizeGreaterThanOrEqualTo(3);
			assertThat(labels).filteredOn(l -> l.get("place").equals(true)).isNotEmpty();
			assertNoOverlap(labels);
			assertThat(axeViolations()).isEmpty();
			((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()",
					"case-map");
			screenshot("business-case-map-labels-" + size[0]);
		}
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> labels(String mapId) {
		return (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(LABELS, mapId);
	}

	private static void assertNoOverlap(List<Map<String, Object>> labels) {
		for (int i = 0; i < labels.size(); i++) {
			for (int j = i + 1; j < labels.size(); j++) {
				Map<String, Object> a = labels.get(i);
				Map<String, Object> b = labels.get(j);
				double w = Math.min(n(a, "right"), n(b, "right")) - Math.max(n(a, "left"), n(b, "left"));
				double h = Math.min(n(a, "bottom"), n(b, "bottom")) - Math.max(n(a, "top"), n(b, "top"));
				assertThat(w > 0.5 && h > 0.5).as("%s overlaps %s", a.get("text"), b.get("text")).isFalse();
			}
		}
	}

	private static double n(Map<String, Object> label, String key) {
		return ((Number) label.get(key)).doubleValue();
	}

	private void waitForReport() {
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-report-ready", "true"));
	}

}
