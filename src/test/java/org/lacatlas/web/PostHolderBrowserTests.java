package org.lacatlas.web;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lacatlas.BrowserTest;
import org.lacatlas.SecondCouncil;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A planner names who holds a post in the Neighbourhoods tab, by keyboard alone: the
 * sentence beside the control says what changed and takes focus, and the coordinator then
 * opens the map on that post's patch as "My patch". A save based on an old read is
 * refused and shows the other person's change; naming a coordinator who holds another
 * post changes nothing and says where they are. axe-core finds nothing on a desk or a
 * phone. Eastwick's posts are used and freed again after each test.
 */
class PostHolderBrowserTests extends BrowserTest {

	private static final String PLANNER = SecondCouncil.user("planner");

	private static final String COORDINATOR = SecondCouncil.user("coordinator");

	@Autowired
	TestRestTemplate http;

	@AfterEach
	void freeEastwicksPosts() {
		jdbc.sql("UPDATE coordinator_post SET held_by = NULL WHERE authority_code = :a")
			.param("a", SecondCouncil.CODE)
			.update();
	}

	private long postId(String name) {
		return jdbc.sql("SELECT id FROM coordinator_post WHERE authority_code = :a AND name = :n")
			.param("a", SecondCouncil.CODE)
			.param("n", name)
			.query(Long.class)
			.single();
	}

	private void openMapAs(String user, int width, int height, String ready) {
		browser.manage().deleteAllCookies();
		windowSize(width, height);
		signIn(user);
		browser.get(url("/"));
		waitUpTo(40).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-page-ready", "true"));
		waitUpTo(20).until(ExpectedConditions.attributeToBe(By.id(ready), "data-ready", "true"));
	}

	private WebElement focused() {
		return browser.switchTo().activeElement();
	}

	private void keys(CharSequence... keys) {
		new Actions(browser).sendKeys(keys).perform();
	}

	/** Tabs from the top of the page until the element with this id has focus. */
	private void tabTo(String id) {
		((JavascriptExecutor) browser).executeScript("document.activeElement?.blur(); window.scrollTo(0, 0)");
		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		for (int tabs = 1; tabs <= 200; tabs++) {
			if (id.equals(focused().getDomAttribute("id"))) {
				return;
			}
			keys(Keys.TAB);
		}
		throw new AssertionError("Tab never reached #" + id);
	}

	/** With the select focused, arrows through its options until it shows this one. */
	private void arrowTo(String selectId, String value) {
		Select select = new Select(browser.findElement(By.id(selectId)));
		for (int i = 0; i < 10 && !value.equals(select.getFirstSelectedOption().getDomProperty("value")); i++) {
			keys(Keys.ARROW_DOWN);
		}
		assertThat(select.getFirstSelectedOption().getDomProperty("value")).isEqualTo(value);
	}

