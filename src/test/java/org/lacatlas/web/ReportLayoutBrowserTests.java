package org.lacatlas.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.lacatlas.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every report fits a phone (390×844), a desk (1400×900) and an A4 page: the ward page
 * (of Belhus, whose printed map once lost its east half), the business case and the
 * printable asset list. On each: no horizontal scroll, no value cut or spilling out of
 * its cell, no word broken inside a table cell nor a figure wrapped, every chart label
 * inside its chart, the map showing the whole of its subject, and no axe-core violation.
 * In print the page is laid out at A4's width with print styles (Chrome's print
 * emulation), then printed to PDF, where the map is fitted to its printed box before the
 * page is printed.
 */
class ReportLayoutBrowserTests extends BrowserTest {

	/**
	 * One report: where it is, who opens it, its ready attribute and its map (or none).
	 */
	record Report(String name, String user, String path, String ready, String map, String subject) {
	}

	/**
	 * A4's width between the 12 mm print margins (186 mm) in CSS pixels (96 per inch).
	 */
	private static final int A4_CONTENT_PX = 703;

	/**
	 * What does not fit, in words: elements past the page's edges, boxes whose content
	 * spills out of them (text cut or running into the next cell), chart text outside its
	 * chart, and (given a map) subject paths reaching outside it.
	 */
	private static final String MISFITS = """
			const [mapId, subject] = arguments;
			const edge = document.documentElement.clientWidth;
			const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.textContent || '').trim().slice(0, 40) + '"';
			const found = [];
			// inside a box clipped to a pixel: hidden from sight, kept for screen readers
			const clippedAway = (e) => { for (let a = e; a; a = a.parentElement) { const r = a.getBoundingClientRect();
			  if ((r.width <= 1 || r.height <= 1) && getComputedStyle(a).overflow !== 'visible') return true; } return false; };
			for (const e of document.body.querySelectorAll('*')) {
			  if (e.closest('.leaflet-container, svg, script, style, .visually-hidden') || clippedAway(e)) continue;
			  const style = getComputedStyle(e);
			  if (style.display === 'none' || style.visibility === 'hidden') continue;
			  const r = e.getBoundingClientRect();
			  if (r.width === 0 && r.height === 0) continue;
			  if (r.right > edge + 0.5 || r.left < -0.5) found.push(name(e) + ' reaches ' + Math.round(r.left) + '..' + Math.round(r.right) + ' of ' + edge);
			  if (style.display !== 'inline' && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0)
			    found.push(name(e) + ' holds ' + e.scrollWidth + ' px in ' + e.clientWidth);
			}
			for (const t of document.querySelectorAll('svg[viewBox] text')) {
			  const svg = t.ownerSVGElement.viewBox.baseVal;
			  const b = t.getBBox();
			  if (b.x < svg.x - 0.5 || b.x + b.width > svg.x + svg.width + 0.5) found.push('chart text "' + t.textContent + '" outside its chart');
			}
			if (mapId) {
			  const box = document.getElementById(mapId).getBoundingClientRect();
			  const paths = [...document.querySelectorAll('#' + mapId + ' ' + subject)];
			  if (!paths.length) found.push('no ' + subject + ' on ' + mapId);
			  for (const p of paths) {
			    const r = p.getBoundingClientRect();
			    if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
			      found.push(subject + ' at ' + [r.left, r.top, r.right, r.bottom].map(Math.round) + ' outside ' + mapId
			        + ' at ' + [box.left, box.top, box.right, box.bottom].map(Math.round));
			  }
			}
			return found;
			""";

	@Test
	void theWardPageFitsAPhoneADeskAndAPage() throws Exception {
		String belhus = jdbc.sql("SELECT code FROM ward WHERE name = 'Belhus'").query(String.class).single();
		check(new Report("ward-page", "councillor", "/wards/" + belhus, "data-report-ready", "ward-map",
				"path.report-outline"), true);
	}

