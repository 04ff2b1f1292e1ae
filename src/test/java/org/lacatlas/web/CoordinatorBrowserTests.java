package org.lacatlas.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lacatlas.BrowserTest;
import org.lacatlas.SecondCouncil;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A coordinator's jobs by keyboard alone, on a desk and a phone: the panel opens on their
 * own patch (figures as the API gives them) with the map zoomed to it; a place or
 * postcode search moves the map, puts an asset's pin there, and lists the assets near it
 * by distance. axe-core finds nothing at each step.
 */
class CoordinatorBrowserTests extends BrowserTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	private JsonNode api(String user, String path) throws Exception {
		return json.readTree(http.withBasicAuth(user, PASSWORD).getForObject(URI.create(url(path)), String.class));
	}

	private void openMapAs(String user, int width, int height) {
		browser.manage().deleteAllCookies();
		windowSize(width, height);
		signIn(user);
		browser.get(url("/"));
		waitUpTo(40).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-page-ready", "true"));
		waitUpTo(20).until(ExpectedConditions.attributeToBe(By.id("my-patch"), "data-ready", "true"));
	}

	private WebElement focused() {
		return browser.switchTo().activeElement();
	}

	private void keys(CharSequence... keys) {
		new Actions(browser).sendKeys(keys).perform();
	}

	/**
	 * Tabs from the top of the page until an element with this id has focus; how many
	 * Tabs.
	 */
	private int tabTo(String id) {
		((JavascriptExecutor) browser).executeScript("document.activeElement?.blur(); window.scrollTo(0, 0)");
		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		for (int tabs = 1; tabs <= 120; tabs++) {
			if (id.equals(focused().getDomAttribute("id"))) {
				return tabs;
			}
			keys(Keys.TAB);
		}
		throw new AssertionError("Tab never reached #" + id);
	}

	/**
	 * Types into the focused place search, waits for the list and chooses the first by
	 * keyboard.
	 */
	private void chooseFirstPlace(String fieldId, String typed) {
		keys(typed);
		waitUpTo(10).until(ExpectedConditions.attributeToBe(By.id(fieldId), "aria-expanded", "true"));
		keys(Keys.ARROW_DOWN);
		assertThat(browser.findElement(By.id(fieldId)).getDomAttribute("aria-activedescendant"))
			.isEqualTo(fieldId + "-option-0");
		keys(Keys.ENTER);
	}

	@ParameterizedTest(name = "{0}×{1}")
	@CsvSource({ "1400, 900", "390, 844" })
	void myPatchComesFirstWithTheApisFiguresAndTheMapOnIt(int width, int height) throws Exception {
		openMapAs("coordinator", width, height);
		JsonNode post = api("coordinator", "/api/coordinators/mine").get("post");
		WebElement patch = browser.findElement(By.id("my-patch"));
		assertThat(patch.findElement(By.tagName("h2")).getText()).isEqualTo("My patch: " + post.get("name").asText());
		// Figures are the API's: residents from coverage, the asset count from the search
		String id = post.at("/patch/id").asText();
		JsonNode line = null;
		for (JsonNode n : api("coordinator", "/api/coverage").get("neighbourhoods")) {
			if (n.get("code").asText().equals(id)) {
				line = n;
			}
		}
		assertThat(patch.getText()).contains(String.format(Locale.UK, "%,d residents", line.get("residents").asLong()));
		long assets = api("coordinator", "/api/assets?neighbourhood=" + id + "&limit=1").get("total").asLong();
		assertThat(assets).isPositive();
		assertThat(patch.getText()).contains(String.format(Locale.UK, "%,d assets", assets));
		assertThat(browser.findElements(By.cssSelector("#my-patch-assets li"))).hasSize((int) Math.min(assets, 10));
		waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-patch-gap"), "live more than"));
		assertThat(browser.findElement(By.id("my-patch-introductions")).getText()).matches(
				"(fewer than \\d+ introductions \\(not shown, to protect privacy\\)|[\\d,]+ introductions).* as published\\.");
		// The coordinator's tools come straight after it, before the map options
		List<String> order = new ArrayList<>();
		for (WebElement e : browser.findElements(By.cssSelector(".panel > :not(h2)"))) {
			if (e.isDisplayed()) {
				order.add(e.getDomAttribute("id"));
			}
		}
		assertThat(order.subList(0, 4)).containsExactly("place-search-box", "my-patch", "asset-side", "introductions");
		// The map is zoomed to the patch: its outline fills much of the map
		var map = browser.findElement(By.id("map")).getRect();
		var outline = browser.findElement(By.cssSelector("path.my-patch-outline")).getRect();
		assertThat(Math.max(outline.width / (double) map.width, outline.height / (double) map.height))
			.isGreaterThan(0.5);
		assertThat(outline.x).isGreaterThanOrEqualTo(map.x - 30);
		assertThat(outline.x + outline.width).isLessThanOrEqualTo(map.x + map.width + 30);
		// Keyboard: the patch's zoom button is among the first stops, before the asset
		// search
		assertThat(tabTo("my-patch-zoom")).isLessThan(tabTo("asset-search"));
		assertThat(axeViolations()).isEmpty();
		screenshot("coordinator-my-patch-" + width);
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", patch);
		screenshot("coordinator-my-patch-panel-" + width);
	}

	@Test
	void aCoordinatorWithNoPostIsToldWhatToDo() throws Exception {
		openMapAs(SecondCouncil.user("coordinator"), 1400, 900);
		WebElement patch = browser.findElement(By.id("my-patch"));
		assertThat(patch.getText()).contains("No coordinator post names you")
			.contains("Ask a planner or your council's administrator");
		assertThat(browser.findElements(By.cssSelector("path.my-patch-outline"))).isEmpty();
		assertThat(axeViolations()).isEmpty();
	}

	@Test
	void otherRolesHaveNoMyPatch() {
		openMapAsPlanner();
		assertThat(browser.findElement(By.id("my-patch")).isDisplayed()).isFalse();
	}

	private void openMapAsPlanner() {
		browser.manage().deleteAllCookies();
		windowSize(1400, 900);
		signIn("planner");
		browser.get(url("/"));
		waitUpTo(40).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-page-ready", "true"));
	}

	@ParameterizedTest(name = "{0}×{1}")
	@CsvSource({ "1400, 900", "390, 844" })
	void aPostcodeSectorFoundByKeyboardMovesTheMap(int width, int height) throws Exception {
		openMapAs("coordinator", width, height);
		tabTo("place-search");
		chooseFirstPlace("place-search", "rm17 6");
		waitUpTo(5).until(ExpectedConditions.attributeToBe(By.id("map"), "data-moved-to", "RM17 6"));
		WebElement field = browser.findElement(By.id("place-search"));
		assertThat(field.getDomAttribute("aria-expanded")).isEqualTo("false");
		assertThat(field.getDomProperty("value")).isEqualTo("RM17 6");
		assertThat(browser.findElement(By.id("place-search-status")).getText())
			.startsWith("Chose RM17 6, postcode sector");
		// Escape closes the list and then clears the field; focus stays in it
		keys(Keys.BACK_SPACE);
		waitUpTo(10).until(ExpectedConditions.attributeToBe(By.id("place-search"), "aria-expanded", "true"));
		assertThat(axeViolations()).isEmpty();
		screenshot("coordinator-place-search-" + width);
		keys(Keys.ESCAPE);
		assertThat(field.getDomAttribute("aria-expanded")).isEqualTo("false");
		keys(Keys.ESCAPE);
		assertThat(field.getDomProperty("value")).isEmpty();
		assertThat(focused().getDomAttribute("id")).isEqualTo("place-search");
	}

	/** "Location: 51.47812, 0.32340 (drag …)" as {lat, lon}. */
	private static double[] location(String text) {
		var m = java.util.regex.Pattern.compile("^Location: (-?[\\d.]+), (-?[\\d.]+) ").matcher(text);
		assertThat(m.find()).as(text).isTrue();
		return new double[] { Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)) };
	}

	@ParameterizedTest(name = "{0}×{1}")
	@CsvSource({ "1400, 900", "390, 844" })
	void anAssetIsPinnedAtAPlaceByKeyboardThenNudged(int width, int height) throws Exception {
		openMapAs("coordinator", width, height);
		tabTo("asset-add");
		keys(Keys.ENTER);
		keys(Keys.ENTER);
		waitUpTo(5).until(ExpectedConditions.visibilityOfElementLocated(By.id("asset-form")));
		WebElement where = browser.findElement(By.cssSelector("#asset-form .asset-form-where"));
		// From the name field, Shift+Tab reaches the place field of the pin, just above
		// it
		assertThat(focused().getDomAttribute("name")).isEqualTo("name");
		new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
		assertThat(focused().getDomAttribute("id")).isEqualTo("asset-pin-place");
		chooseFirstPlace("asset-pin-place", "Grays");
		JsonNode grays = api("coordinator", "/api/places/search?q=Grays").at("/places/0");
		assertThat(grays.get("name").asText()).isEqualTo("Grays");
		assertThat(focused().getDomAttribute("class")).contains("keyboard-pin");
		// The pin being moved is not hidden under the form, on a phone either
		var pinBox = focused().getRect();
		var formBox = browser.findElement(By.id("asset-form")).getRect();
		assertThat(pinBox.x + pinBox.width <= formBox.x || pinBox.y + pinBox.height <= formBox.y)
			.as("pin %s clear of the form %s", pinBox, formBox)
			.isTrue();
		double[] pinned = location(where.getText());
		assertThat(pinned[0]).isCloseTo(grays.get("lat").asDouble(), within(0.00001));
		assertThat(pinned[1]).isCloseTo(grays.get("lon").asDouble(), within(0.00001));
		keys(Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_DOWN);
		double[] nudged = location(where.getText());
		// West and south by a few metres at street zoom (10 px at zoom 17 is about 12 m)
		assertThat(nudged[1]).isLessThan(pinned[1]).isGreaterThan(pinned[1] - 0.001);
		assertThat(nudged[0]).isLessThan(pinned[0]).isGreaterThan(pinned[0] - 0.001);
		assertThat(axeViolations()).isEmpty();
		screenshot("coordinator-pin-at-place-" + width);
		keys(Keys.ENTER);
		assertThat(focused().getDomAttribute("id")).isEqualTo("asset-move-pin");
		keys(Keys.ESCAPE);
		waitUpTo(5).until(ExpectedConditions.numberOfElementsToBe(By.id("asset-form"), 0));
		assertThat(focused().getDomAttribute("id")).isEqualTo("asset-add");
	}

	@ParameterizedTest(name = "{0}×{1}")
	@CsvSource({ "1400, 900", "390, 844" })
	void assetsNearAPlaceAreListedByDistanceInMetres(int width, int height) throws Exception {
		openMapAs("coordinator", width, height);
		tabTo("asset-near-place");
		chooseFirstPlace("asset-near-place", "RM17 6");
		waitUpTo(10).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#assets-near-results li"), 10));
		JsonNode sector = api("coordinator", "/api/places/search?q=RM17%206").at("/places/0");
		JsonNode nearest = api("coordinator",
				"/api/assets?limit=10&near=" + sector.get("lon").asText() + "," + sector.get("lat").asText());
		List<WebElement> items = browser.findElements(By.cssSelector("#assets-near-results li"));
		long previous = -1;
		for (int i = 0; i < items.size(); i++) {
			JsonNode expected = nearest.get("features").get(i);
			assertThat(items.get(i).findElement(By.tagName("button")).getText())
				.isEqualTo(expected.at("/properties/name").asText());
			String meta = items.get(i).findElement(By.className("asset-result-meta")).getText();
			assertThat(meta).matches("[\\d,]+ m · .*");
			long metres = Long.parseLong(meta.substring(0, meta.indexOf(" m")).replace(",", ""));
			assertThat(metres).isEqualTo(Math.round(expected.at("/properties/distance").asDouble()))
				.isGreaterThanOrEqualTo(previous);
			previous = metres;
		}
		assertThat(browser.findElement(By.id("assets-near-summary")).getText()).startsWith("The 10 nearest of "
				+ String.format(Locale.UK, "%,d", nearest.get("total").asLong()) + " assets to RM17 6");
		assertThat(axeViolations()).isEmpty();
		screenshot("coordinator-assets-near-" + width);
	}

}
