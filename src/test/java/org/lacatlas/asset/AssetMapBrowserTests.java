package org.lacatlas.asset;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a coordinator sees in headless Chromium on the assets page (assets-dev.html): sign
 * in, add an asset by clicking the map, find it by search, and see its name, even one
 * written as markup, shown as text. Screenshots go to {@code target/screenshots/}.
 */
class AssetMapBrowserTests extends IntegrationTest {

	/** A name that would run script if any page put it into HTML. */
	static final String MARKUP_NAME = "<img src=x onerror=alert(1)>";

	private WebDriver driver;

	private WebDriverWait wait;

	private Path profile;

	@BeforeEach
	void startBrowser() throws IOException {
		profile = Files.createTempDirectory("lacatlas-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900", "--user-data-dir=" + profile);
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.build();
		driver = new ChromeDriver(service, options);
		wait = new WebDriverWait(driver, Duration.ofSeconds(20));
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (driver != null) {
			driver.quit();
		}
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

	@Test
	void aCoordinatorAddsAnAssetByClickingTheMapAndFindsItBySearch() throws IOException {
		driver.get(thurrock("/assets-dev.html"));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-assets-ready", "signed-out"));
		driver.findElement(By.id("sign-in-username")).sendKeys("coordinator");
		driver.findElement(By.id("sign-in-password")).sendKeys(PASSWORD);
		driver.findElement(By.id("sign-in-submit")).click();
		wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.id("assets-auth"), "Signed in as coordinator"));
		ready();
		wait.until(d -> !"0".equals(d.findElement(By.id("assets-map")).getDomAttribute("data-asset-markers"))
				&& d.findElement(By.id("assets-map")).getDomAttribute("data-asset-markers") != null);

		driver.findElement(By.id("asset-add")).click();
		new Actions(driver).moveToElement(driver.findElement(By.id("assets-map"))).click().perform();
		WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("asset-field-name")));
		name.sendKeys(MARKUP_NAME);
		new Select(driver.findElement(By.id("asset-field-category"))).selectByValue("social-group");
		driver.findElement(By.id("asset-field-description")).sendKeys("Added by the browser test");
		driver.findElement(By.id("asset-field-openingTimes")).sendKeys("Tuesdays 2pm");
		driver.findElement(By.id("asset-save")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("asset-form")));
		assertThat(driver.findElement(By.id("asset-message")).getText()).startsWith("Saved “" + MARKUP_NAME + "”")
			.contains("proposed");

		driver.findElement(By.id("asset-search")).sendKeys("onerror");
		driver.findElement(By.id("asset-search-button")).click();
		WebElement result = wait.until(d -> d.findElements(By.cssSelector("#asset-results .asset-result"))
			.stream()
			.filter(e -> e.getText().equals(MARKUP_NAME))
			.findFirst()
			.orElse(null));
		result.click();
		WebElement title = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".asset-details h3")));
		assertThat(title.getText()).isEqualTo(MARKUP_NAME);
		assertThat(driver.findElement(By.cssSelector(".asset-details")).getText()).contains("Proposed")
			.contains("Tuesdays 2pm")
			.contains("Not yet verified");
		assertNoMarkupRan();
		screenshot("assets-map.png");

		driver.get(url("/assets-print.html?ward=E05002235"));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-print-ready", "true"));
		assertThat(driver.findElement(By.id("print-title")).getText()).isEqualTo("Community assets in Grays Riverside");
		List<WebElement> rows = driver.findElements(By.cssSelector("#print-table tbody tr"));
		assertThat(rows).hasSizeGreaterThan(10);
		assertThat(driver.findElement(By.id("print-table")).getText()).contains("Thurrock Health Centre");
		screenshot("assets-print.png");
	}

	private void ready() {
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-assets-ready", "true"));
	}

	private void assertNoMarkupRan() {
		assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
		assertThat(driver.findElements(By.cssSelector("img[src='x']"))).isEmpty();
	}

	private void screenshot(String name) throws IOException {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

}
