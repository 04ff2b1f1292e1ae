package org.lacatlas;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
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

	private static String axeSource;

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
		// A page that reloads itself (sign-out, a councillor sent on to their ward)
		// replaces
		// the element being watched; the next poll finds the new one.
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	protected void signIn(String user) {
		browser.get(url("/login.html"));
		waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("login-submit")).click();
		waitUpTo(10).until(ExpectedConditions.attributeToBe(By.id("auth"), "data-signed-in", "true"));
	}

	/**
	 * Opens one of the planner's workspace tabs ("neighbourhoods", "plan", "scenarios")
	 * by clicking it, as a planner would.
	 */
	protected void openTab(String key) {
		waitUpTo(20).until(ExpectedConditions.elementToBeClickable(By.id("tab-" + key))).click();
		waitUpTo(5).until(ExpectedConditions.attributeToBe(By.id("tab-" + key), "aria-selected", "true"));
	}

	/**
	 * Runs axe-core (vendored, see {@code src/test/resources/axe/README.md}) on the page
	 * as it stands, with the WCAG 2.0–2.2 A and AA rules, and returns each violation as
	 * "rule: what is wrong (where)", so an assertion failure says what to fix.
	 */
	@SuppressWarnings("unchecked")
	protected List<String> axeViolations() throws IOException {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
			js.executeScript(axeSource());
		}
		Object result = js.executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
						  .then((r) => done(r.violations.flatMap((v) => v.nodes.map((n) =>
						    `${v.id}: ${n.failureSummary.replace(/\\s+/g, ' ')} (${n.target.join(' ')})`))))
						  .catch((e) => done(['axe failed: ' + e.message]));
						""");
		return (List<String>) result;
	}

	private static String axeSource() throws IOException {
		if (axeSource == null) {
			try (InputStream in = BrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
				axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		return axeSource;
	}

	/**
	 * Table cells as a reader finds them broken: a word split across two lines
	 * ("Belh|us"), or a figure in a numeric cell ({@code td.num}, not a heading in
	 * {@code thead}) wrapped onto a second line. Words are runs between spaces, hyphens
	 * and slashes, where a line may rightly break. Cells clipped away for screen readers
	 * only are left out, and so is a word wider than its cell (an e-mail address in a
	 * narrow column), which has to break.
	 */
	private static final String BROKEN_CELLS = """
			const lines = (range) => { let count = 0, top = -Infinity;
			  for (const r of [...range.getClientRects()].filter((r) => r.width > 0).sort((a, b) => a.top - b.top)) {
			    if (r.top >= top + r.height / 2) { count++; top = r.top; } }
			  return count; };
			const clippedAway = (e) => { for (let a = e; a; a = a.parentElement) { const r = a.getBoundingClientRect();
			  if ((r.width <= 1 || r.height <= 1) && getComputedStyle(a).overflow !== 'visible') return true; } return false; };
			const wide = (range) => [...range.getClientRects()].reduce((sum, r) => sum + r.width, 0);
			const room = (cell) => { const s = getComputedStyle(cell);
			  return cell.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight); };
			const found = [];
			for (const cell of document.querySelectorAll('td, th')) {
			  if (cell.closest('.visually-hidden') || clippedAway(cell)) continue;
			  const where = (cell.closest('table').id || 'a table') + ' cell "' + cell.textContent.trim().slice(0, 40) + '"';
			  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
			  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
			    for (const word of text.data.matchAll(/[^\\s\\-\u2010-\u2014\\/]+/g)) {
			      const range = document.createRange();
			      range.setStart(text, word.index);
			      range.setEnd(text, word.index + word[0].length);
			      if (lines(range) > 1 && wide(range) <= room(cell)) found.push('"' + word[0] + '" broken across lines in ' + where);
			    }
			  }
			  if (cell.matches('td.num') && !cell.closest('thead')) {
			    const range = document.createRange();
			    range.selectNodeContents(cell);
			    if (lines(range) > 1) found.push('number wraps in ' + where);
			  }
			}
			return found;
			""";

	/** What {@link #BROKEN_CELLS} finds on the page as it stands. */
	@SuppressWarnings("unchecked")
	protected List<String> brokenTableCells() {
		return (List<String>) ((JavascriptExecutor) browser).executeScript(BROKEN_CELLS);
	}

	/** Sets the browser's window to a desk (1400×900) or phone (390×844) size. */
	protected void windowSize(int width, int height) {
		browser.manage().window().setSize(new Dimension(width, height));
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
