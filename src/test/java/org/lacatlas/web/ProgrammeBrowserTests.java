package org.lacatlas.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.lacatlas.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a planner sees of the programme as a whole: what covering every resident takes
 * (the sentences and the curve from today to full) and each patch's caseload against the
 * council's capacity, with the same figures the API gives.
 */
class ProgrammeBrowserTests extends BrowserTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	@Test
	void plannerSeesWhatFullCoverageTakesAndEachPatchsCaseload() throws Exception {
		JsonNode full = api("/api/scenarios/full-coverage");
		JsonNode caseload = api("/api/introductions/caseload");
		signIn("planner");
		openTab("plan");
		waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.id("full-coverage-run"))).click();
		waitUpTo(60).until(d -> d.findElements(By.cssSelector("#full-coverage li")).size() == 3);
		assertThat(browser.findElement(By.id("full-coverage")).getText())
			.contains(full.path("newCoordinators").asText() + " new coordinator")
			.contains(full.path("totalCoordinators").asText() + " in all")
			.contains(full.path("optimal").asBoolean() ? "the solver proved it" : "proved at least");
		long priced = 0;
		for (JsonNode point : full.path("curve")) {
			priced += point.hasNonNull("yearlyCost") ? 1 : 0;
		}
		assertThat(browser.findElements(By.cssSelector("#full-coverage svg circle"))).hasSize((int) priced);
		scrollTo("full-coverage");
		screenshot("full-coverage");

		waitUpTo(20).until(d -> !d.findElements(By.cssSelector("#caseload .caseload-chart")).isEmpty());
		assertThat(browser.findElements(By.cssSelector("#caseload .caseload-chart")))
			.hasSize(caseload.path("patches").size());
		assertThat(browser.findElements(By.cssSelector("#caseload .caseload-capacity")))
			.hasSize(caseload.path("patches").size());
		for (JsonNode patch : caseload.path("patches")) {
			assertThat(browser.findElement(By.id("caseload")).getText()).contains(patch.path("label").asText())
				.contains(patch.path("load").asText());
		}
		scrollTo("caseload");
		screenshot("caseload");
	}

	private JsonNode api(String path) throws Exception {
		var answer = http.withBasicAuth("planner", PASSWORD).getForEntity(url(path), String.class);
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
		return json.readTree(answer.getBody());
	}

	private void scrollTo(String id) {
		((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
	}

}
