package org.lacatlas.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Serving benchmarks (figures, no assertions): tiles and OGC feature pages through LAC
 * Atlas against the same PostGIS query run directly over JDBC, in one run so the ratio
 * holds on a noisy machine; and coverage latency. Public layers only, so no sign-in is
 * involved.
 */
final class ServingBenchmarks {

	private static final String RAW_TILE = """
			WITH b AS (SELECT ST_TileEnvelope(?, ?, ?) AS m)
			SELECT ST_AsMVT(t.*, 'small-areas', 4096, 'g') FROM (
				SELECT ST_AsMVTGeom(ST_Transform(s.geom, 3857), b.m, 4096, 64, true) AS g, s.code AS id, s.name,
					s.residents, s.residents_65_plus, s.imd_decile
				FROM small_area s, b WHERE s.geom && ST_Transform(b.m, 27700)) t
			""";

	private static final String RAW_ITEMS = """
			SELECT json_agg(ST_AsGeoJSON(t.*, 'geom', 6)::json)::text FROM (
				SELECT s.code, s.name, s.residents, s.residents_65_plus, s.imd_decile, ST_Transform(s.geom, 4326) AS geom
				FROM small_area s
				WHERE s.geom && ST_Transform(ST_MakeEnvelope(?, ?, ?, ?, 4326), 27700)
				ORDER BY s.code LIMIT 100) t
			""";

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String base;

	ServingBenchmarks(String base) {
		this.base = base;
	}

	/**
	 * Each figure twice: the first request for a tile or page, which PostGIS builds, and
	 * repeated requests, which LAC Atlas serves from its cache after one data-version
	 * read. Raw PostGIS runs the same query every time.
	 */
	void run(Connection db) throws Exception {
		List<int[]> z13 = thurrockTiles(13);
		List<int[]> z14 = thurrockTiles(14);
		appTiles(z13);
		rawTiles(db, z13); // warm both sides up
		compare("tiles z14 over Thurrock, each built once", z14.size(), () -> appTiles(z14), () -> rawTiles(db, z14));
		int rounds = 5;
		compare("tiles z13 over Thurrock, repeated", rounds * z13.size(), () -> {
			for (int r = 0; r < rounds; r++) {
				appTiles(z13);
			}
		}, () -> {
			for (int r = 0; r < rounds; r++) {
				rawTiles(db, z13);
			}
		});
		appItems(z13);
		rawItems(db, z13);
		compare("OGC items, up to 100 small areas in a z14 tile's box, each built once", z14.size(),
				() -> appItems(z14), () -> rawItems(db, z14));
		compare("OGC items, up to 100 small areas in a z13 tile's box, repeated", rounds * z13.size(), () -> {
			for (int r = 0; r < rounds; r++) {
				appItems(z13);
			}
		}, () -> {
			for (int r = 0; r < rounds; r++) {
				rawItems(db, z13);
			}
		});
	}

	private void compare(String what, int n, Call app, Call raw) throws Exception {
		double appSeconds = time(app);
		double rawSeconds = time(raw);
		System.out.printf(Locale.ROOT, "%s (%d requests): LAC Atlas %.0f/s, raw PostGIS %.0f/s, ratio %.2f%n", what, n,
				n / appSeconds, n / rawSeconds, rawSeconds / appSeconds);
	}

	private void appTiles(List<int[]> tiles) throws Exception {
		for (int[] t : tiles) {
			get("/tiles/small-areas/" + t[0] + "/" + t[1] + "/" + t[2] + ".mvt");
		}
	}

	private static void rawTiles(Connection db, List<int[]> tiles) throws Exception {
		try (PreparedStatement q = db.prepareStatement(RAW_TILE)) {
			for (int[] t : tiles) {
				q.setInt(1, t[0]);
				q.setInt(2, t[1]);
				q.setInt(3, t[2]);
				try (ResultSet rs = q.executeQuery()) {
					rs.next();
					rs.getBytes(1);
				}
			}
		}
	}

	private void appItems(List<int[]> tiles) throws Exception {
		for (int[] t : tiles) {
			double[] b = bounds(t);
			get(String.format(Locale.ROOT, "/ogc/collections/small-areas/items?limit=100&bbox=%f,%f,%f,%f", b[0], b[1],
					b[2], b[3]));
		}
	}

	private static void rawItems(Connection db, List<int[]> tiles) throws Exception {
		try (PreparedStatement q = db.prepareStatement(RAW_ITEMS)) {
			for (int[] t : tiles) {
				double[] b = bounds(t);
				for (int i = 0; i < 4; i++) {
					q.setDouble(i + 1, b[i]);
				}
				try (ResultSet rs = q.executeQuery()) {
					rs.next();
					rs.getString(1);
				}
			}
		}
	}

	/** A tile's bounds as west, south, east, north in degrees. */
	static double[] bounds(int[] t) {
		double n = 1 << t[0];
		return new double[] { t[1] / n * 360 - 180, latitude(t[2] + 1, n), (t[1] + 1) / n * 360 - 180,
				latitude(t[2], n) };
	}

	private static double latitude(int y, double n) {
		return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y / n))));
	}

	/** Every tile at zoom z over Thurrock's extent (0.21–0.55 E, 51.45–51.57 N). */
	static List<int[]> thurrockTiles(int z) {
		List<int[]> tiles = new ArrayList<>();
		for (int x = tileX(0.21, z); x <= tileX(0.55, z); x++) {
			for (int y = tileY(51.57, z); y <= tileY(51.45, z); y++) {
				tiles.add(new int[] { z, x, y });
			}
		}
		return tiles;
	}

	static int tileX(double lon, int z) {
		return (int) Math.floor((lon + 180) / 360 * (1 << z));
	}

	static int tileY(double lat, int z) {
		double r = Math.toRadians(lat);
		return (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * (1 << z));
	}

	static Connection connect() throws Exception {
		return DriverManager.getConnection(System.getenv("SPRING_DATASOURCE_URL"),
				System.getenv("SPRING_DATASOURCE_USERNAME"), System.getenv("SPRING_DATASOURCE_PASSWORD"));
	}

	private interface Call {

		void run() throws Exception;

	}

	private static double time(Call call) throws Exception {
		long start = System.nanoTime();
		call.run();
		return (System.nanoTime() - start) / 1e9;
	}

	private void get(String path) throws Exception {
		HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + answer.statusCode());
		}
	}

}
