package org.lacatlas.bench.england;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Public layers over synthetic London, the densest part of the synthetic England: vector
 * tiles at z10–z13 and OGC feature pages by bounding box, LAC Atlas over HTTP against the
 * same PostGIS query over JDBC, in one run so the ratio holds on a noisy machine.
 */
final class EnglandServing {

	interface Get {

		byte[] get(String path) throws Exception;

	}

	/** Central synthetic London, WGS84: west, south, east, north. */
	static final double[] LONDON = { -0.25, 51.43, 0.02, 51.57 };

	private static final String RAW_TILE = """
			WITH b AS (SELECT ST_TileEnvelope(?, ?, ?) AS m)
			SELECT ST_AsMVT(t.*, 'small-areas', 4096, 'g') FROM (
				SELECT ST_AsMVTGeom(ST_Transform(s.geom, 3857), b.m, 4096, 64, true) AS g, s.code AS id, s.name,
					s.residents, s.residents_65_plus, s.imd_decile, s.ward_code
				FROM small_area s, b WHERE s.geom && ST_Transform(b.m, 27700)) t
			""";

	private static final String RAW_ITEMS = """
			SELECT json_agg(ST_AsGeoJSON(t.*, 'geom', 6)::json)::text FROM (
				SELECT s.code, s.name, s.residents, s.residents_65_plus, s.imd_decile, s.ward_code,
					ST_Transform(s.geom, 4326) AS geom
				FROM small_area s WHERE s.geom && ST_Transform(ST_MakeEnvelope(?, ?, ?, ?, 4326), 27700)
				ORDER BY s.code LIMIT 100) t
			""";

	private final Get http;

	EnglandServing(Get http) {
		this.http = http;
	}

	void run(Connection db) throws Exception {
		for (int z = 10; z <= 13; z++) {
			tiles(db, z);
		}
		items(db, 0.02, "about 2 km");
		items(db, 0.1, "about 10 km");
	}

	private void tiles(Connection db, int z) throws Exception {
		List<int[]> tiles = tiles(z);
		int rounds = z < 12 ? 3 : 1;
		long[] bytes = new long[1];
		double app = time(() -> {
			for (int r = 0; r < rounds; r++) {
				for (int[] t : tiles) {
					bytes[0] += http.get("/tiles/small-areas/" + t[0] + "/" + t[1] + "/" + t[2] + ".mvt").length;
				}
			}
		});
		double raw = time(() -> {
			try (PreparedStatement q = db.prepareStatement(RAW_TILE)) {
				for (int r = 0; r < rounds; r++) {
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
		});
		int n = rounds * tiles.size();
		System.out.printf(Locale.ROOT,
				"tiles z%d over London (%d requests, %.0f kB a tile): LAC Atlas %.1f/s (%.0f ms a tile), raw ST_AsMVT %.1f/s, ratio %.2f (goal ≥ 0.9)%n",
				z, n, bytes[0] / 2.0 / n / 1024, n / app, 1000 * app / n, n / raw, raw / app);
	}

	/** Pages of 100 small areas in boxes of the given size (degrees) across London. */
	private void items(Connection db, double size, String label) throws Exception {
		List<double[]> boxes = new ArrayList<>();
		for (double lon = LONDON[0]; lon + size <= LONDON[2] + 1e-9; lon += (LONDON[2] - LONDON[0] - size) / 4) {
			boxes.add(new double[] { lon, 51.50 - size / 3, lon + size, 51.50 + size / 3 });
			if (size >= LONDON[2] - LONDON[0]) {
				break;
			}
		}
		double app = time(() -> {
			for (double[] b : boxes) {
				http.get(String.format(Locale.ROOT, "/ogc/collections/small-areas/items?limit=100&bbox=%f,%f,%f,%f",
						b[0], b[1], b[2], b[3]));
			}
		});
		double raw = time(() -> {
			try (PreparedStatement q = db.prepareStatement(RAW_ITEMS)) {
				for (double[] b : boxes) {
					for (int i = 0; i < 4; i++) {
						q.setDouble(i + 1, b[i]);
					}
					try (ResultSet rs = q.executeQuery()) {
						rs.next();
						rs.getString(1);
					}
				}
			}
		});
		System.out.printf(Locale.ROOT,
				"OGC items by bbox (%s boxes over London, 100 a page, %d pages): LAC Atlas %.1f/s (%.0f ms a page), raw ST_AsGeoJSON %.1f/s, ratio %.2f (goal ≥ 0.9)%n",
				label, boxes.size(), boxes.size() / app, 1000 * app / boxes.size(), boxes.size() / raw, raw / app);
	}

	static List<int[]> tiles(int z) {
		List<int[]> tiles = new ArrayList<>();
		for (int x = tileX(LONDON[0], z); x <= tileX(LONDON[2], z); x++) {
			for (int y = tileY(LONDON[3], z); y <= tileY(LONDON[1], z); y++) {
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

	private interface Call {

		void run() throws Exception;

	}

	/** Seconds for the second of two runs (the first warms caches and the JIT). */
	private static double time(Call call) throws Exception {
		call.run();
		long start = System.nanoTime();
		call.run();
		return (System.nanoTime() - start) / 1e9;
	}

}
