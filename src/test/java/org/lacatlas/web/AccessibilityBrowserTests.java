package org.lacatlas.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lacatlas.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core's WCAG 2.2 A/AA rules on every page each role opens, on a desk (1400×900) and
 * a phone (390×844): no violations anywhere. Each page is checked once it says it is
 * ready.
 */
class AccessibilityBrowserTests extends BrowserTest {

	/** A page, and the body attribute it sets once drawn. */
	record Page(String path, String readyAttribute) {
	}

	private static final String WARD = "E05002235";

	private static final List<Page> PUBLIC_PAGES = List.of(new Page("/", "data-page-ready"),
			new Page("/login.html", null), new Page("/wards/" + WARD, "data-report-ready"),
			new Page("/business-case.html", "data-report-ready"),
			new Page("/assets-print.html?ward=" + WARD, "data-print-ready"));

	@Test
	void signedOutPagesHaveNoViolations() throws Exception {
		assertThat(violations(null, PUBLIC_PAGES)).isEmpty();
	}

	@Test
	void councillorPagesHaveNoViolations() throws Exception {
		assertThat(violations("councillor",
				List.of(new Page("/", "data-page-ready"), new Page("/wards/" + WARD, "data-report-ready"))))
			.isEmpty();
	}

	@Test
	void plannerPagesHaveNoViolations() throws Exception {
		assertThat(violations("planner",
				List.of(new Page("/", "data-page-ready"), new Page("/#plan", "data-page-ready"),
						new Page("/#scenarios", "data-page-ready"),
						new Page("/business-case.html?scenario=current", "data-report-ready"))))
			.isEmpty();
	}

	@Test
	void coordinatorPagesHaveNoViolations() throws Exception {
		assertThat(violations("coordinator", List.of(new Page("/", "data-page-ready"),
				new Page("/assets-print.html?ward=" + WARD, "data-print-ready"))))
			.isEmpty();
	}

	@Test
	void adminPagesHaveNoViolations() throws Exception {
		assertThat(violations("admin", List.of(new Page("/admin.html", "data-admin-ready")))).isEmpty();
	}

	private List<String> violations(String user, List<Page> pages) throws Exception {
		browser.manage().deleteAllCookies();
		if (user != null) {
			signIn(user);
		}
		List<String> found = new ArrayList<>();
		for (int[] size : new int[][] { { 1400, 900 }, { 390, 844 } }) {
			windowSize(size[0], size[1]);
			for (Page page : pages) {
				open(user, page);
				String where = (user == null ? "signed out" : user) + " " + page.path() + " at " + size[0] + "×"
						+ size[1] + ": ";
				screenshot("axe-" + (user == null ? "anon" : user) + page.path().replaceAll("[^a-z0-9]+", "-") + "-"
						+ size[0]);
				axeViolations().forEach(v -> found.add(where + v));
			}
		}
		return found;
	}

	private void open(String user, Page page) {
		browser.get(user == null ? thurrock(page.path()) : url(page.path()));
		if (page.readyAttribute() == null) {
			waitUpTo(10).until(d -> "complete"
				.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
		}
		else {
			waitUpTo(30).until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.tagName("body")),
					page.readyAttribute()));
		}
	}

}
