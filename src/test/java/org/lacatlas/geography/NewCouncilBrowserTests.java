package org.lacatlas.geography;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacatlas.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council adopting LAC Atlas, in the browser: the service administrator adds it from
 * the admin page and watches the import finish; its planner, finding no neighbourhoods,
 * sees how many each band implies, proposes some on the map and saves them.
 */
class NewCouncilBrowserTests extends BrowserTest {

	@Autowired
	TestRestTemplate http;

	@TempDir
	Path dir;

	@AfterEach
	void removeTheFictitiousCouncil() {
		jdbc.sql("DELETE FROM app_user WHERE username = 'fictitious-planner'").update();
		FictitiousCouncil.delete(jdbc);
	}

	@Test
	void aServiceAdministratorAddsACouncilAndItsPlannerGeneratesItsFirstNeighbourhoods() throws Exception {
		FictitiousCouncil.fromThurrock(jdbc).asGeoJson(dir).write();
		signIn("service_admin");
		browser.get(url("/admin.html"));
		waitUpTo(20).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-admin-ready", "true"));
		assertThat(browser.findElement(By.id("user-table")).getText()).contains("planner", "eastwick-planner");
		String files;
		try (Stream<Path> all = Files.list(dir)) {
			files = all.map(Path::toString).collect(Collectors.joining("\n"));
		}
		browser.findElement(By.id("import-files")).sendKeys(files);
		browser.findElement(By.id("import-start")).click();
		waitUpTo(60).until(ExpectedConditions.attributeToBe(By.id("import-progress"), "data-state", "done"));
		assertThat(browser.findElement(By.id("import-progress")).getText()).contains("Imported Fictitious",
				"6 small areas");
		screenshot("admin-import");

		createPlanner();
		browser.manage().deleteAllCookies();
		signIn("fictitious-planner");
		browser.get(url("/"));
		waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-neighbourhoods-ready", "true"));
		assertThat(browser.findElement(By.id("neighbourhood-status")).getText()).contains("no neighbourhoods yet");
		assertThat(browser.findElement(By.id("generate-details")).getAttribute("open")).isNotNull();
		WebElement min = browser.findElement(By.id("generate-min"));
		WebElement max = browser.findElement(By.id("generate-max"));
		min.clear();
		min.sendKeys("2000");
		max.clear();
		max.sendKeys("4000");
		waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("band-count"), "2,000–4,000"));
		assertThat(browser.findElement(By.id("band-count")).getText()).contains("7,521 residents");
		browser.findElement(By.cssSelector("#generate form button[type=submit]")).click();
		waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.id("save-generated")));
		assertThat(browser.findElement(By.id("generate-result")).getText()).contains("neighbourhoods proposed");
		screenshot("generate-proposal");
		browser.findElement(By.id("save-generated")).click();
		waitUpTo(30).until(d -> d.findElements(By.cssSelector("path.neighbourhood")).size() >= 2);
		assertThat(jdbc.sql("SELECT min_residents || '-' || max_residents FROM council WHERE code = :c")
			.param("c", FictitiousCouncil.CODE)
			.query(String.class)
			.single()).as("the band saved with the plan is the council's").isEqualTo("2000-4000");
		browser.findElement(By.id("sign-out")).click();
	}

	private void createPlanner() {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth("service_admin", PASSWORD);
		headers.setContentType(MediaType.APPLICATION_JSON);
		var answer = http.postForEntity(url("/api/admin/users"), new HttpEntity<>("""
				{"username":"fictitious-planner","password":"%s","role":"PLANNER","council":"%s"}
				""".formatted(PASSWORD, FictitiousCouncil.CODE), headers), String.class);
		assertThat(answer.getStatusCode().value()).isEqualTo(201);
	}

}
