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
 * A planner finds saved scenarios again: listed in the panel, each with its business
 * case, and ticked ones compared side by side with today.
 */
class ScenarioBrowserTests extends BrowserTest {

	@Test
	void aSavedScenarioIsListedAndComparedWithToday() throws Exception {
		browser.manage().deleteAllCookies();
		windowSize(1400, 900);
		signIn("planner");
		browser.get(url("/"));
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-page-ready", "true"));
		openTab("scenarios");
		waitUpTo(20).until(ExpectedConditions.attributeToBe(By.id("scenarios"), "data-ready", "true"));
		// Saved through the page's own API module, as the plan panel does, then
		// announced.
		Object id = ((JavascriptExecutor) browser).executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						import('/js/api.js').then((api) => api.createScenario({ name: 'Browser test: today again', fromCurrent: true }))
						  .then((s) => { document.dispatchEvent(new CustomEvent('scenario-saved', { detail: s })); done(s.id); })
						  .catch((e) => done('failed: ' + e.message));
						""");
		assertThat(id).isInstanceOf(Number.class);
		WebElement box = waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("scenario-pick-" + id)));
		WebElement item = box.findElement(By.xpath(".."));
		assertThat(item.getText()).contains("Browser test: today again").contains("planner");
		assertThat(item.findElement(By.linkText("business case")).getDomAttribute("href"))
			.isEqualTo("/business-case.html?scenario=" + id);

		browser.findElement(By.id("scenario-compare")).click();
		assertThat(browser.findElement(By.cssSelector("#scenarios .hint")).getText()).startsWith("Tick one");
		box.click();
		browser.findElement(By.id("scenario-compare")).click();
		WebElement table = waitUpTo(20)
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("scenario-comparison")));
		List<String> columns = table.findElements(By.cssSelector("thead th"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(columns).containsExactly("Measure", "Today", "Browser test: today again");
		assertThat(table.getText()).contains("Residents covered").contains("Yearly cost");
		screenshot("planner-scenarios-compared");
	}

}
