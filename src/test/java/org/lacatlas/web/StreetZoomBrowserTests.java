package org.lacatlas.web;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.lacatlas.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main map at street zoom (16), with no basemap, is not "a plain yellow field": the
 * small areas' fill fades below its borough-zoom strength while their outlines darken,
 * ward outlines grow heavier, and the small areas in view are named with their ward, none
 * overprinting another. Compare {@code target/screenshots/street-zoom-16.png} with
 * {@code map-thurrock.png}.
 */
class StreetZoomBrowserTests extends BrowserTest {

	@Test
	void atStreetZoomTheFillFadesAndOutlinesAndNamesStay() throws Exception {
		browser.manage().deleteAllCookies();
		windowSize(1400, 900);
		browser.get(thurrock("/"));
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-map-ready", "true"));
		MapView view = new MapView(browser);
		List<Map<String, Object>> borough = view.areasInView();
		assertThat(borough).hasSize(100);
		double boroughFill = n(borough.get(0), "fillOpacity");
		assertThat(borough).allSatisfy(a -> assertThat(a.get("stroke")).isEqualTo("#ffffff"));

		view.wheelZoomOverWard("Grays Riverside", 16);
		List<Map<String, Object>> street = view.areasInView();
		assertThat(street).as("small areas drawn in view at zoom %s", view.zoom()).hasSizeBetween(2, 40);
		assertThat(street).allSatisfy(a -> {
			assertThat(n(a, "fillOpacity")).isLessThan(boroughFill / 2);
			assertThat(a.get("stroke")).isEqualTo("#505a5f");
			assertThat(n(a, "strokeWidth")).isGreaterThanOrEqualTo(1.2);
		});
		assertThat(js(
				"return [...document.querySelectorAll('#map path.ward-line')].map((p) => p.getAttribute('stroke-width'));"))
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.isNotEmpty()
			.allSatisfy(w -> assertThat(Double.parseDouble((String) w)).isGreaterThanOrEqualTo(3));

		waitUpTo(10).until(
				d -> !view.labels("map").stream().filter(l -> l.get("kind").equals("small-area")).toList().isEmpty());
		List<Map<String, Object>> labels = view.labels("map");
		MapView.assertNoOverlap(labels, "street zoom");
		view.assertWhollyInside(labels, "map", "street zoom");
		// each name is the area's and, under it, its ward's
		List<String> names = jdbc.sql("""
				SELECT s.name || w.name FROM small_area s JOIN ward w ON w.code = s.ward_code
				WHERE s.authority_code = 'E06000034'
				""").query(String.class).list();
		assertThat(labels).filteredOn(l -> l.get("kind").equals("small-area"))
			.hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy(l -> assertThat(names).contains((String) l.get("text")));
		screenshot("street-zoom-16");
	}

	private static Object js(String script) {
		return ((JavascriptExecutor) browser).executeScript(script);
	}

	private static double n(Map<String, Object> map, String key) {
		return ((Number) map.get(key)).doubleValue();
	}

}
