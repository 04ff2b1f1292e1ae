package org.lacatlas.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lacatlas.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map on a phone (390×844): the map comes first, its legends are folded until asked
 * for, the credits take one line, and nothing is wider than the screen. On a phone and a
 * desk, folded or not, no two of the map's controls overlap.
 */
class PhoneBrowserTests extends BrowserTest {

	@Test
	void thePlannersMapFitsAPhone() throws Exception {
		browser.manage().deleteAllCookies();
		windowSize(390, 844);
		signIn("planner");
		browser.get(url("/"));
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-page-ready", "true"));
		screenshot("phone-planner");

		assertThat(number("document.getElementById('map').getBoundingClientRect().top")).isLessThan(150);
		for (String id : new String[] { "map-legend", "neighbourhood-legend" }) {
			WebElement legend = browser.findElement(By.id(id));
			assertThat(legend.getDomAttribute("class")).as(id).contains("collapsed");
			WebElement toggle = legend.findElement(By.cssSelector(".legend-toggle"));
			assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
			toggle.click();
			assertThat(legend.getDomAttribute("class")).as(id).doesNotContain("collapsed");
			assertThat(legend.findElement(By.cssSelector(".legend-classes")).isDisplayed()).isTrue();
			toggle.click();
		}
		assertThat(number("document.querySelector('.leaflet-control-attribution').getBoundingClientRect().height"))
			.isLessThan(24);
		assertNothingWiderThanTheScreen();
	}

	@Test
	void noTwoMapControlsOverlapFoldedOrUnfoldedOnAPhoneOrADesk() throws Exception {
		for (String user : new String[] { "planner", "coordinator", "councillor" }) {
			browser.manage().deleteAllCookies();
			signIn(user);
			for (int[] size : new int[][] { { 390, 844 }, { 1400, 900 } }) {
				windowSize(size[0], size[1]);
				browser.get(url("/"));
				waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-page-ready", "true"));
				String where = user + " at " + size[0] + " px";
				screenshot("map-controls-" + user + "-" + size[0]);
				assertThat(overlappingControls()).as(where + ", as opened").isEmpty();
				if (size[0] < 1000) {
					assertNothingWiderThanTheScreen();
				}
				for (WebElement toggle : browser.findElements(By.cssSelector("#map .legend-toggle"))) {
					toggle.click();
					screenshot("map-controls-" + user + "-" + size[0] + "-toggled");
					assertThat(overlappingControls()).as("%s, \"%s\" toggled", where, toggle.getText()).isEmpty();
					toggle.click();
				}
			}
		}
		windowSize(1280, 900);
	}

	@Test
	void thePrintableAssetListFitsAPhone() throws Exception {
		browser.manage().deleteAllCookies();
		windowSize(390, 844);
		signIn("coordinator");
		browser.get(url("/assets-print.html?ward=E05002235"));
		waitUpTo(20).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-print-ready", "true"));
		screenshot("phone-assets-print");
		assertNothingWiderThanTheScreen();
	}

	private void assertNothingWiderThanTheScreen() {
		// The outermost elements reaching past the right edge, named so a failure says
		// what to fix.
		Object wide = ((JavascriptExecutor) browser).executeScript(
				"""
						const edge = document.documentElement.clientWidth + 1;
						const past = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > edge
						  && !e.closest('.leaflet-container') && e.parentElement.getBoundingClientRect().right <= edge);
						return past.slice(0, 5).map((e) => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className).join(', ');
						""");
		assertThat(number("document.documentElement.scrollWidth")).as("wider than the screen: %s", wide)
			.isLessThanOrEqualTo(number("document.documentElement.clientWidth"));
	}

	/**
	 * Pairs of the main map's shown controls (legends, the info box, zoom, credits) whose
	 * boxes overlap, named by their text, once the layout has settled (two frames).
	 */
	@SuppressWarnings("unchecked")
	private List<String> overlappingControls() {
		return (List<String>) ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				requestAnimationFrame(() => requestAnimationFrame(() => {
				  const shown = [...document.querySelectorAll('#map .leaflet-control')]
				    .filter((c) => getComputedStyle(c).visibility !== 'hidden')
				    .map((c) => ({ name: (c.id || c.className) + ' "' + c.textContent.trim().slice(0, 30) + '"',
				      r: c.getBoundingClientRect() }))
				    .filter((c) => c.r.width > 0 && c.r.height > 0);
				  const found = [];
				  shown.forEach((a, i) => shown.slice(i + 1).forEach((b) => {
				    const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
				    const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
				    if (w > 0.5 && h > 0.5) found.push(a.name + ' overlaps ' + b.name);
				  }));
				  done(found);
				}));
				""");
	}

	private double number(String expression) {
		return ((Number) ((JavascriptExecutor) browser).executeScript("return " + expression)).doubleValue();
	}

}
