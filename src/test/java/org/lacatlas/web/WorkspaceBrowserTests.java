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
 * A planner's side panel is organised by task in WAI-ARIA tabs (Neighbourhoods, Plan,
 * Scenarios): arrow keys move between them, Tab goes into the open panel, and the open
 * tab survives a reload through the URL's hash. Other roles get no tabs.
 */
class WorkspaceBrowserTests extends BrowserTest {

	private WebElement tab(String key) {
		return browser.findElement(By.id("tab-" + key));
	}

	private String activeId() {
		return (String) ((JavascriptExecutor) browser).executeScript("return document.activeElement.id");
	}

	@Test
	void plannerMovesBetweenTabsByKeyboardAndTheChosenTabSurvivesAReload() throws Exception {
		browser.manage().deleteAllCookies();
		windowSize(1400, 900);
		signIn("planner");
		browser.get(url("/"));
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-page-ready", "true"));
		List<String> names = browser.findElements(By.cssSelector("#workspace-tabs [role=tab]"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(names).containsExactly("Neighbourhoods", "Plan", "Scenarios");
		assertThat(tab("neighbourhoods").getDomAttribute("aria-selected")).isEqualTo("true");
		assertThat(tab("plan").getDomAttribute("aria-selected")).isEqualTo("false");
		assertThat(tab("plan").getDomAttribute("tabindex")).isEqualTo("-1");
		assertThat(browser.findElement(By.id("plan-run")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.id("neighbourhood-totals")).isDisplayed()).isTrue();

		tab("neighbourhoods").sendKeys(Keys.ARROW_RIGHT);
		assertThat(activeId()).isEqualTo("tab-plan");
		assertThat(tab("plan").getDomAttribute("aria-selected")).isEqualTo("true");
		assertThat(tab("neighbourhoods").getDomAttribute("aria-selected")).isEqualTo("false");
		assertThat(browser.findElement(By.id("plan-run")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("neighbourhood-totals")).isDisplayed()).isFalse();
		assertThat(browser.getCurrentUrl()).endsWith("/#plan");
		// The measure choice and the ward table stay whatever the tab.
		assertThat(browser.findElement(By.id("measure-form")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("ward-table")).isDisplayed()).isTrue();
		screenshot("workspace-plan-tab");

		browser.switchTo().activeElement().sendKeys(Keys.TAB);
		assertThat(activeId()).isEqualTo("tab-panel-plan");
		tab("plan").sendKeys(Keys.END);
		assertThat(activeId()).isEqualTo("tab-scenarios");
		assertThat(browser.getCurrentUrl()).endsWith("/#scenarios");
		waitUpTo(20).until(ExpectedConditions.attributeToBe(By.id("scenarios"), "data-ready", "true"));
		assertThat(browser.findElement(By.id("scenario-compare")).isDisplayed()).isTrue();
		tab("scenarios").sendKeys(Keys.ARROW_RIGHT);
		assertThat(activeId()).isEqualTo("tab-neighbourhoods");
		tab("neighbourhoods").sendKeys(Keys.ARROW_LEFT);
		assertThat(activeId()).isEqualTo("tab-scenarios");

		browser.navigate().refresh();
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-page-ready", "true"));
		assertThat(tab("scenarios").getDomAttribute("aria-selected")).isEqualTo("true");
		assertThat(browser.findElement(By.id("scenario-compare")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("tab-panel-scenarios")).getDomAttribute("aria-labelledby"))
			.isEqualTo("tab-scenarios");
		assertThat(axeViolations()).isEmpty();

		// A shared link to a tab opens it.
		browser.get(url("/#plan"));
		waitUpTo(10).until(ExpectedConditions.attributeToBe(By.id("tab-plan"), "aria-selected", "true"));
		windowSize(390, 844);
		assertThat(axeViolations()).isEmpty();
		((JavascriptExecutor) browser).executeScript("document.getElementById('workspace-tabs').scrollIntoView()");
		screenshot("workspace-plan-tab-phone");
	}

	@Test
	void aCoordinatorSeesNoPlannerTabs() throws Exception {
		browser.manage().deleteAllCookies();
		windowSize(1400, 900);
		signIn("coordinator");
		browser.get(url("/#plan"));
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-page-ready", "true"));
		assertThat(browser.findElements(By.cssSelector("[role=tab], [role=tablist], [role=tabpanel]"))).isEmpty();
		assertThat(browser.findElement(By.id("workspace-tabs")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.id("neighbourhood-totals")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("coverage-chart")).isDisplayed()).isTrue();
		assertThat(browser.findElements(By.id("plan-run"))).isEmpty();
		assertThat(browser.findElement(By.id("tab-panel-scenarios")).isDisplayed()).isFalse();
	}

}
