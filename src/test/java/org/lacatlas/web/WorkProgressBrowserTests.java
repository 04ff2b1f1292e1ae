package org.lacatlas.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lacatlas.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long work in the Plan tab shows its progress, and its buttons say "Working…" and send
 * nothing more while a request runs: requests are counted with the page's own resource
 * timing entries.
 */
class WorkProgressBrowserTests extends BrowserTest {

	private JavascriptExecutor js() {
		return (JavascriptExecutor) browser;
	}

	private long requestsTo(String path) {
		return ((Number) js().executeScript(
				"return performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === arguments[0]).length",
				path))
			.longValue();
	}

	private void forgetRequests() {
		js().executeScript("performance.setResourceTimingBufferSize(100000); performance.clearResourceTimings()");
	}

	private void idle(String buttonId) {
		waitUpTo(60).until(d -> d.findElement(By.id(buttonId)).getDomAttribute("aria-disabled") == null);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theCostCurveShowsEachPointAsItArrivesAndNoButtonSendsTwice() throws Exception {
		browser.manage().deleteAllCookies();
		windowSize(1400, 900);
		signIn("planner");
		browser.get(url("/#plan"));
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-page-ready", "true"));

		forgetRequests();
		List<Object> pressed = (List<Object>) js().executeScript("""
				const form = document.getElementById('plan-form');
				const run = document.getElementById('plan-run');
				form.requestSubmit();
				form.requestSubmit();
				run.click();
				return [run.textContent, run.getAttribute('aria-disabled')];
				""");
		assertThat(pressed).containsExactly("Working…", "true");
		idle("plan-run");
		assertThat(browser.findElement(By.id("plan-run")).getText()).isEqualTo("Plan 5 more");
		assertThat(browser.findElement(By.id("plan-comparison")).isDisplayed()).isTrue();
		assertThat(requestsTo("/api/scenarios/plan")).isEqualTo(1);

		// Every change to the curve's output is recorded, so the steps are seen however
		// fast they come.
		forgetRequests();
		js().executeScript("""
				window.curveSteps = [];
				const out = document.getElementById('cost-chart');
				new MutationObserver(() => {
				  const bar = document.getElementById('cost-curve-progress');
				  window.curveSteps.push({ value: bar && bar.isConnected ? bar.value : -1,
				    label: bar && bar.isConnected ? bar.labels[0].textContent : '',
				    circles: out.querySelectorAll('svg circle').length,
				    status: document.querySelector('#cost-curve-run + p').textContent });
				}).observe(out, { childList: true, subtree: true });
				const run = document.getElementById('cost-curve-run');
				run.click();
				run.click();
				""");
		assertThat(browser.findElement(By.id("cost-curve-run")).getText()).isEqualTo("Working…");
		idle("cost-curve-run");
		assertThat(browser.findElements(By.cssSelector("#cost-chart svg circle"))).hasSize(9);
		assertThat(browser.findElements(By.id("cost-curve-progress"))).isEmpty();
		assertThat(browser.findElement(By.cssSelector("#cost-curve-run + p")).getText())
			.startsWith("All 9 points worked out");
		// one request works the whole curve out, point by point
		assertThat(requestsTo("/api/scenarios/cost-curve")).isEqualTo(1);
		assertThat(requestsTo("/api/scenarios/plan")).isZero();
		assertThat(browser.findElements(By.cssSelector("#cost-chart tbody tr"))).hasSize(9);
		assertThat(browser.findElement(By.cssSelector("#cost-chart tbody tr:last-child")).getText())
			.containsAnyOf("none (proved best)", "≤ ");
		List<Map<String, Object>> steps = (List<Map<String, Object>>) js().executeScript("return window.curveSteps");
		Map<String, Object> third = steps.stream()
			.filter(s -> ((Number) s.get("circles")).intValue() == 3)
			.findFirst()
			.orElseThrow();
		assertThat(((Number) third.get("value")).intValue()).isEqualTo(3);
		assertThat(third.get("label")).isEqualTo("Points worked out");
		assertThat(third.get("status")).isEqualTo("3 of 9 points worked out…");
		assertThat(browser.findElement(By.id("cost-curve-run")).getText())
			.isEqualTo("Cost against coverage for 0–8 more");

		forgetRequests();
		js().executeScript("""
				const run = document.getElementById('full-coverage-run');
				run.click();
				run.click();
				""");
		idle("full-coverage-run");
		waitUpTo(10).until(d -> d.findElements(By.cssSelector("#full-coverage li")).size() == 3);
		assertThat(requestsTo("/api/scenarios/full-coverage")).isEqualTo(1);
		assertThat(axeViolations()).isEmpty();
		js().executeScript("document.getElementById('cost-chart').scrollIntoView()");
		screenshot("cost-curve-complete");
		windowSize(390, 844);
		assertThat(axeViolations()).isEmpty();
	}

}
