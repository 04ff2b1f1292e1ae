package org.lacatlas.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.lacatlas.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a planner sees: the neighbourhoods over the map, their table, and moving a small
 * area across a boundary with the totals changing at once and coming back on Undo.
 * Nothing is saved, so every other test sees the demo plan unchanged.
 */
class PlannerBrowserTests extends BrowserTest {

	/** A small area that shares a boundary with a neighbourhood other than its own. */
	record BoundaryArea(String code, long fromId, long toId, long residents) {
	}

	@Test
	void movingABoundaryAreaShiftsExactlyItsResidentsUntilUndone() throws Exception {
		BoundaryArea area = boundaryArea();
		int version = planVersion();
		openMapAs("planner");

		int neighbourhoods = jdbc.sql("""
				SELECT count(*) FROM neighbourhood n JOIN neighbourhood_plan p ON p.id = n.plan_id
				WHERE p.authority_code = :a
				""").param("a", THURROCK).query(Integer.class).single();
		assertThat(browser.findElements(By.cssSelector("path.neighbourhood[data-id]"))).hasSize(neighbourhoods);
		assertThat(browser.findElements(By.cssSelector(".neighbourhood-label"))).hasSize(neighbourhoods);
		assertThat(browser.findElements(By.cssSelector("#neighbourhood-totals tr[data-id]"))).hasSize(neighbourhoods);
		long fromBefore = savedResidents(area.fromId());
		long toBefore = savedResidents(area.toId());
		assertThat(tableResidents(area.fromId())).isEqualTo(fromBefore);
		assertThat(tableResidents(area.toId())).isEqualTo(toBefore);

		browser.findElement(By.id("edit-neighbourhoods")).click();
		moveInto(area.code(), area.toId());
		waitUpTo(10).until(d -> tableResidents(area.fromId()) == fromBefore - area.residents()
				&& tableResidents(area.toId()) == toBefore + area.residents());
		assertThat(browser.findElement(By.cssSelector("#move-summary li[data-id='" + area.toId() + "']")).getText())
			.contains(String.format(Locale.UK, "%,d", toBefore + area.residents()));
		assertThat(browser.findElement(By.id("map")).getAttribute("data-measure")).isEqualTo("neighbourhood");
		Path shot = screenshot("planner-move");
		assertThat(Files.size(shot)).isGreaterThan(20_000);

		browser.findElement(By.id("undo-move")).click();
		waitUpTo(10).until(d -> tableResidents(area.fromId()) == fromBefore && tableResidents(area.toId()) == toBefore);
		assertThat(browser.findElement(By.id("save-moves")).isEnabled()).isFalse();
		assertThat(planVersion()).isEqualTo(version);
	}