	@Test
	void theBusinessCaseFitsAPhoneADeskAndAPage() throws Exception {
		browser.manage().deleteAllCookies();
		signIn("planner");
		Object id = ((JavascriptExecutor) browser).executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						import('/js/api.js').then((api) => api.createScenario({ name: 'Browser test: report layout', fromCurrent: true }))
						  .then((s) => done(s.id)).catch((e) => done('failed: ' + e.message));
						""");
		assertThat(id).isInstanceOf(Number.class);
		check(new Report("business-case", "planner", "/business-case.html?scenario=" + id, "data-report-ready",
				"case-map", "path.report-patch"), true);
	}

	@Test
	void thePrintableAssetListFitsAPhoneADeskAndAPage() throws Exception {
		check(new Report("assets-print", "coordinator", "/assets-print.html?ward=E05002235", "data-print-ready", null,
				null), false);
	}

	private void check(Report report, boolean onePage) throws Exception {
		browser.manage().deleteAllCookies();
		signIn(report.user());
		for (int[] size : new int[][] { { 1400, 900 }, { 390, 844 } }) {
			windowSize(size[0], size[1]);
			open(report);
			String where = report.name() + " at " + size[0] + " px";
			screenshotWhole(report.name() + "-" + size[0]);
			assertThat(misfits(report)).as(where).isEmpty();
			assertThat(brokenTableCells()).as(where).isEmpty();
			assertThat(number("document.documentElement.scrollWidth")).as(where)
				.isLessThanOrEqualTo(number("document.documentElement.clientWidth"));
			assertThat(axeViolations()).as(where).isEmpty();
		}
		windowSize(1400, 900);
		open(report);
		assertFitsInPrintLayout(report);
		assertPrints(report, onePage);
	}

	/** Laid out as printed: print styles, at the width of A4 between its margins. */
	private void assertFitsInPrintLayout(Report report) throws Exception {
		ChromeDriver chrome = (ChromeDriver) browser;
		chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", A4_CONTENT_PX, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
		try {
			String where = report.name() + " in print";
			if (report.map() != null) {
				// the map takes its printed box; Leaflet refits to it
				waitUpTo(10).until(d -> Math
					.abs(number("document.getElementById('" + report.map() + "').getBoundingClientRect().width")
							- 343.9) < 1);
			}
			try {
				waitUpTo(10).until(d -> misfits(report).isEmpty());
			}
			catch (org.openqa.selenium.TimeoutException stillMisfit) {
				// the assertion below names what does not fit
			}
			screenshotWhole(report.name() + "-print-layout");
			assertThat(misfits(report)).as(where).isEmpty();
		}
		finally {
			chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	/**
	 * Printed to PDF on A4 as the print dialogue would: the map, measured as the page's
	 * own beforeprint handler left it, shows the whole subject in its printed box.
	 */
	private void assertPrints(Report report, boolean onePage) throws Exception {
		js("""
				window.addEventListener('beforeprint', () => {
				  const [mapId, subject] = arguments;
				  if (!mapId) { document.body.dataset.printedMap = 'none'; return; }
				  const box = document.getElementById(mapId).getBoundingClientRect();
				  const inside = [...document.querySelectorAll('#' + mapId + ' ' + subject)].every((p) => {
				    const r = p.getBoundingClientRect();
				    return r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
				  });
				  document.body.dataset.printedMap = JSON.stringify({ width: box.width, height: box.height, inside });
				});
				""",
				report.map(), report.subject());
		PrintOptions options = new PrintOptions();
		options.setPageSize(new PageSize(29.7, 21.0));
		options.setBackground(true);
		byte[] pdf = OutputType.BYTES.convertFromBase64Png(((PrintsPage) browser).print(options).getContent());
		Files.write(Path.of("target", "screenshots", report.name() + "-layout.pdf"), pdf);
		long pages = Pattern.compile("/Type\\s*/Page[^s]")
			.matcher(new String(pdf, StandardCharsets.ISO_8859_1))
			.results()
			.count();
		assertThat(pages).as(report.name() + " printed pages").isGreaterThanOrEqualTo(1);
		if (onePage) {
			assertThat(pages).as(report.name() + " prints on one A4 page").isEqualTo(1);
		}
		String printed = browser.findElement(By.tagName("body")).getDomAttribute("data-printed-map");
		assertThat(printed).as("the page was told it was being printed").isNotNull();
		if (report.map() != null) {
			JsonNode map = new ObjectMapper().readTree(printed);
			assertThat(map.get("width").asDouble()).as("printed map width, px").isCloseTo(343.9, within(1.0));
			assertThat(map.get("inside").asBoolean()).as("the whole subject on the printed map").isTrue();
		}
	}

	private void open(Report report) {
		browser.get(url(report.path()));
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), report.ready(), "true"));
	}

	/**
	 * The whole page, not only the window: the window is made as tall as the page for the
	 * picture (nothing on these pages depends on the window's height), then put back.
	 */
	private void screenshotWhole(String name) throws Exception {
		org.openqa.selenium.Dimension window = browser.manage().window().getSize();
		int tall = (int) Math.min(6000, number("document.documentElement.scrollHeight") + 100);
		windowSize(window.getWidth(), Math.max(window.getHeight(), tall));
		screenshot(name);
		windowSize(window.getWidth(), window.getHeight());
	}

	@SuppressWarnings("unchecked")
	private List<String> misfits(Report report) {
		return (List<String>) js(MISFITS, report.map(), report.subject());
	}

	private double number(String expression) {
		return ((Number) js("return " + expression)).doubleValue();
	}

	private static Object js(String script, Object... args) {
		return ((JavascriptExecutor) browser).executeScript(script, args);
	}

}
