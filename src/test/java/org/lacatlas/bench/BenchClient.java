package org.lacatlas.bench;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The benchmark harnesses' way into a running app: signed in as the map is (form sign-in,
 * session cookie, CSRF token), so timings are not dominated by checking a BCrypt password
 * on every request as HTTP Basic would; and how figures are printed.
 */
public final class BenchClient {

	public static final ObjectMapper JSON = new ObjectMapper();

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(cookies)
		.build();

	private final String base;

	private BenchClient(String base) {
		this.base = base;
	}

	/** Signed in as the demo planner, whose password is in LACATLAS_DEMO_PASSWORD. */
	public static BenchClient signedIn(String base) throws Exception {
		BenchClient client = new BenchClient(base);
		client.http.send(HttpRequest.newBuilder(URI.create(base + "/api/config")).build(),
				HttpResponse.BodyHandlers.discarding());
		String form = "username=planner&password="
				+ URLEncoder.encode(System.getenv("LACATLAS_DEMO_PASSWORD"), StandardCharsets.UTF_8);
		client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Requested-With", "fetch")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		return client;
	}

	public JsonNode get(String path) throws Exception {
		return JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + path)).GET()));
	}

	public String post(String path, String body) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * The answer's body; 4xx and 5xx are failures, except 422 (a verdict, not an error).
	 */
	private String send(HttpRequest.Builder request) throws Exception {
		String token = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
		HttpResponse<String> answer = http.send(request.header("X-XSRF-TOKEN", token).build(),
				HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() >= 400 && answer.statusCode() != 422) {
			throw new IllegalStateException(answer.statusCode() + " " + answer.body());
		}
		return answer.body();
	}

	/** Prints p50, p95 and the slowest of timings in milliseconds. */
	public static void report(String what, List<Double> ms) {
		List<Double> sorted = ms.stream().sorted().toList();
		System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", what,
				sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
				sorted.get(sorted.size() - 1));
	}

}
