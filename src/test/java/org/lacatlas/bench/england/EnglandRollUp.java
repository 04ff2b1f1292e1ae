package org.lacatlas.bench.england;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lacatlas.coverage.AreaCoverage;
import org.lacatlas.coverage.NeedModel;
import org.lacatlas.coverage.NeedWeights;

/**
 * Coverage and gaps over all of England's small areas at once: the SQL of the coverage
 * module's {@code CoverageRepository.areas} and the introduction module's released
 * aggregates by small area without their authority filter, the need model of the app, and
 * gaps as connected groups of uncovered areas over the whole adjacency (across authority
 * borders). Prints times, asserts nothing.
 */
final class EnglandRollUp {

	/** CoverageRepository.areas, every authority. */
	static final String AREAS = """
			SELECT s.code, s.ward_code, w.name AS ward_name, c.neighbourhood_id, n.name AS neighbourhood_name,
				s.residents, s.residents_65_plus AS residents65_plus, s.imd_decile, c.covered,
				c.post_id IS NOT NULL AS has_post,
				(SELECT count(*) FROM asset a WHERE a.status = 'published' AND ST_Intersects(s.geom, a.geom)
				AND NOT EXISTS (SELECT 1 FROM small_area o
					WHERE o.code < s.code AND o.geom && a.geom AND ST_Intersects(o.geom, a.geom))) AS assets
			FROM small_area s
			JOIN small_area_coverage c ON c.small_area_code = s.code
			LEFT JOIN ward w ON w.code = s.ward_code
			LEFT JOIN neighbourhood n ON n.id = c.neighbourhood_id
			ORDER BY s.code
			""";

	/**
	 * What the introduction module's AreaIntroductions reads (released introductions by
	 * small area and recorder), every authority.
	 */
	static final String SHARES = """
			SELECT small_area_code, recorded_by, sum(introductions), sum(key_sum)
			FROM introduction_release_area GROUP BY 1, 2
			""";

	private EnglandRollUp() {
	}

	static void run(Connection db) throws Exception {
		long start = System.nanoTime();
		List<AreaCoverage> areas = areas(db);
		double sqlSeconds = (System.nanoTime() - start) / 1e9;
		long t = System.nanoTime();
		long shares = 0;
		double introductionsCovered = 0;
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < areas.size(); i++) {
			index.put(areas.get(i).code(), i);
		}
		try (ResultSet rs = db.createStatement().executeQuery(SHARES)) {
			while (rs.next()) {
				shares++;
				if (areas.get(index.get(rs.getString(1))).covered()) {
					introductionsCovered += rs.getDouble(3);
				}
			}
		}
		double sharesSeconds = (System.nanoTime() - t) / 1e9;
		t = System.nanoTime();
		long residents = areas.stream().mapToLong(AreaCoverage::residents).sum();
		long covered = areas.stream().filter(AreaCoverage::covered).mapToLong(AreaCoverage::residents).sum();
		Map<String, Double> need = NeedModel.needs(areas, new NeedWeights(1, 1, 1, 0));
		int[] gaps = gaps(db, areas, index);
		double javaSeconds = (System.nanoTime() - t) / 1e9;
		System.out.printf(Locale.ROOT,
				"England-wide roll-up, %d small areas: coverage SQL %.2f s, %d released area rows %.2f s, "
						+ "need and gaps in Java %.2f s, total %.2f s (goal ≤ 1 s)%n",
				areas.size(), sqlSeconds, shares, sharesSeconds, javaSeconds, (System.nanoTime() - start) / 1e9);
		System.out.printf(Locale.ROOT,
				"England-wide: %d of %d residents covered (%.1f %%), %.0f introductions covered, %d gaps, largest %d areas, need total %.0f%n",
				covered, residents, 100.0 * covered / residents, introductionsCovered, gaps[0], gaps[1],
				need.values().stream().mapToDouble(Double::doubleValue).sum());
	}

	private static List<AreaCoverage> areas(Connection db) throws Exception {
		List<AreaCoverage> areas = new ArrayList<>();
		try (ResultSet rs = db.createStatement().executeQuery(AREAS)) {
			while (rs.next()) {
				areas.add(new AreaCoverage(rs.getString(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4),
						rs.getString(5), rs.getLong(6), rs.getLong(7), (Integer) rs.getObject(8), rs.getBoolean(9),
						rs.getBoolean(10), rs.getLong(11)));
			}
		}
		return areas;
	}

	/** Number of gaps and the size of the largest, over the whole adjacency. */
	private static int[] gaps(Connection db, List<AreaCoverage> areas, Map<String, Integer> index) throws Exception {
		int[] parent = new int[areas.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		try (ResultSet rs = db.createStatement()
			.executeQuery("SELECT small_area_code, neighbour_code FROM small_area_adjacency")) {
			while (rs.next()) {
				int a = index.get(rs.getString(1));
				int b = index.get(rs.getString(2));
				if (!areas.get(a).covered() && !areas.get(b).covered()) {
					parent[root(parent, a)] = root(parent, b);
				}
			}
		}
		Map<Integer, Integer> sizes = new HashMap<>();
		for (int i = 0; i < parent.length; i++) {
			if (!areas.get(i).covered()) {
				sizes.merge(root(parent, i), 1, Integer::sum);
			}
		}
		return new int[] { sizes.size(), sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0) };
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

}
