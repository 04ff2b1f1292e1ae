package org.lacatlas.web;

import org.junit.jupiter.api.Test;
import org.lacatlas.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planning within a budget in the Plan tab: the field refuses what is not whole pounds
 * beside itself, and the server's refusal too; a budget that pays for five plans five
 * (one request however often it is pressed), says what the solver proved in words, saves
 * as a scenario, and the Scenarios tab lists it with its posts.
 */
class BudgetBrowserTests extends BrowserTest {

	private JavascriptExecutor js() {
		return (JavascriptExecutor) browser;
	}

	private long plans() {
		return ((Number) js().executeScript(
				"return performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === '/api/scenarios/plan').length"))
			.longValue();
	}

	private WebElement budget(String text) {
		WebElement field = browser.findElement(By.id("plan-budget"));
		field.clear();
		field.sendKeys(text);
		return field;
	}

	private String problem() {
		return browser.findElement(By.id("plan-budget-problem")).getText();
	}

	@Test
	void aPlannerPlansWithinABudgetSavesItAndFindsItAmongTheScenarios() throws Exception {
		browser.manage().deleteAllCookies();
		windowSize(1400, 900);
		signIn("planner");
		browser.get(url("/#plan"));
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-page-ready", "true"));
		js().executeScript("performance.setResourceTimingBufferSize(100000); performance.clearResourceTimings()");

		budget("12.50").sendKeys(Keys.ENTER);
		assertThat(problem())
			.isEqualTo("“12.50” is not a whole number of pounds: write digits only, for example 200000.");
		assertThat(browser.findElement(By.id("plan-budget")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("plan-budget");
		budget("").sendKeys(Keys.ENTER);
		assertThat(problem()).startsWith("Enter the extra yearly budget in whole pounds");
		assertThat(plans()).as("nothing is sent until the budget is whole pounds").isZero();

		budget("30000").sendKeys(Keys.ENTER);
		waitUpTo(20).until(d -> problem().contains("does not pay for one more coordinator"));
		assertThat(problem())
			.isEqualTo("A budget of £30,000 a year does not pay for one more coordinator (£40,000 a year).");
		assertThat(axeViolations()).isEmpty();
		screenshot("budget-refused");

		budget("£200,000");
		Object pressed = js().executeScript("""
				const form = document.getElementById('budget-form');
				const run = document.getElementById('budget-run');
				form.requestSubmit();
				form.requestSubmit();
				run.click();
				return run.textContent;
				""");
		assertThat(pressed).isEqualTo("Working…");
		waitUpTo(60).until(d -> d.findElement(By.id("budget-run")).getDomAttribute("aria-disabled") == null);
		assertThat(problem()).isEmpty();
		assertThat(browser.findElement(By.id("plan-budget")).getDomAttribute("aria-invalid")).isNull();
		assertThat(plans()).as("the refused budget, then one plan however often it was pressed").isEqualTo(2);
		assertThat(browser.findElement(By.id("plan-status")).getText())
			.startsWith("£200,000 a year pays for 5 more coordinators (£200,000 a year). Proposed 5 patches");
		assertThat(browser.findElements(By.cssSelector("path.planned-patch"))).hasSize(5);
		assertThat(browser.findElements(By.cssSelector("#plan-patches li"))).hasSize(5);
		assertThat(browser.findElement(By.id("plan-proof")).getText()).satisfiesAnyOf(
				t -> assertThat(t).contains("the solver proved that no other choice covers more"),
				t -> assertThat(t).contains("short of the best plan"));
		assertThat(browser.findElement(By.id("plan-comparison")).getText()).contains("Yearly cost");
		assertThat(axeViolations()).isEmpty();
		screenshot("budget-plan");

		WebElement name = browser.findElement(By.id("plan-scenario-name"));
		assertThat(name.getDomProperty("value")).isEqualTo("Within £200,000 a year");
		name.clear();
		name.sendKeys("Budget of 200k");
		browser.findElement(By.id("plan-save")).click();
		waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("business-case-link")));
		int posts = jdbc.sql("SELECT count(*) FROM coordinator_post WHERE authority_code = 'E06000034'")
			.query(Integer.class)
			.single();
		long proposed = jdbc.sql("""
				SELECT count(*) FROM scenario_post p JOIN scenario s ON s.id = p.scenario_id
				WHERE s.authority_code = 'E06000034' AND s.name = 'Budget of 200k' AND p.status = 'PROPOSED'
				""").query(Long.class).single();
		assertThat(proposed).isEqualTo(5);

		openTab("scenarios");
		WebElement listed = waitUpTo(20).until(d -> d.findElements(By.cssSelector("#scenario-list li"))
			.stream()
			.filter(li -> li.getText().startsWith("Budget of 200k"))
			.findFirst()
			.orElse(null));
		assertThat(listed.getText()).contains(" · " + (posts + 5) + " posts, 5 proposed · planner");
		assertThat(axeViolations()).isEmpty();

		windowSize(390, 844);
		openTab("plan");
		js().executeScript("document.getElementById('budget-form').scrollIntoView()");
		assertThat(axeViolations()).isEmpty();
		screenshot("budget-plan-phone");
	}

}
