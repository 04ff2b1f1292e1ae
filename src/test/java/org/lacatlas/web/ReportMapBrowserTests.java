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

	@Test
	void theWardPageMapNamesWardsAndTownsWithoutOverlapOnADeskAndAPhone() throws Exception {
		browser.manage().deleteAllCookies();
		signIn("councillor");
		for (int[] size : new int[][] { { 1400, 900 }, { 390, 844 } }) {
			windowSize(size[0], size[1]);
			browser.get(url("/wards/" + WARD));
			waitForReport();
			List<Map<String, Object>> labels = new MapView(browser).labels("ward-map");
			assertThat(labels).as("labels at %d px", size[0])
				.anySatisfy(l -> assertThat(l.get("text")).isEqualTo("Grays Riverside"));
			assertThat(labels).anySatisfy(l -> assertThat(l.get("place")).isEqualTo(true));
			MapView.assertNoOverlap(labels, size[0] + " px");
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
			List<Map<String, Object>> labels = new MapView(browser).labels("case-map");
			assertThat(labels).as("labels at %d px", size[0])
				.filteredOn(l -> l.get("place").equals(false))
				.hasSizeGreaterThanOrEqualTo(3);
			assertThat(labels).filteredOn(l -> l.get("place").equals(true)).isNotEmpty();
			MapView.assertNoOverlap(labels, size[0] + " px");
			assertThat(axeViolations()).isEmpty();
			((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()",
					"case-map");
			screenshot("business-case-map-labels-" + size[0]);
		}
	}

	private void waitForReport() {
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-report-ready", "true"));
	}

}
