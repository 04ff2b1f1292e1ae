package org.lacatlas.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How long the planner waits, as a browser sees it (a harness behind
 * {@code scripts/bench-planner-page}: prints figures, asserts nothing, starts no app).
 * Drives Debian's headless Chromium against a running app: signs in as the planner, opens
 * the map {@code N} times and times "map ready" and "page ready" (the body's
 * {@code data-map-ready} and {@code data-page-ready}, which the browser tests wait for)
 * from navigation start; then asks for the 0–8 cost curve {@code M} times and times its
 * first point drawn, its first planned point (1 more) and its completion from the press.
 * <p>
 * {@code PlannerPageBench APP_URL [N=20] [M=5]}, the planner's password in
 * {@code LACATLAS_DEMO_PASSWORD}.
 */
public final class PlannerPageBench {

	/**
	 * Resolves when the body carries both attributes, with each one's time from
	 * navigation start (ms); a MutationObserver sees each as it is set. One already set
	 * when the script runs is reported as the time it was seen (an upper bound), marked.
	 */
	private static final String READY_TIMES = """
			const done = arguments[arguments.length - 1];
			const seen = {};
			const look = () => {
			  for (const name of ['mapReady', 'pageReady']) {
			    if (seen[name] === undefined && document.body.dataset[name]) seen[name] = performance.now();
			  }
			  if (seen.mapReady !== undefined && seen.pageReady !== undefined) { observer.disconnect(); done(seen); }
			};
			const observer = new MutationObserver(look);
			const early = ['mapReady', 'pageReady'].some((name) => document.body.dataset[name]);
			seen.early = early;
			observer.observe(document.body, { attributes: true });
			look();
			""";

	/**
	 * Presses the cost curve's button and resolves with the times (ms from the press) of
	 * the first point drawn, the second (the first planned one) and the status saying all
	 * are done.
	 */
	private static final String CURVE_TIMES = """
			const done = arguments[arguments.length - 1];
			const output = document.getElementById('cost-chart');
			const status = document.querySelector('#cost-curve-run + p');
			const times = {};
			let start = 0;
			const look = () => {
			  const points = output.querySelectorAll('svg circle').length;
			  if (points >= 1 && times.first === undefined) times.first = performance.now() - start;
			  if (points >= 2 && times.second === undefined) times.second = performance.now() - start;
			  if (status.textContent.startsWith('All') || status.textContent.startsWith('The comparison')) {
			    times.complete = performance.now() - start;
			    times.points = points;
			    times.status = status.textContent;
			    observer.disconnect();
			    done(times);
			  }
			};
			const observer = new MutationObserver(look);
			observer.observe(output.parentElement, { childList: true, subtree: true, characterData: true });
			start = performance.now();
			document.getElementById('cost-curve-run').click();
			""";

	/**
	 * The way the page made the curve before issue 13e, for comparison in the same run:
	 * nine "plan N more" requests one after another (500 ms solver time each); resolves
	 * with each answer's time from the start (ms).
	 */
	private static final String NINE_PLANS = """
			const done = arguments[arguments.length - 1];
			const cookie = document.cookie.split(/;\\s*/).find((c) => c.startsWith('XSRF-TOKEN='));
			const token = cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
			const start = performance.now();
			const times = [];
			(async () => {
			  for (let more = 0; more <= 8; more += 1) {
			    const r = await fetch('/api/scenarios/plan', { method: 'POST', credentials: 'same-origin',
			      headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': token, 'X-Requested-With': 'fetch' },
			      body: JSON.stringify({ coordinators: more, timeLimitMillis: 500 }) });
			    if (!r.ok) throw new Error('plan answered ' + r.status);
			    await r.json();
			    times.push(performance.now() - start);
			  }
			  done(times);
			})().catch((e) => done(String(e)));
			""";

	public static void main(String[] args) throws Exception {
		String app = args[0].replaceAll("/$", "");
		int opens = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		int curves = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		String password = System.getenv("LACATLAS_DEMO_PASSWORD");
		Path profile = Files.createTempDirectory("lacatlas-bench-chromium-");
		WebDriver browser = browser(profile);
		try {
			signIn(browser, app, password);
			mapReady(browser, app, opens);
			costCurve(browser, app, curves);
		}
		finally {
			browser.quit();
			org.springframework.util.FileSystemUtils.deleteRecursively(profile);
		}
	}

