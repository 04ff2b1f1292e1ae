package org.lacatlas.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lacatlas.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same map drawn from vector tiles, as a council with more small areas than
 * {@code lacatlas.map.tiles-above-small-areas} would be: Thurrock with the threshold at
 * 0. Compare {@code target/screenshots/map-tiles.png} with {@code map-thurrock.png}.
 */
@TestPropertySource(properties = "lacatlas.map.tiles-above-small-areas=0")
class MapTilesBrowserTests extends BrowserTest {

	@Test
	void drawsTheSmallAreasFromVectorTilesWithTheSameColoursLegendAndInfo() throws Exception {
		browser.get(thurrock("/"));
		waitUpTo(20).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-map-ready", "true"));
		assertThat(browser.findElement(By.id("map")).getAttribute("data-small-areas-from")).isEqualTo("tiles");
		waitUpTo(20).until(b -> drawnCodes() == 100);

		List<String> requests = js(
				"""
						return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname + new URL(e.name).search)
							.filter(u => u.startsWith('/tiles/') || u.startsWith('/api/small-areas'));
						""");
		assertThat(requests).anyMatch(u -> u.matches("/tiles/small-areas/\\d+/\\d+/\\d+\\.mvt(\\?council=E06000034)?"));
		assertThat(requests).filteredOn(u -> u.startsWith("/api/small-areas"))
			.allMatch(u -> u.contains("geometry=false"));

		// Every area is filled with a colour of the legend, as the GeoJSON map is.
		List<String> legend = js(
				"""
						return [...document.querySelectorAll('#map-legend .legend-swatch')].map(s => getComputedStyle(s).backgroundColor);
						""");
		List<String> fills = js("""
				return [...new Set([...document.querySelectorAll('.leaflet-tile path.small-area')]
					.map(p => { const c = document.createElement('i'); c.style.color = p.getAttribute('fill');
						document.body.append(c); const rgb = getComputedStyle(c).color; c.remove(); return rgb; }))];
				""");
		assertThat(legend).hasSize(5);
		assertThat(legend).containsAll(fills);
		assertThat(fills).hasSize(5);

		browser.findElement(By.id("measure-imd")).click();
		waitUpTo(5).until(ExpectedConditions.textToBePresentInElementLocated(By.id("map-legend"), "most deprived"));
		Path shot = screenshot("map-tiles");
		assertThat(Files.size(shot)).isGreaterThan(20_000);

		Map<String, Object> inside = pointInsideAnArea();
		String code = (String) inside.get("code");
		click(inside);
		waitUpTo(5).until(ExpectedConditions.attributeToBe(By.id("map-info"), "data-code", code));
		String name = jdbc.sql("SELECT name FROM small_area WHERE code = :code")
			.param("code", code)
			.query(String.class)
			.single();
		assertThat(browser.findElement(By.id("map-info")).getText()).contains(name, code, "Residents", "IMD decile",
				"Selected");
		assertThat(browser.findElement(By.id("map")).getAttribute("data-selected-area")).isEqualTo(code);
		waitUpTo(5).until(b -> !b.findElements(By.cssSelector(".leaflet-highlight-pane path")).isEmpty());
		screenshot("map-tiles-selected");
	}

	/**
	 * At street zoom the tiled areas fade as the GeoJSON ones do
	 * (StreetZoomBrowserTests): translucent paths in an opaque layer, with dark outlines
	 * that do not fade with them; the small areas in view are named though the figures
	 * came without outlines.
	 */
	@Test
	void atStreetZoomTheTiledAreasFadeAndKeepTheirOutlinesAndNames() throws Exception {
		browser.manage().deleteAllCookies();
		windowSize(1400, 900);
		browser.get(thurrock("/"));
		waitUpTo(20).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-map-ready", "true"));
		waitUpTo(20).until(b -> drawnCodes() == 100);
		MapView view = new MapView(browser);
		double boroughFill = ((Number) view.areasInView().get(0).get("fillOpacity")).doubleValue();
		assertThat(boroughFill).isGreaterThan(0.7);

		view.wheelZoomOverWard("Grays Riverside", 16);
		waitUpTo(20).until(b -> view.areasInView().size() >= 2);
		assertThat(view.areasInView()).allSatisfy(a -> {
			assertThat(((Number) a.get("fillOpacity")).doubleValue()).isLessThan(boroughFill / 2);
			assertThat(a.get("stroke")).isEqualTo("#505a5f");
			assertThat(((Number) a.get("strokeWidth")).doubleValue()).isGreaterThanOrEqualTo(1.15);
		});
		waitUpTo(10)
			.until(b -> view.labels("map").stream().filter(l -> l.get("kind").equals("small-area")).count() >= 2);
		MapView.assertNoOverlap(view.labels("map"), "street zoom, tiles");
		view.assertWhollyInside(view.labels("map"), "map", "street zoom, tiles");
		screenshot("street-zoom-16-tiles");
	}

