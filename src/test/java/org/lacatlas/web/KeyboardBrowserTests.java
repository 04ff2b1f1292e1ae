package org.lacatlas.web;

import org.junit.jupiter.api.Test;
import org.lacatlas.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator's asset jobs by keyboard alone: markers are not Tab stops (no trap, the
 * panel first), an asset is pinned and its pin moved with the arrow keys, Escape closes
 * the form and focus goes back to the button that opened it.
 */
class KeyboardBrowserTests extends BrowserTest {

	@Test
	void assetMarkersAreNotTabStopsSoTabReachesThePanel() {
		openMapAs("coordinator");
		waitUpTo(20).until(d -> {
			String n = d.findElement(By.id("map")).getDomAttribute("data-asset-markers");
			return n != null && !"0".equals(n);
		});
		assertThat(browser.findElements(By.cssSelector(".leaflet-marker-icon"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector(".leaflet-marker-icon[tabindex]"))).isEmpty();
		// Tab from the top of the page reaches the asset search within the page's own
		// controls.
		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		boolean reached = false;
		for (int i = 0; i < 200 && !reached; i++) {
			reached = "asset-search".equals(focused().getDomAttribute("id"));
			new Actions(browser).sendKeys(Keys.TAB).perform();
		}
		assertThat(reached).as("Tab reaches #asset-search").isTrue();
	}

	@Test
	void anAssetIsPinnedAndMovedByKeyboardAndEscapeReturnsFocus() throws Exception {
		openMapAs("coordinator");
		WebElement add = waitUpTo(20).until(ExpectedConditions.elementToBeClickable(By.id("asset-add")));
		((JavascriptExecutor) browser).executeScript("arguments[0].focus()", add);
		keys(Keys.ENTER);
		assertThat(add.getText()).isEqualTo("Place it at the map’s centre");
		keys(Keys.ENTER);
		waitUpTo(5).until(ExpectedConditions.visibilityOfElementLocated(By.id("asset-form")));
		assertThat(focused().getDomAttribute("name")).isEqualTo("name");
		WebElement where = browser.findElement(By.cssSelector("#asset-form .asset-form-where"));
		String before = where.getText();

		WebElement movePin = browser.findElement(By.id("asset-move-pin"));
		((JavascriptExecutor) browser).executeScript("arguments[0].focus()", movePin);
		keys(Keys.ENTER);
		assertThat(focused().getDomAttribute("class")).contains("keyboard-pin");
		keys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_UP);
		assertThat(where.getText()).isNotEqualTo(before).startsWith("Location: ");
		screenshot("keyboard-pin-moved");
		keys(Keys.ESCAPE);
		assertThat(focused().getDomAttribute("id")).isEqualTo("asset-move-pin");

		keys(Keys.ESCAPE);
		waitUpTo(5).until(ExpectedConditions.numberOfElementsToBe(By.id("asset-form"), 0));
		assertThat(focused().getDomAttribute("id")).isEqualTo("asset-add");
	}

	private void openMapAs(String user) {
		browser.manage().deleteAllCookies();
		windowSize(1400, 900);
		signIn(user);
		browser.get(url("/"));
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-page-ready", "true"));
	}

	private void keys(CharSequence... keys) {
		new Actions(browser).sendKeys(keys).perform();
	}

	private WebElement focused() {
		return browser.switchTo().activeElement();
	}

}
