package org.lacatlas.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lacatlas.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main map's names never pile up: at borough zoom and one level in, on a desk
 * (1400×900) and a phone (390×844), no two shown labels overlap (ward and town names for
 * a visitor, neighbourhood names for a planner), and enough of them are shown to find
 * one's way.
 */
class MapLabelBrowserTests extends BrowserTest {

	private static final int[][] SIZES = { { 1400, 900 }, { 390, 844 } };

	@Test
	void wardAndTownNamesNeverOverlapOnADeskOrAPhone() throws Exception {
		browser.manage().deleteAllCookies();
		MapView view = new MapView(browser);
		for (int[] size : SIZES) {
			windowSize(size[0], size[1]);
			browser.get(thurrock("/"));
			waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-map-ready", "true"));
			for (String zoom : new String[] { "borough", "closer" }) {
				if (zoom.equals("closer")) {
					view.zoomIn();
					view.zoomIn();
				}
				String where = "visitor at " + size[0] + " px, " + zoom + " zoom";
				List<Map<String, Object>> labels = view.labels("map");
				screenshot("map-labels-" + size[0] + "-" + zoom);
				MapView.assertNoOverlap(labels, where);
				view.assertWhollyInside(labels, "map", where);
				assertThat(labels).as(where)
					.filteredOn(l -> l.get("kind").equals("ward"))
					.hasSizeGreaterThanOrEqualTo(size[0] > 1000 ? 12 : 5);
				assertThat(labels).as(where).filteredOn(l -> l.get("kind").equals("place")).isNotEmpty();
			}
		}
	}

	@Test
	void neighbourhoodNamesNeverOverlapOnADeskOrAPhone() throws Exception {
		browser.manage().deleteAllCookies();
		signIn("planner");
		MapView view = new MapView(browser);
		for (int[] size : SIZES) {
			windowSize(size[0], size[1]);
			browser.get(url("/"));
			waitUpTo(30)
				.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-neighbourhoods-ready", "true"));
			for (String zoom : new String[] { "borough", "closer" }) {
				if (zoom.equals("closer")) {
					view.zoomIn();
					view.zoomIn();
				}
				String where = "planner at " + size[0] + " px, " + zoom + " zoom";
				List<Map<String, Object>> labels = view.labels("map");
				screenshot("map-neighbourhood-labels-" + size[0] + "-" + zoom);
				MapView.assertNoOverlap(labels, where);
				view.assertWhollyInside(labels, "map", where);
				assertThat(labels).as(where)
					.filteredOn(l -> l.get("kind").equals("neighbourhood"))
					.hasSizeGreaterThanOrEqualTo(size[0] > 1000 ? 10 : 4);
				assertThat(labels).as("ward and town names give way to neighbourhoods")
					.noneMatch(l -> l.get("kind").equals("ward") || l.get("kind").equals("place"));
			}
		}
	}

}