	@Test
	void savesMovesAndOnAStaleSaveExplainsAndReloads() {
		BoundaryArea area = boundaryArea();
		openMapAs("planner");
		browser.findElement(By.id("edit-neighbourhoods")).click();

		moveInto(area.code(), area.toId());
		browser.findElement(By.id("save-moves")).click();
		waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("move-summary"), "Saved 1 move"));
		assertThat(neighbourhoodOf(area.code())).isEqualTo(area.toId());
		assertThat(tableResidents(area.toId())).isEqualTo(savedResidents(area.toId()));

		moveInto(area.code(), area.fromId());
		jdbc.sql("UPDATE neighbourhood_plan SET version = version + 1 WHERE authority_code = :a")
			.param("a", THURROCK)
			.update();
		browser.findElement(By.id("save-moves")).click();
		waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("reload-plan")));
		assertThat(browser.findElement(By.id("planner-problem")).getText())
			.contains("Someone else has saved this plan since you opened it");
		browser.findElement(By.id("reload-plan")).click();
		waitUpTo(10).until(ExpectedConditions.invisibilityOfElementLocated(By.id("planner-problem")));
		assertThat(tableResidents(area.toId())).isEqualTo(savedResidents(area.toId()));

		moveInto(area.code(), area.fromId());
		browser.findElement(By.id("save-moves")).click();
		waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("move-summary"), "Saved 1 move"));
		assertThat(neighbourhoodOf(area.code())).isEqualTo(area.fromId());
	}

	@Test
	void councillorsSeeNeighbourhoodsButCannotEditThemAndLoseThemOnSigningOut() {
		openMapAs("councillor");
		assertThat(browser.findElements(By.cssSelector("#neighbourhood-totals tr[data-id]"))).isNotEmpty();
		assertThat(browser.findElement(By.id("neighbourhood-legend")).getText()).contains("Post vacant");
		assertThat(browser.findElement(By.id("planner")).isDisplayed()).isFalse();

		browser.findElement(By.id("sign-out")).click();
		waitUpTo(10).until(ExpectedConditions.invisibilityOfElementLocated(By.id("neighbourhood-panel")));
		assertThat(browser.findElements(By.cssSelector("path.neighbourhood"))).isEmpty();
	}

	private void openMapAs(String user) {
		signIn(user);
		// A councillor lands on their ward page: the map is one link away.
		browser.get(url("/"));
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-neighbourhoods-ready", "true"));
	}

	/**
	 * Chooses the target neighbourhood, clicks the area, and waits for the preview's
	 * totals.
	 */
	private void moveInto(String code, long neighbourhood) {
		new Select(browser.findElement(By.id("move-target"))).selectByValue(String.valueOf(neighbourhood));
		clickInside(browser.findElement(By.cssSelector("path.small-area[data-code='" + code + "']")));
		waitUpTo(10).until(ExpectedConditions.attributeToBe(By.id("move-summary"), "aria-busy", "false"));
		assertThat(browser.findElement(By.id("save-moves")).getText()).isEqualTo("Save 1 move");
	}

	private long neighbourhoodOf(String code) {
		return jdbc.sql("""
				SELECT na.neighbourhood_id FROM neighbourhood_area na JOIN neighbourhood_plan p ON p.id = na.plan_id
				WHERE na.small_area_code = :c AND p.authority_code = :a
				""").param("c", code).param("a", THURROCK).query(Long.class).single();
	}

	private BoundaryArea boundaryArea() {
		return jdbc.sql("""
				SELECT a.small_area_code AS code, na.neighbourhood_id AS from_id, nb.neighbourhood_id AS to_id,
					s.residents
				FROM small_area_adjacency a
				JOIN neighbourhood_area na ON na.small_area_code = a.small_area_code
				JOIN neighbourhood_area nb ON nb.small_area_code = a.neighbour_code AND nb.plan_id = na.plan_id
				JOIN small_area s ON s.code = a.small_area_code
				WHERE na.neighbourhood_id <> nb.neighbourhood_id AND s.authority_code = :a
				ORDER BY a.shared_metres DESC, a.small_area_code
				LIMIT 1
				""").param("a", THURROCK).query(BoundaryArea.class).single();
	}

	private long savedResidents(long neighbourhood) {
		return jdbc.sql("""
				SELECT sum(s.residents) FROM neighbourhood_area na JOIN small_area s ON s.code = na.small_area_code
				WHERE na.neighbourhood_id = :n
				""").param("n", neighbourhood).query(Long.class).single();
	}

	private int planVersion() {
		return jdbc.sql("SELECT version FROM neighbourhood_plan WHERE authority_code = :a")
			.param("a", THURROCK)
			.query(Integer.class)
			.single();
	}

	private long tableResidents(long neighbourhood) {
		String text = browser
			.findElement(By.cssSelector("#neighbourhood-totals tr[data-id='" + neighbourhood + "'] .residents"))
			.getText();
		return Long.parseLong(text.replace(",", ""));
	}

	/** Clicks the mouse at a point where the area itself is the topmost element. */
	@SuppressWarnings("unchecked")
	private void clickInside(WebElement path) {
		List<Number> point = (List<Number>) ((JavascriptExecutor) browser).executeScript("""
				const path = arguments[0];
				const box = path.getBoundingClientRect();
				for (let i = 1; i < 16; i++) {
					for (let j = 1; j < 16; j++) {
						const x = box.left + (box.width * i) / 16, y = box.top + (box.height * j) / 16;
						if (document.elementFromPoint(x, y) === path) return [Math.round(x), Math.round(y)];
					}
				}
				return null;
				""", path);
		assertThat(point).as("a visible point inside the small area").isNotNull();
		new Actions(browser).moveToLocation(point.get(0).intValue(), point.get(1).intValue()).click().perform();
	}

}