	@Test
	void drawsTheIntroductionDensityFromVectorTilesWithTheSameHatchingAndLabels() throws Exception {
		signIn("planner");
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-map-ready", "true"));
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.id("introductions"), "data-ready", "true"));
		// the neighbourhoods (GeoJSON outlines) over the tiled small areas, as on the
		// GeoJSON map
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-neighbourhoods-ready", "true"));
		assertThat(browser.findElements(By.cssSelector("path.neighbourhood"))).hasSize(17);
		browser.findElement(By.id("introductions-show")).click();
		js("""
				document.getElementById('introductions-from').value = '2013-06';
				const to = document.getElementById('introductions-to');
				to.value = '2013-09';
				to.dispatchEvent(new Event('change', { bubbles: true }));
				""");
		waitUpTo(30).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("#introductions-summary caption"), "2013-06 to 2013-09"));
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.id("introductions"), "data-ready", "true"));
		waitUpTo(20).until(b -> !b.findElements(By.cssSelector(".density-tiles path.hex-suppressed")).isEmpty());

		List<String> requests = js(
				"""
						return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname + new URL(e.name).search)
							.filter(u => u.includes('introduction'));
						""");
		assertThat(requests).anyMatch(u -> u
			.matches("/tiles/introduction-density/\\d+/\\d+/\\d+\\.mvt\\?cellSize=500&from=2013-06&to=2013-09"));
		assertThat(requests).filteredOn(u -> u.startsWith("/api/introductions/density"))
			.isNotEmpty()
			.allMatch(u -> u.contains("geometry=centre"));

		List<WebElement> suppressed = browser.findElements(By.cssSelector(".density-tiles path.hex-suppressed"));
		assertThat(suppressed.get(0).getAttribute("data-introductions")).isEqualTo("<5");
		assertThat(suppressed.get(0).getCssValue("fill")).contains("url(").contains("hex-hatch");
		assertThat(browser.findElements(By.cssSelector(".density-tiles path.hex-counted"))).isNotEmpty();
		Number suppressedHexagons = (Number) ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch('/api/introductions/density?cellSize=500&from=2013-06&to=2013-09')
					.then(r => r.json()).then(c => done(c.features.filter(f => f.properties.suppressed).length));
				""");
		List<WebElement> labels = browser.findElements(By.cssSelector(".hex-label"));
		assertThat(labels).hasSize(suppressedHexagons.intValue());
		assertThat(labels).extracting(WebElement::getText).containsOnly("<5");
		assertThat(browser.findElement(By.id("introductions-legend")).getText()).contains("<5: fewer than 5");

		Path shot = screenshot("introductions-density-tiles");
		assertThat(Files.size(shot)).isGreaterThan(20_000);
		browser.findElement(By.id("sign-out")).click();
		waitUpTo(10).until(ExpectedConditions.attributeToBe(By.id("auth"), "data-signed-in", "false"));
	}

	@Test
	void aPlannerMovesATiledAreaIntoAnotherNeighbourhood() throws Exception {
		signIn("planner");
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-neighbourhoods-ready", "true"));
		waitUpTo(20).until(b -> drawnCodes() == 100);
		browser.findElement(By.id("edit-neighbourhoods")).click();
		waitUpTo(5).until(ExpectedConditions.attributeToBe(By.id("map"), "data-measure", "neighbourhood"));
		Map<String, Object> inside = pointInsideAnArea();
		long other = jdbc.sql("""
				SELECT min(n.id) FROM neighbourhood n WHERE n.id <> (
					SELECT neighbourhood_id FROM neighbourhood_area WHERE small_area_code = :code)
				""").param("code", inside.get("code")).query(Long.class).single();
		new Select(browser.findElement(By.id("move-target"))).selectByValue(String.valueOf(other));
		click(inside);
		waitUpTo(10).until(ExpectedConditions.textToBe(By.id("save-moves"), "Save 1 move"));
		assertThat(browser.findElements(By.cssSelector("#move-summary li[data-id='" + other + "']"))).hasSize(1);
		screenshot("map-tiles-editing");
		browser.findElement(By.id("undo-move")).click();
		waitUpTo(10).until(ExpectedConditions.textToBe(By.id("save-moves"), "Save 0 moves"));

		// Keyboard users cannot tab between areas drawn on tiles: they name the area.
		WebElement area = browser.findElement(By.id("move-area"));
		area.sendKeys("Nowhere 999Z", Keys.ENTER);
		waitUpTo(5).until(ExpectedConditions.textToBePresentInElementLocated(By.id("move-area-problem"),
				"No small area is called \"Nowhere 999Z\""));
		String name = jdbc.sql("SELECT name FROM small_area WHERE code = :code")
			.param("code", inside.get("code"))
			.query(String.class)
			.single();
		area.clear();
		area.sendKeys(name, Keys.ENTER);
		waitUpTo(10).until(ExpectedConditions.textToBe(By.id("save-moves"), "Save 1 move"));
		assertThat(browser.findElement(By.id("move-summary")).getText()).contains("Moved " + name);
		assertThat(browser.findElement(By.id("move-area-problem")).getText()).isEmpty();
		browser.findElement(By.id("undo-move")).click();
		waitUpTo(10).until(ExpectedConditions.textToBe(By.id("save-moves"), "Save 0 moves"));
		browser.findElement(By.id("sign-out")).click();
		waitUpTo(10).until(ExpectedConditions.attributeToBe(By.id("auth"), "data-signed-in", "false"));
	}

	/**
	 * VectorGrid 1.3.0's canvas tiles called {@code L.DomEvent.fakeStop}, gone since
	 * Leaflet 1.8, on every click: lib/vectorGrid.js mends that. A canvas-drawn feature
	 * gets the click, the map gets it once too, as with Leaflet's own canvas renderer.
	 */
	@Test
	void aFeatureOnACanvasTileCanBeClicked() {
		browser.get(thurrock("/"));
		waitUpTo(20).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-map-ready", "true"));
		((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				import('/js/lib/vectorGrid.js').then(async ({ loadVectorGrid }) => {
					const L = await loadVectorGrid();
					const div = document.createElement('div');
					div.style.cssText = 'position: fixed; left: 0; top: 0; width: 512px; height: 512px; z-index: 10000';
					document.body.append(div);
					const map = L.map(div).setView([51.48, 0.32], 13);
					const seen = window.canvasClickTest = { feature: null, mapClicks: 0, errors: [] };
					window.addEventListener('error', (e) => seen.errors.push(e.message));
					const grid = L.vectorGrid.protobuf('/tiles/small-areas/{z}/{x}/{y}.mvt?council=E06000034', {
						rendererFactory: L.canvas.tile, interactive: true,
						vectorTileLayerStyles: { 'small-areas': { fill: true, fillOpacity: 1, weight: 0 } },
					});
					grid.on('click', (e) => { seen.feature = e.layer.properties.id; });
					map.on('click', () => { seen.mapClicks += 1; });
					grid.on('load', () => done());
					grid.addTo(map);
				});
				""");
		new Actions(browser).moveToLocation(256, 256).click().perform();
		Map<String, Object> seen = js("return window.canvasClickTest;");
		assertThat((List<?>) seen.get("errors")).isEmpty();
		assertThat((String) seen.get("feature")).startsWith("E010");
		assertThat(((Number) seen.get("mapClicks")).intValue()).isEqualTo(1);
	}

	/**
	 * A whole pixel well inside one area's path, where the pointer will hit that area.
	 */
	private Map<String, Object> pointInsideAnArea() {
		return js(
				"""
						const hits = (x, y, path) => [-3, 0, 3].every(dx => [-3, 0, 3]
							.every(dy => document.elementFromPoint(x + dx, y + dy) === path));
						for (const path of document.querySelectorAll('.leaflet-tile path.small-area[data-code]')) {
							const box = path.getBoundingClientRect();
							for (let i = 1; i < 10; i++) for (let j = 1; j < 10; j++) {
								const x = Math.round(box.left + box.width * i / 10), y = Math.round(box.top + box.height * j / 10);
								if (hits(x, y, path)) return { code: path.dataset.code, x, y };
							}
						}
						return null;
						""");
	}

	private void click(Map<String, Object> point) {
		new Actions(browser).moveToLocation(((Number) point.get("x")).intValue(), ((Number) point.get("y")).intValue())
			.click()
			.perform();
	}

	/** How many different small areas the tiles have drawn. */
	private long drawnCodes() {
		Number n = js("""
				return new Set([...document.querySelectorAll('.leaflet-tile path.small-area[data-code]')]
					.map(p => p.dataset.code)).size;
				""");
		return n.longValue();
	}

	@SuppressWarnings("unchecked")
	private <T> T js(String script) {
		return (T) ((JavascriptExecutor) browser).executeScript(script);
	}

}
