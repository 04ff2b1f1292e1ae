package org.lacatlas.asset;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lacatlas.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a coordinator sees on the map in headless Chromium: add an asset by clicking the
 * map, find it by search, and see its name, even one written as markup, shown as text;
 * then the printable list of a ward's assets.
 */
class AssetMapBrowserTests extends BrowserTest {

	/** A name that would run script if any page put it into HTML. */
	static final String MARKUP_NAME = "<img src=x onerror=alert(1)>";

	@Test
	void aCoordinatorAddsAnAssetByClickingTheMapAndFindsItBySearch() throws Exception {
		browser.manage().deleteAllCookies();
		windowSize(1400, 900);
		signIn("coordinator");
		browser.get(url("/"));
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-page-ready", "true"));
		waitUpTo(20).until(d -> d.findElement(By.id("map")).getDomAttribute("data-asset-markers") != null
				&& !"0".equals(d.findElement(By.id("map")).getDomAttribute("data-asset-markers")));

		browser.findElement(By.id("asset-add")).click();
		assertThat(browser.findElement(By.id("map")).getCssValue("cursor")).isEqualTo("crosshair");
		new Actions(browser).moveToElement(browser.findElement(By.id("map"))).click().perform();
		WebElement name = waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("asset-field-name")));
		name.sendKeys(MARKUP_NAME);
		new Select(browser.findElement(By.id("asset-field-category"))).selectByValue("social-group");
		browser.findElement(By.id("asset-field-description")).sendKeys("Added by the browser test");
		browser.findElement(By.id("asset-field-openingTimes")).sendKeys("Tuesdays 2pm");
		browser.findElement(By.id("asset-save")).click();
		waitUpTo(20).until(ExpectedConditions.invisibilityOfElementLocated(By.id("asset-form")));
		assertThat(browser.findElement(By.id("asset-message")).getText()).startsWith("Saved “" + MARKUP_NAME + "”")
			.contains("proposed");

		browser.findElement(By.id("asset-search")).sendKeys("onerror");
		browser.findElement(By.id("asset-search-button")).click();
		WebElement result = waitUpTo(20).until(d -> d.findElements(By.cssSelector("#asset-results .asset-result"))
			.stream()
			.filter(e -> e.getText().equals(MARKUP_NAME))
			.findFirst()
			.orElse(null));
		result.click();
		WebElement title = waitUpTo(20)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".asset-details h3")));
		assertThat(title.getText()).isEqualTo(MARKUP_NAME);
		assertThat(browser.findElement(By.cssSelector(".asset-details")).getText()).contains("Proposed")
			.contains("Tuesdays 2pm")
			.contains("Not yet verified");
		assertNoMarkupRan();
		screenshot("assets-map");

		browser.get(url("/assets-print.html?ward=E05002235"));
		waitUpTo(20).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-print-ready", "true"));
		assertThat(browser.findElement(By.id("print-title")).getText())
			.isEqualTo("Community assets in Grays Riverside");
		List<WebElement> rows = browser.findElements(By.cssSelector("#print-table tbody tr"));
		assertThat(rows).hasSizeGreaterThan(10);
		assertThat(browser.findElement(By.id("print-table")).getText()).contains("Thurrock Health Centre");
		screenshot("assets-print");
	}

	private void assertNoMarkupRan() {
		assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
		assertThat(browser.findElements(By.cssSelector("img[src='x']"))).isEmpty();
	}

}
