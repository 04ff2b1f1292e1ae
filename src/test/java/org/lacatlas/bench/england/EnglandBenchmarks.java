package org.lacatlas.bench.england;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * England-scale benchmarks behind {@code scripts/bench-england}: prints figures with
 * their goals, asserts nothing. Talks to an app started against the synthetic England
 * with {@code lacatlas.map.council-code} set to the largest synthetic authority, and
 * reads the same database directly for the raw comparisons and the England-wide roll-up.
 *
 * <pre>
 * EnglandBenchmarks http://localhost:8098 X06012345
 * </pre>
 */
public final class EnglandBenchmarks {

	static final ObjectMapper JSON = new ObjectMapper();

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(cookies)
		.build();

	private final String base;

	private EnglandBenchmarks(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		EnglandBenchmarks bench = new EnglandBenchmarks(args[0]);
		String council = args[1];
		bench.signIn();
		try (Connection db = connect()) {
			System.out.println("== coverage and gaps at England scale (goal ≤ 1 s) ==");
			bench.coverage(council, 10);
			EnglandRollUp.run(db);
			System.out.println("== planner over HTTP, largest authority (goal ≤ 60 s) ==");
			bench.planner(council);
		}
	}

	static Connection connect() throws Exception {
		return DriverManager.getConnection(System.getenv("SPRING_DATASOURCE_URL"),
				System.getenv("SPRING_DATASOURCE_USERNAME"), System.getenv("SPRING_DATASOURCE_PASSWORD"));
	}

	private void coverage(String council, int rounds) throws Exception {
		JsonNode first = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/api/coverage")).GET()));
		System.out.printf(Locale.ROOT, "largest authority %s: %s wards, %s neighbourhoods, %s residents%n", council,
				first.get("wards").size(), first.get("neighbourhoods").size(), first.at("/borough/residents").asText());
		report("GET /api/coverage, largest authority, warm, " + rounds + " requests (goal ≤ 1 s)",
				timings(rounds, "/api/coverage"));
		report("GET /api/coverage/gaps, largest authority, warm, " + rounds + " requests (goal ≤ 1 s)",
				timings(rounds, "/api/coverage/gaps"));
	}

	private List<Double> timings(int rounds, String path) throws Exception {
		get(path);
		List<Double> ms = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			get(path);
			ms.add((System.nanoTime() - start) / 1e6);
		}
		return ms;
	}

	private void planner(String council) throws Exception {
		for (int n : new int[] { 5, 20 }) {
			long start = System.nanoTime();
			JsonNode plan = JSON.readTree(
					post("/api/scenarios/plan", "{\"coordinators\":" + n + ",\"seed\":1,\"timeLimitMillis\":60000}"));
			double ms = (System.nanoTime() - start) / 1e6;
			System.out.printf(Locale.ROOT,
					"POST /api/scenarios/plan %d more on %s: %.0f ms round trip, %d patches, need %.0f, bound %.0f, ratio %.3f (goal ≤ 60 s)%n",
					n, council, ms, plan.get("patches").size(), plan.get("objective").asDouble(),
					plan.get("upperBound").asDouble(), plan.get("ratio").asDouble());
		}
	}

	static void report(String what, List<Double> ms) {
		List<Double> sorted = ms.stream().sorted().toList();
		System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", what,
				sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
				sorted.get(sorted.size() - 1));
	}

	/** The body of a GET that must answer 200. */
	byte[] get(String path) throws Exception {
		HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + answer.statusCode());
		}
		return answer.body();
	}

	private String post(String path, String body) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Form sign-in as the map does: session cookie and CSRF token. */
	private void signIn() throws Exception {
		http.send(HttpRequest.newBuilder(URI.create(base + "/api/config")).build(),
				HttpResponse.BodyHandlers.discarding());
		String form = "username=planner&password="
				+ URLEncoder.encode(System.getenv("LACATLAS_DEMO_PASSWORD"), StandardCharsets.UTF_8);
		send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Requested-With", "fetch")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

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
		if (answer.statusCode() >= 400) {
			throw new IllegalStateException(answer.statusCode() + " " + answer.body());
		}
		return answer.body();
	}

}
