package org.lacatlas.bench.england;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.lacatlas.bench.BenchClient;

/**
 * England-scale benchmarks behind {@code scripts/bench-england}: prints figures with
 * their goals, asserts nothing. Talks to an app started against the synthetic England
 * with {@code lacatlas.demo.council} set to the largest synthetic authority (its demo
 * users belong to it), and reads the same database directly for the raw comparisons and
 * the England-wide roll-up.
 *
 * <pre>
 * EnglandBenchmarks http://localhost:8098 X06012345
 * </pre>
 */
public final class EnglandBenchmarks {

	private final BenchClient client;

	private EnglandBenchmarks(BenchClient client) {
		this.client = client;
	}

	public static void main(String[] args) throws Exception {
		EnglandBenchmarks bench = new EnglandBenchmarks(BenchClient.signedIn(args[0]));
		String council = args[1];
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
		JsonNode first = client.get("/api/coverage");
		System.out.printf(Locale.ROOT, "largest authority %s: %s wards, %s neighbourhoods, %s residents%n", council,
				first.get("wards").size(), first.get("neighbourhoods").size(), first.at("/borough/residents").asText());
		BenchClient.report("GET /api/coverage, largest authority, warm, " + rounds + " requests (goal ≤ 1 s)",
				timings(rounds, "/api/coverage"));
		BenchClient.report("GET /api/coverage/gaps, largest authority, warm, " + rounds + " requests (goal ≤ 1 s)",
				timings(rounds, "/api/coverage/gaps"));
	}

	private List<Double> timings(int rounds, String path) throws Exception {
		client.get(path);
		List<Double> ms = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			client.get(path);
			ms.add((System.nanoTime() - start) / 1e6);
		}
		return ms;
	}

	private void planner(String council) throws Exception {
		for (int n : new int[] { 5, 20 }) {
			long start = System.nanoTime();
			JsonNode plan = BenchClient.JSON.readTree(client.post("/api/scenarios/plan",
					"{\"coordinators\":" + n + ",\"seed\":1,\"timeLimitMillis\":60000}"));
			double ms = (System.nanoTime() - start) / 1e6;
			System.out.printf(Locale.ROOT,
					"POST /api/scenarios/plan %d more on %s: %.0f ms round trip, %d patches, need %.0f, bound %.0f, ratio %.3f (goal ≤ 60 s)%n",
					n, council, ms, plan.get("patches").size(), plan.get("objective").asDouble(),
					plan.get("upperBound").asDouble(), plan.get("ratio").asDouble());
		}
	}

}
