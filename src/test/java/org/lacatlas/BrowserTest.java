package org.lacatlas;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of tests that look at the map as a person would: Debian's headless Chromium driven
 * by its own ChromeDriver (nothing is downloaded), against the app on a random port.
 * Screenshots go to {@code target/screenshots/}.
 */
public abstract class BrowserTest extends IntegrationTest {

	protected static WebDriver browser;

	private static Path profile;

	@BeforeAll
	static void startBrowser() throws IOException {
		profile = Files.createTempDirectory("lacatlas-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		org.springframework.util.FileSystemUtils.deleteRecursively(profile);
	}

	protected WebDriverWait waitUpTo(int seconds) {
		return new WebDriverWait(browser, Duration.ofSeconds(seconds));
	}

	protected void signIn(String user) {
		browser.get(url("/login.html"));
		waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("login-submit")).click();
		waitUpTo(10).until(ExpectedConditions.attributeToBe(By.id("auth"), "data-signed-in", "true"));
	}

	protected Path screenshot(String name) throws IOException {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Path target = dir.resolve(name + ".png");
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		return target;
	}

}
