package org.lacatlas.web;

import org.junit.jupiter.api.Test;
import org.lacatlas.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A councillor reaches their ward: signing in lands on it, every ward name on the map
 * links to its page, and a shared link opened while signed out comes back after sign-in.
 */
class CouncillorBrowserTests extends BrowserTest {

	/** Grays Riverside, the demo councillor's ward. */
	private static final String WARD = "E05002235";

	@Test
	void signingInAsACouncillorLandsOnTheirWardPage() throws Exception {
		browser.manage().deleteAllCookies();
		signInFromLoginPage("/login.html", "councillor");
		waitUpTo(15).until(ExpectedConditions.urlContains("/wards/" + WARD));
		waitForReport();
		assertThat(browser.findElement(By.id("ward-title")).getText())
			.isEqualTo("Grays Riverside ward: Local Area Coordination coverage");
		screenshot("councillor-lands-on-ward");
	}

	@Test
	void aWardLinkOpenedSignedOutSaysWhatToDoAndComesBackAfterSignIn() throws Exception {
		browser.manage().deleteAllCookies();
		browser.get(url("/wards/E05002230"));
		waitForReport();
		WebElement status = browser.findElement(By.id("ward-status"));
		assertThat(status.getText()).contains("you are signed out").contains("Sign in to see it");
		assertThat(browser.findElement(By.id("ward-map")).isDisplayed()).isFalse();
		screenshot("ward-signed-out");
		status.findElement(By.linkText("Sign in to see it")).click();
		waitUpTo(10).until(ExpectedConditions.urlContains("next=%2Fwards%2FE05002230"));
		signInHere("planner");
		waitUpTo(15).until(ExpectedConditions.urlToBe(url("/wards/E05002230")));
		waitForReport();
		assertThat(browser.findElement(By.id("ward-status")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.id("ward-title")).getText())
			.endsWith("ward: Local Area Coordination coverage");
	}

	@Test
	void aNextPointingAtAnotherSiteIsIgnored() {
		browser.manage().deleteAllCookies();
		signInFromLoginPage("/login.html?next=" + "%2F%2Fexample.org%2Fphish", "planner");
		waitUpTo(15).until(ExpectedConditions.urlToBe(url("/")));
		browser.manage().deleteAllCookies();
		signInFromLoginPage("/login.html?next=" + "https%3A%2F%2Fexample.org%2F", "planner");
		waitUpTo(15).until(ExpectedConditions.urlToBe(url("/")));
	}

	@Test
	void everyWardInTheTableLinksToItsPage() throws Exception {
		browser.manage().deleteAllCookies();
		browser.get(thurrock("/"));
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-page-ready", "true"));
		var links = browser.findElements(By.cssSelector("#ward-table tbody th a.ward-link"));
		assertThat(links).hasSize(20);
		assertThat(links).allSatisfy(a -> assertThat(a.getDomAttribute("href")).matches("/wards/E\\d{8}"));
		WebElement grays = browser.findElement(By.linkText("Grays Riverside"));
		assertThat(grays.getDomAttribute("href")).isEqualTo("/wards/" + WARD);
	}

	@Test
	void theBusinessCasePageWithoutAScenarioExplainsWhatItNeeds() throws Exception {
		browser.manage().deleteAllCookies();
		signIn("planner");
		browser.get(url("/business-case.html"));
		waitForReport();
		String status = browser.findElement(By.id("case-status")).getText();
		assertThat(status).contains("needs a saved scenario").doesNotContain("No static resource");
		screenshot("business-case-without-id");
	}

	private void waitForReport() {
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-report-ready", "true"));
	}

	private void signInFromLoginPage(String path, String user) {
		browser.get(url(path));
		signInHere(user);
	}

	private void signInHere(String user) {
		waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("login-submit")).click();
	}

}
