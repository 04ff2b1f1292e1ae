package org.lacatlas.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What browser tests read off a Leaflet map as a person sees it: the names shown on it
 * (and that none overprints another), and its zoom, changed as a person would, with the
 * mouse wheel or the zoom buttons. The main map says its zoom in {@code data-zoom}.
 */
final class MapView {

	/**
	 * The labels shown inside a map (by the id of its container): text, class and box in
	 * page pixels. Hidden ones (declutter's {@code label-hidden}, or CSS) are left out.
	 */
	private static final String LABELS = """
			const map = document.getElementById(arguments[0]).getBoundingClientRect();
			return [...document.getElementById(arguments[0]).querySelectorAll('.leaflet-tooltip.ward-label,'
			    + ' .leaflet-tooltip.place-label, .leaflet-tooltip.neighbourhood-label, .leaflet-tooltip.small-area-label')]
			  .filter((n) => !n.classList.contains('label-hidden') && getComputedStyle(n).visibility !== 'hidden')
			  .map((n) => ({ text: n.textContent, kind: n.className.match(/(ward|place|neighbourhood|small-area)-label/)[1],
			    r: n.getBoundingClientRect() }))
			  .filter((l) => l.r.right > map.left && l.r.left < map.right && l.r.bottom > map.top && l.r.top < map.bottom)
			  .map((l) => ({ text: l.text, kind: l.kind, place: l.kind === 'place', left: l.r.left, top: l.r.top,
			    right: l.r.right, bottom: l.r.bottom }));
			""";

	/**
	 * The main map's small-area paths whose boxes meet the map: their fill opacity (times
	 * their tile layer's opacity), stroke colour and width as drawn (a tile scaled to a
	 * fractional zoom scales its strokes, see atlas.css).
	 */
	private static final String AREAS_IN_VIEW = """
			const map = document.getElementById('map').getBoundingClientRect();
			return [...document.querySelectorAll('#map path.small-area')]
			  .filter((p) => { const r = p.getBoundingClientRect();
			    return r.width > 0 && r.right > map.left && r.left < map.right && r.bottom > map.top && r.top < map.bottom; })
			  .map((p) => ({ code: p.dataset.code, stroke: p.getAttribute('stroke'),
			    strokeWidth: parseFloat(getComputedStyle(p).strokeWidth)
			      * (parseFloat(getComputedStyle(p).getPropertyValue('--tile-scale')) || 1),
			    fillOpacity: parseFloat(p.getAttribute('fill-opacity'))
			      * parseFloat(getComputedStyle(p.closest('.leaflet-layer') || p).opacity) }));
			""";

	private final WebDriver browser;

	MapView(WebDriver browser) {
		this.browser = browser;
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> labels(String mapId) {
		return (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(LABELS, mapId);
	}

	/**
	 * Fails naming the first two labels whose boxes overlap by more than half a pixel.
	 */
	static void assertNoOverlap(List<Map<String, Object>> labels, String where) {
		for (int i = 0; i < labels.size(); i++) {
			for (int j = i + 1; j < labels.size(); j++) {
				Map<String, Object> a = labels.get(i);
				Map<String, Object> b = labels.get(j);
				double w = Math.min(n(a, "right"), n(b, "right")) - Math.max(n(a, "left"), n(b, "left"));
				double h = Math.min(n(a, "bottom"), n(b, "bottom")) - Math.max(n(a, "top"), n(b, "top"));
				assertThat(w > 0.5 && h > 0.5).as("%s: \"%s\" overlaps \"%s\"", where, a.get("text"), b.get("text"))
					.isFalse();
			}
		}
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> areasInView() {
		return (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(AREAS_IN_VIEW);
	}

	/**
	 * Turns the mouse wheel over a ward's name on the main map until the zoom is at least
	 * {@code target} (and less than a level more).
	 */
	@SuppressWarnings("unchecked")
	void wheelZoomOverWard(String ward, double target) {
		Map<String, Object> at = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
				"""
						const label = [...document.querySelectorAll('#map .ward-label')].find((n) => n.textContent === arguments[0]);
						const r = label.getBoundingClientRect();
						return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
						""",
				ward);
		wheelZoomTo(target, ((Number) at.get("x")).intValue(), ((Number) at.get("y")).intValue());
		assertThat(zoom()).isLessThan(target + 0.75);
	}

	/**
	 * Fails naming the first label not wholly inside the map (by its container's id): one
	 * cut at the map's edge.
	 */
	void assertWhollyInside(List<Map<String, Object>> labels, String mapId, String where) {
		@SuppressWarnings("unchecked")
		Map<String, Object> box = (Map<String, Object>) ((JavascriptExecutor) browser)
			.executeScript("const r = document.getElementById(arguments[0]).getBoundingClientRect();"
					+ " return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };", mapId);
		for (Map<String, Object> label : labels) {
			assertThat(n(label, "left") >= n(box, "left") - 0.5 && n(label, "right") <= n(box, "right") + 0.5
					&& n(label, "top") >= n(box, "top") - 0.5 && n(label, "bottom") <= n(box, "bottom") + 0.5)
				.as("%s: \"%s\" is cut at the map's edge", where, label.get("text"))
				.isTrue();
		}
	}

	/** The main map's zoom, once a zoom has ended. */
	double zoom() {
		String zoom = browser.findElement(By.id("map")).getDomAttribute("data-zoom");
		return zoom == null ? Double.NaN : Double.parseDouble(zoom);
	}

	/**
	 * Turns the mouse wheel over the main map at a viewport point, half a zoom level a
	 * notch, until the zoom is at least {@code target}; the point stays where it is.
	 */
	void wheelZoomTo(double target, int x, int y) {
		for (int notch = 0; notch < 20 && zoom() < target; notch++) {
			double before = zoom();
			new Actions(browser).scrollFromOrigin(WheelInput.ScrollOrigin.fromViewport(x, y), 0, -40).perform();
			new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> zoom() != before);
		}
		assertThat(zoom()).as("zoomed in with the wheel").isGreaterThanOrEqualTo(target);
	}

	/** Presses the map's zoom-in button once and waits for the zoom to end. */
	void zoomIn() {
		double before = zoom();
		browser.findElement(By.cssSelector("#map .leaflet-control-zoom-in")).click();
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> zoom() > before);
	}

	private static double n(Map<String, Object> label, String key) {
		return ((Number) label.get(key)).doubleValue();
	}

}