	/** Chooses a holder for the post and saves it, by keyboard; returns the sentence. */
	private WebElement nameByKeyboard(long post, String username) {
		tabTo("post-holder-" + post);
		arrowTo("post-holder-" + post, username);
		keys(Keys.TAB);
		assertThat(focused().getDomAttribute("id")).isEqualTo("post-holder-save-" + post);
		keys(Keys.ENTER);
		By status = By.id("post-holder-status-" + post);
		waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(status));
		waitUpTo(10).until((b) -> ("post-holder-status-" + post).equals(focused().getDomAttribute("id")));
		return browser.findElement(status);
	}

	@Test
	void aPlannerNamesAHolderByKeyboardAndTheCoordinatorThenSeesTheirPatch() throws Exception {
		long north = postId("Eastwick North");
		openMapAs(PLANNER, 1400, 900, "post-holders");
		assertThat(browser.findElement(By.id("post-holders")).isDisplayed()).isTrue();
		Select choice = new Select(browser.findElement(By.id("post-holder-" + north)));
		assertThat(choice.getFirstSelectedOption().getText()).isEqualTo("Nobody yet");
		assertThat(choice.getOptions()).extracting(WebElement::getText).containsExactly("Nobody yet", COORDINATOR);
		// Thurrock's posts and coordinator accounts are not Eastwick's to see
		assertThat(browser.findElement(By.id("post-holders")).getText()).doesNotContain("Grays Riverside");
		assertThat(browser.findElements(By.cssSelector("#post-holders option")))
			.noneMatch((o) -> o.getDomProperty("value").equals("coordinator"));

		WebElement said = nameByKeyboard(north, COORDINATOR);
		assertThat(said.getText()).isEqualTo("Eastwick North is now held by " + COORDINATOR + ".");
		assertThat(jdbc.sql("SELECT held_by FROM coordinator_post WHERE id = :id")
			.param("id", north)
			.query(String.class)
			.single()).isEqualTo(COORDINATOR);
		// Another post's choice now says where that coordinator is
		Select south = new Select(browser.findElement(By.id("post-holder-" + postId("Eastwick South"))));
		assertThat(south.getOptions()).extracting(WebElement::getText)
			.contains(COORDINATOR + " (holds Eastwick North)");
		assertThat(axeViolations()).isEmpty();
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", said);
		screenshot("post-holder-saved-1400");

		openMapAs(COORDINATOR, 1400, 900, "my-patch");
		assertThat(browser.findElement(By.cssSelector("#my-patch h2")).getText()).isEqualTo("My patch: Eastwick North");
		assertThat(browser.findElements(By.id("post-holders")).get(0).isDisplayed()).isFalse();
	}

	@Test
	void aStaleSaveShowsTheOtherChangeAndASecondPostIsRefusedOnAPhone() throws Exception {
		long north = postId("Eastwick North");
		long south = postId("Eastwick South");
		openMapAs(PLANNER, 390, 844, "post-holders");
		// Someone else names the coordinator on Eastwick South after this page read it
		Map<String, Object> body = new HashMap<>();
		body.put("username", COORDINATOR);
		body.put("version",
				jdbc.sql("SELECT version FROM coordinator_post WHERE id = :id")
					.param("id", south)
					.query(Integer.class)
					.single());
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(SecondCouncil.user("admin"), PASSWORD);
		headers.setContentType(MediaType.APPLICATION_JSON);
		assertThat(http
			.exchange(url("/api/coordinators/" + south + "/holder"), HttpMethod.PUT, new HttpEntity<>(body, headers),
					String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		int version = jdbc.sql("SELECT version FROM coordinator_post WHERE id = :id")
			.param("id", south)
			.query(Integer.class)
			.single();

		// The page still read it as held by nobody: a save from there is refused as stale
		Select southChoice = new Select(browser.findElement(By.id("post-holder-" + south)));
		assertThat(southChoice.getFirstSelectedOption().getText()).isEqualTo("Nobody yet");
		WebElement said = nameByKeyboard(south, COORDINATOR);
		assertThat(said.getText()).startsWith("Someone else changed Eastwick South since this page read it")
			.contains("It now shows their change: held by " + COORDINATOR);
		assertThat(southChoice.getFirstSelectedOption().getDomProperty("value")).isEqualTo(COORDINATOR);
		assertThat(jdbc.sql("SELECT version FROM coordinator_post WHERE id = :id")
			.param("id", south)
			.query(Integer.class)
			.single()).isEqualTo(version);
		assertThat(axeViolations()).isEmpty();
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", said);
		screenshot("post-holder-stale-390");
		// The page now has their version: saving the same choice again has nothing to do
		new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
		assertThat(focused().getDomAttribute("id")).isEqualTo("post-holder-save-" + south);
		keys(Keys.ENTER);
		waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("post-holder-status-" + south),
				"Eastwick South is already held by " + COORDINATOR + ": nothing to save."));

		// Naming them on Eastwick North as well changes nothing, and says where they are
		said = nameByKeyboard(north, COORDINATOR);
		assertThat(said.getText()).startsWith("Nothing was changed: " + COORDINATOR + " already holds Eastwick South");
		assertThat(jdbc.sql("SELECT count(*) FROM coordinator_post WHERE held_by = :u")
			.param("u", COORDINATOR)
			.query(Integer.class)
			.single()).isEqualTo(1);
		keys(Keys.TAB);
		assertThat(focused().getText()).isEqualTo("Go to Eastwick South");
		keys(Keys.ENTER);
		assertThat(focused().getDomAttribute("id")).isEqualTo("post-holder-" + south);
		assertThat(axeViolations()).isEmpty();
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", said);
		screenshot("post-holder-conflict-390");
	}

}
