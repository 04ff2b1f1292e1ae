package org.lacatlas.web;

import org.junit.jupiter.api.Test;
import org.lacatlas.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map on a phone (390×844): the map comes first, its legends are folded until asked
 * for, the credits take one line, and nothing is wider than the screen.
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

	private double number(String expression) {
		return ((Number) ((JavascriptExecutor) browser).executeScript("return " + expression)).doubleValue();
	}

}
