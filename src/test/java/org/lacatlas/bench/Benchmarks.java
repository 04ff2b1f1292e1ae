package org.lacatlas.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The benchmark harness behind {@code scripts/bench}: prints figures, asserts nothing.
 * Talks to a running app over HTTP (as the map does) and reads the same database to
 * choose realistic moves.
 */
public final class Benchmarks {

	private final BenchClient client;

	private Benchmarks(BenchClient client) {
		this.client = client;
	}

	/**
	 * {@code Benchmarks APP_URL [coverage|introductions]}: everything, or only coverage
	 * and gaps, or only the introduction summaries and density.
	 */
	public static void main(String[] args) throws Exception {
		Benchmarks bench = new Benchmarks(BenchClient.signedIn(args[0]));
		if (args.length > 1 && args[1].equals("introductions")) {
			bench.introductions(50);
			return;
		}
		if (args.length == 1) {
			bench.neighbourhoodMoves(300);
			bench.generator(5);
			bench.planner(5);
			bench.introductions(50);
		}
		bench.coverage(200);
	}

	/**
	 * The introduction summaries and the density map, warm, over the evaluation's four
	 * months and over a year of the demo's history (months every version of the app
	 * publishes).
	 */
	void introductions(int rounds) throws Exception {
		for (String period : List.of("from=2013-06&to=2013-09", "from=2025-10&to=2026-09")) {
			for (String path : List.of("/api/introductions/summary?by=patch&", "/api/introductions/summary?by=ward&",
					"/api/introductions/summary?by=need&", "/api/introductions/density?cellSize=500&",
					"/api/introductions/density?cellSize=250&")) {
				get(path + period);
				List<Double> ms = new ArrayList<>();
				for (int i = 0; i < rounds; i++) {
					ms.add(time(() -> get(path + period)));
				}
				report(path + period + ", " + rounds + " requests", ms);
			}
		}
	}

	/** Coverage of the borough, wards and neighbourhoods, warm. */
	void coverage(int rounds) throws Exception {
		get("/api/coverage");
		List<Double> ms = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			ms.add(time(() -> get("/api/coverage")));
		}
		report("coverage (borough, 20 wards, 17 neighbourhoods), " + rounds + " requests", ms);
		List<Double> gaps = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			gaps.add(time(() -> get("/api/coverage/gaps")));
		}
		report("gaps, " + rounds + " requests", gaps);
	}

	/** "Plan 5 more" on Thurrock: time, need covered and how close to the upper bound. */
	void planner(int seeds) throws Exception {
		for (int seed = 1; seed <= seeds; seed++) {
			long start = System.nanoTime();
			JsonNode plan = BenchClient.JSON
				.readTree(post("/api/scenarios/plan", "{\"coordinators\":5,\"seed\":" + seed + "}"));
			double ms = (System.nanoTime() - start) / 1e6;
			System.out.printf(Locale.ROOT,
					"plan 5 more, seed %d: %.0f ms, %d patches, need %.0f, bound %.0f, ratio %.3f%n", seed, ms,
					plan.get("patches").size(), plan.get("objective").asDouble(), plan.get("upperBound").asDouble(),
					plan.get("ratio").asDouble());
		}
	}

	/**
	 * A move of a boundary small area into its neighbour: preview and save round trips.
	 */
	void neighbourhoodMoves(int rounds) throws Exception {
		List<String[]> moves = boundaryMoves();
		List<Double> preview = new ArrayList<>();
		List<Double> save = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			String[] m = moves.get(i % moves.size());
			String body = "{\"moves\":[{\"smallArea\":\"" + m[0] + "\",\"to\":" + m[1] + "}]}";
			preview.add(time(() -> post("/api/neighbourhoods/preview", body)));
		}
		for (int i = 0; i < rounds / 10; i++) {
			String[] m = moves.get(i % moves.size());
			int version = get("/api/neighbourhoods").at("/plan/version").asInt();
			save.add(time(() -> post("/api/neighbourhoods/moves",
					"{\"version\":" + version + ",\"moves\":[{\"smallArea\":\"" + m[0] + "\",\"to\":" + m[1] + "}]}")));
			post("/api/neighbourhoods/moves", "{\"version\":" + (version + 1) + ",\"moves\":[{\"smallArea\":\"" + m[0]
					+ "\",\"to\":" + m[2] + "}]}");
		}
		report("move preview (totals + validation), " + rounds + " round trips", preview);
		report("move save (version check, outlines, record), " + save.size() + " round trips", save);
	}

	void generator(int seeds) throws Exception {
		for (int seed = 1; seed <= seeds; seed++) {
			String body = "{\"seed\":" + seed + "}";
			long start = System.nanoTime();
			JsonNode proposal = BenchClient.JSON.readTree(post("/api/neighbourhoods/generate", body));
			double ms = (System.nanoTime() - start) / 1e6;
			double pp = 0;
			int valid = 0;
			for (JsonNode n : proposal.get("features")) {
				pp += n.at("/properties/polsbyPopper").asDouble();
				valid += n.at("/properties/valid").asBoolean() ? 1 : 0;
			}
			int count = proposal.get("features").size();
			System.out.printf(Locale.ROOT,
					"generate seed %d: %.0f ms, %d neighbourhoods, %d valid, mean Polsby-Popper %.3f%n", seed, ms,
					count, valid, pp / count);
		}
	}

	private List<String[]> boundaryMoves() throws Exception {
		List<String[]> moves = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(System.getenv("SPRING_DATASOURCE_URL"),
				System.getenv("SPRING_DATASOURCE_USERNAME"), System.getenv("SPRING_DATASOURCE_PASSWORD"));
				ResultSet rs = db.createStatement().executeQuery("""
						SELECT DISTINCT ON (a.small_area_code) a.small_area_code, b.neighbourhood_id, a.neighbourhood_id
						FROM small_area_adjacency j
						JOIN neighbourhood_area a ON a.small_area_code = j.small_area_code
						JOIN neighbourhood_area b ON b.small_area_code = j.neighbour_code
						WHERE a.neighbourhood_id <> b.neighbourhood_id ORDER BY a.small_area_code
						""")) {
			while (rs.next()) {
				moves.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3) });
			}
		}
		return moves;
	}

	private interface Call {

		void run() throws Exception;

	}

	private static double time(Call call) throws Exception {
		long start = System.nanoTime();
		call.run();
		return (System.nanoTime() - start) / 1e6;
	}

	private JsonNode get(String path) throws Exception {
		return client.get(path);
	}

	private String post(String path, String body) throws Exception {
		return client.post(path, body);
	}

	private static void report(String what, List<Double> ms) {
		BenchClient.report(what, ms);
	}

}