	@SuppressWarnings("unchecked")
	private static void mapReady(WebDriver browser, String app, int opens) {
		List<Double> map = new ArrayList<>();
		List<Double> page = new ArrayList<>();
		int early = 0;
		for (int i = 0; i < opens; i++) {
			browser.get(app + "/");
			Map<String, Object> seen = (Map<String, Object>) js(browser).executeAsyncScript(READY_TIMES);
			map.add(((Number) seen.get("mapReady")).doubleValue());
			page.add(((Number) seen.get("pageReady")).doubleValue());
			early += Boolean.TRUE.equals(seen.get("early")) ? 1 : 0;
		}
		System.out.println("planner's map, opened " + opens + " times at 1400×900, load average " + loadAverage()
				+ (early > 0 ? " (" + early + " already ready when looked at: their time is when seen)" : "") + ":");
		report("  map ready (data-map-ready) from navigation start", map);
		report("  page ready (data-page-ready: every panel of the role drawn)", page);
	}

	@SuppressWarnings("unchecked")
	private static void costCurve(WebDriver browser, String app, int curves) {
		browser.get(app + "/#plan");
		new WebDriverWait(browser, Duration.ofSeconds(60))
			.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-page-ready", "true"));
		List<Double> first = new ArrayList<>();
		List<Double> second = new ArrayList<>();
		List<Double> complete = new ArrayList<>();
		String status = "";
		for (int i = 0; i < curves; i++) {
			new WebDriverWait(browser, Duration.ofSeconds(60))
				.until(d -> d.findElement(By.id("cost-curve-run")).getDomAttribute("aria-disabled") == null);
			Map<String, Object> t = (Map<String, Object>) js(browser).executeAsyncScript(CURVE_TIMES);
			first.add(((Number) t.get("first")).doubleValue());
			second.add(((Number) t.getOrDefault("second", Double.NaN)).doubleValue());
			complete.add(((Number) t.get("complete")).doubleValue());
			status = t.get("points") + " points; \"" + t.get("status") + "\"";
		}
		System.out.println("cost curve 0–8 more, pressed " + curves + " times, load average " + loadAverage()
				+ "; last: " + status);
		report("  first point drawn (0 more) from the press", first);
		report("  first planned point drawn (1 more) from the press", second);
		report("  all 9 points drawn from the press", complete);
		List<Double> oldFirst = new ArrayList<>();
		List<Double> oldAll = new ArrayList<>();
		for (int i = 0; i < curves; i++) {
			Object t = js(browser).executeAsyncScript(NINE_PLANS);
			if (!(t instanceof List<?> times)) {
				System.out.println("  nine plan requests failed: " + t);
				return;
			}
			oldFirst.add(((Number) times.get(0)).doubleValue());
			oldAll.add(((Number) times.get(8)).doubleValue());
		}
		System.out.println("before issue 13e, nine POST /api/scenarios/plan one after another (500 ms each), " + curves
				+ " times, load average " + loadAverage() + ":");
		report("  first answer (0 more)", oldFirst);
		report("  all nine answers", oldAll);
	}

	private static void signIn(WebDriver browser, String app, String password) {
		browser.get(app + "/login.html");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("planner");
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("auth"), "data-signed-in", "true"));
	}

	private static WebDriver browser(Path profile) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		// Back from get() at DOMContentLoaded, before the map's data have come, so the
		// observer is in place when the ready attributes are set.
		options.setPageLoadStrategy(PageLoadStrategy.EAGER);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		WebDriver browser = new ChromeDriver(service, options);
		browser.manage().window().setSize(new Dimension(1400, 900));
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		return browser;
	}

	private static JavascriptExecutor js(WebDriver browser) {
		return (JavascriptExecutor) browser;
	}

	private static void report(String what, List<Double> ms) {
		List<Double> sorted = new ArrayList<>(ms.stream().filter(v -> !v.isNaN()).toList());
		Collections.sort(sorted);
		System.out.println(String.format(Locale.UK, "%s: p50 %.0f ms, p95 %.0f ms, min %.0f, max %.0f (%d runs)", what,
				percentile(sorted, 50), percentile(sorted, 95), sorted.get(0), sorted.get(sorted.size() - 1),
				sorted.size()));
	}

	/** Nearest-rank percentile of sorted values. */
	private static double percentile(List<Double> sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (java.io.IOException ex) {
			return "unknown";
		}
	}

}
