package org.lacatlas.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lacatlas.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor sees: Thurrock drawn from our own data, with no basemap and no internet.
 */
class MapBrowserTests extends BrowserTest {

	@Test
	void drawsWardsWithVisibleLabelsAndATableOfTheirNumbers() throws Exception {
		browser.get(thurrock("/"));
		waitUpTo(20).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-map-ready", "true"));
		assertThat(browser.findElement(By.id("map")).getAttribute("class")).contains("wards-drawn");

		List<WebElement> labels = browser.findElements(By.cssSelector(".ward-label"));
		assertThat(labels).hasSize(20);
		WebElement grays = labels.stream().filter(l -> l.getText().equals("Grays Riverside")).findFirst().orElseThrow();
		assertThat(grays.isDisplayed()).isTrue();

		assertThat(browser.findElements(By.cssSelector("path.small-area"))).hasSize(100);
		assertThat(browser.findElements(By.cssSelector("#ward-table tbody tr"))).hasSize(20);
		assertThat(browser.findElement(By.cssSelector("#ward-table tfoot")).getText()).contains("176,003");
		assertThat(browser.findElement(By.id("map-legend")).getText()).contains("Residents per hectare");

		browser.findElement(By.id("measure-imd")).click();
		waitUpTo(5).until(ExpectedConditions.textToBePresentInElementLocated(By.id("map-legend"), "most deprived"));

		Path shot = screenshot("map-thurrock");
		assertThat(Files.size(shot)).isGreaterThan(20_000);
	}

	@Test
	void aSignedInPlannerSeesNeighbourhoodsAndCommunityAssetsOnTheSameMap() throws Exception {
		signIn("planner");
		browser.get(thurrock("/"));
		waitUpTo(20).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-neighbourhoods-ready", "true"));
		waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("asset-search")));
		assertThat(browser.findElements(By.cssSelector("path.neighbourhood"))).hasSize(17);
		assertThat(browser.findElements(By.cssSelector("#neighbourhood-totals tbody tr"))).hasSize(17);
		screenshot("map-planner");
		browser.findElement(By.id("sign-out")).click();
		waitUpTo(10).until(ExpectedConditions.attributeToBe(By.id("auth"), "data-signed-in", "false"));
	}

	@Test
	void signsInAndOutFromTheMap() {
		signIn("councillor");
		waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("auth"), "councillor"));
		waitUpTo(10).until(ExpectedConditions.elementToBeClickable(By.id("sign-out"))).click();
		waitUpTo(10).until(ExpectedConditions.attributeToBe(By.id("auth"), "data-signed-in", "false"));
	}

}
