package org.lacatlas.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.lacatlas.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a planner and a councillor see of coverage and planning: "Plan 5 more" drawn and
 * compared (on a phone too, its table whole), saved as a scenario whose business case
 * opens; a ward's printable page for a councillor without planner rights.
 */
class PlanningBrowserTests extends BrowserTest {

	@Test
	void plannerPlansFiveMoreSavesTheScenarioAndOpensItsBusinessCase() throws Exception {
		signIn("planner");
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-neighbourhoods-ready", "true"));
		waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#coverage-chart svg rect")));
		openTab("plan");
		WebElement count = browser.findElement(By.id("plan-count"));
		count.clear();
		count.sendKeys("5");
		browser.findElement(By.id("plan-run")).click();
		waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-comparison")));
		assertThat(browser.findElements(By.cssSelector("path.planned-patch"))).hasSize(5);
		assertThat(browser.findElement(By.id("plan-comparison")).getText()).contains("Residents covered")
			.contains("Cost per covered resident");
		screenshot("plan-five-more");
		browser.findElement(By.id("cost-curve-run")).click();
		waitUpTo(60).until(d -> d.findElements(By.cssSelector("#cost-chart svg circle")).size() == 9);
		assertThat(browser.findElements(By.cssSelector("#cost-chart tbody tr"))).hasSize(9);
		((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("document.getElementById('cost-chart').scrollIntoView()");
		screenshot("cost-against-coverage");

		browser.findElement(By.id("plan-save")).click();
		WebElement link = waitUpTo(20)
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("business-case-link")));
		long proposed = jdbc.sql("""
				SELECT count(*) FROM scenario_post p JOIN scenario s ON s.id = p.scenario_id
				WHERE s.id = (SELECT max(id) FROM scenario) AND p.status = 'PROPOSED'
				""").query(Long.class).single();
		assertThat(proposed).isEqualTo(5);
		browser.get(link.getAttribute("href"));
		waitUpTo(20).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-report-ready", "true"));
		assertThat(browser.findElements(By.cssSelector("#case-status:not([hidden])"))).isEmpty();
		assertThat(browser.findElement(By.id("case-figures")).getText()).contains("Yearly cost");
		assertThat(browser.findElement(By.id("case-equivalents")).getText()).contains("residential care placement");
		assertThat(browser.findElements(By.cssSelector("#case-map path.report-patch"))).hasSizeGreaterThanOrEqualTo(8);
		Path shot = screenshot("business-case");
		assertThat(Files.size(shot)).isGreaterThan(20_000);
		assertThat(printedPages("business-case")).as("the business case prints on one A4 page").isEqualTo(1);
	}

	@Test
	void thePlanAnswerFitsAPhoneWithNoWordBrokenNorFigureWrapped() throws Exception {
		browser.manage().deleteAllCookies();
		windowSize(390, 844);
		try {
			signIn("planner");
			waitUpTo(30)
				.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-neighbourhoods-ready", "true"));
			openTab("plan");
			browser.findElement(By.id("plan-run")).click();
			WebElement table = waitUpTo(30)
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-comparison")));
			((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", table);
			screenshot("phone-plan-answer");
			assertThat(brokenTableCells()).isEmpty();
			assertThat(((JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
				.as("the page does not scroll sideways")
				.isEqualTo(true);
			assertThat(axeViolations()).isEmpty();
		}
		finally {
			windowSize(1280, 900);
		}
	}

	@Test
	void councillorOpensTheWardPageAtItsShareableAddress() throws Exception {
		signIn("councillor");
		browser.get(url("/wards/E05002239"));
		waitUpTo(20).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-report-ready", "true"));
		assertThat(browser.findElements(By.cssSelector("#ward-status:not([hidden])"))).isEmpty();
		assertThat(browser.findElement(By.id("ward-title")).getText()).contains("Ockendon");
		assertThat(browser.findElements(By.cssSelector("#ward-summary li"))).isNotEmpty();
		assertThat(browser.findElement(By.id("share-link")).getText()).endsWith("/wards/E05002239");
		Path shot = screenshot("ward-page");
		assertThat(Files.size(shot)).isGreaterThan(20_000);
		assertThat(printedPages("ward-page")).as("the ward page prints on one A4 page").isEqualTo(1);
	}

	/** The page printed to PDF on A4 portrait, as a browser's print dialogue would. */
	private byte[] printed() {
		PrintOptions options = new PrintOptions();
		options.setPageSize(new PageSize(29.7, 21.0));
		options.setBackground(true);
		return OutputType.BYTES.convertFromBase64Png(((PrintsPage) browser).print(options).getContent());
	}

	private long printedPages(String name) throws java.io.IOException {
		byte[] pdf = printed();
		Files.write(Path.of("target", "screenshots", name + ".pdf"), pdf);
		String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
		return java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
	}

}
