package org.lacatlas.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lacatlas.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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

	@Test
	void aScenarioIsRenamedInPlaceByKeyboard() throws Exception {
		browser.manage().deleteAllCookies();
		windowSize(1400, 900);
		signIn("planner");
		browser.get(url("/#scenarios"));
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-page-ready", "true"));
		waitUpTo(20).until(ExpectedConditions.attributeToBe(By.id("scenarios"), "data-ready", "true"));
		JavascriptExecutor js = (JavascriptExecutor) browser;
		Object id = js.executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						import('/js/api.js').then((api) => api.createScenario({ name: 'Browser test: to rename', fromCurrent: true }))
						  .then((s) => { document.dispatchEvent(new CustomEvent('scenario-saved', { detail: s })); done(s.id); })
						  .catch((e) => done('failed: ' + e.message));
						""");
		assertThat(id).isInstanceOf(Number.class);
		WebElement rename = waitUpTo(20).until(ExpectedConditions.elementToBeClickable(By.id("scenario-rename-" + id)));
		rename.click();
		WebElement field = browser.findElement(By.id("scenario-name-" + id));
		assertThat(js.executeScript("return document.activeElement.id")).isEqualTo("scenario-name-" + id);
		assertThat(browser.findElement(By.cssSelector("label[for='scenario-name-" + id + "']")).getText())
			.isEqualTo("New name");
		field.sendKeys(Keys.ESCAPE);
		assertThat(browser.findElements(By.id("scenario-name-" + id))).isEmpty();
		assertThat(js.executeScript("return document.activeElement.id")).isEqualTo("scenario-rename-" + id);

		rename.sendKeys(Keys.ENTER);
		field = browser.findElement(By.id("scenario-name-" + id));
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Browser test: renamed", Keys.ENTER);
		waitUpTo(10).until(ExpectedConditions.textToBe(By.cssSelector("label[for='scenario-pick-" + id + "']"),
				"Browser test: renamed"));
		assertThat(js.executeScript("return document.activeElement.id")).isEqualTo("scenario-rename-" + id);
		assertThat(browser.findElement(By.cssSelector("#scenarios .hint")).getText())
			.isEqualTo("Renamed to “Browser test: renamed”.");
		assertThat(jdbc.sql("SELECT name FROM scenario WHERE id = :id AND authority_code = :a")
			.param("id", ((Number) id).longValue())
			.param("a", THURROCK)
			.query(String.class)
			.single()).isEqualTo("Browser test: renamed");
		screenshot("scenario-renamed");

		// Renamed elsewhere since the list was drawn: the page says so and keeps the
		// field.
		jdbc.sql("UPDATE scenario SET version = version + 1 WHERE id = :id AND authority_code = :a")
			.param("id", ((Number) id).longValue())
			.param("a", THURROCK)
			.update();
		rename.click();
		field = browser.findElement(By.id("scenario-name-" + id));
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Too late", Keys.ENTER);
		waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("scenario-name-" + id + "-problem"),
				"Someone else changed this scenario"));
		assertThat(js.executeScript("return document.activeElement.id")).isEqualTo("scenario-name-" + id);
		assertThat(axeViolations()).isEmpty();
		windowSize(390, 844);
		assertThat(axeViolations()).isEmpty();
		js.executeScript("document.getElementById('scenario-name-" + id + "').scrollIntoView()");
		screenshot("scenario-rename-stale-phone");
	}

}
