package org.lacatlas.bench.england;

import java.io.StringReader;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.lacatlas.neighbourhood.partition.AreaGraph;
import org.lacatlas.neighbourhood.partition.Band;
import org.lacatlas.neighbourhood.partition.BandedPartitioner;
import org.lacatlas.neighbourhood.partition.Partition;
import org.postgresql.PGConnection;

/**
 * Neighbourhood plans and coordinator posts for every synthetic authority. Each
 * authority's small areas are split by the app's own {@link BandedPartitioner} into
 * contiguous neighbourhoods of 8,000–12,000 residents (regions it could not bring inside
 * the band are left out of the plan); outlines come from the app's
 * {@code neighbourhood_outline}. About nine authorities in ten run a programme: there 85
 * % of neighbourhoods have a coordinator in post and 5 % a vacant post.
 */
final class EnglandPatches {

	static final Band BAND = new Band(8000, 12000);

	private final Steps steps;

	private final long seed;

	EnglandPatches(Steps steps, long seed) {
		this.steps = steps;
		this.seed = seed;
	}

	void build() throws Exception {
		steps.step("neighbourhoods: BandedPartitioner per authority", this::partitionAll);
		steps.step("neighbourhood outlines with neighbourhood_outline", () -> steps.sql("""
				UPDATE neighbourhood n SET outline = neighbourhood_outline(n.id)
				FROM neighbourhood_plan p WHERE p.id = n.plan_id AND p.authority_code LIKE 'X06%'
				""") + " outlines");
		steps.step("coordinator posts", () -> posts() + " posts");
	}

	/** One authority's small areas as the partitioner sees them. */
	private record Council(String authority, List<String> codes, List<Integer> residents, AreaGraph graph) {
	}

	/**
	 * Graphs are read one by one, partitioned two at a time (each authority on its own,
	 * as the app does), then stored one by one.
	 */
	private String partitionAll() throws Exception {
		List<String> authorities = new ArrayList<>();
		try (var rs = steps.db()
			.createStatement()
			.executeQuery("SELECT code FROM authority WHERE code LIKE 'X06%' ORDER BY code")) {
			while (rs.next()) {
				authorities.add(rs.getString(1));
			}
		}
		List<Council> councils = new ArrayList<>();
		for (String authority : authorities) {
			councils.add(council(authority));
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Partition>> partitions = new ArrayList<>();
		try {
			for (Council c : councils) {
				partitions.add(pool.submit(() -> new BandedPartitioner(BAND, seed, 1).partition(c.graph())));
			}
			int neighbourhoods = 0;
			int left = 0;
			for (int i = 0; i < councils.size(); i++) {
				int[] made = store(councils.get(i), partitions.get(i).get());
				neighbourhoods += made[0];
				left += made[1];
				steps.db().commit();
			}
			return neighbourhoods + " neighbourhoods, " + left + " small areas left out of any";
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Council council(String authority) throws Exception {
		List<String> codes = new ArrayList<>();
		List<Integer> residents = new ArrayList<>();
		List<double[]> points = new ArrayList<>();
		List<String> wards = new ArrayList<>();
		try (PreparedStatement q = steps.db().prepareStatement("""
				SELECT code, residents, ST_X(ST_PointOnSurface(geom)), ST_Y(ST_PointOnSurface(geom)), ward_code
				FROM small_area WHERE authority_code = ? ORDER BY code
				""")) {
			q.setString(1, authority);
			try (var rs = q.executeQuery()) {
				while (rs.next()) {
					codes.add(rs.getString(1));
					residents.add(rs.getInt(2));
					points.add(new double[] { rs.getDouble(3), rs.getDouble(4) });
					wards.add(rs.getString(5));
				}
			}
		}
		return new Council(authority, codes, residents,
				AreaGraph.of(residents, points, wards, neighbours(authority, codes)));
	}

	private List<int[]> neighbours(String authority, List<String> codes) throws Exception {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < codes.size(); i++) {
			index.put(codes.get(i), i);
		}
		List<List<Integer>> lists = new ArrayList<>();
		codes.forEach(c -> lists.add(new ArrayList<>()));
		try (PreparedStatement q = steps.db().prepareStatement("""
				SELECT j.small_area_code, j.neighbour_code FROM small_area_adjacency j
				JOIN small_area a ON a.code = j.small_area_code JOIN small_area b ON b.code = j.neighbour_code
				WHERE a.authority_code = ? AND b.authority_code = a.authority_code
				""")) {
			q.setString(1, authority);
			try (var rs = q.executeQuery()) {
				while (rs.next()) {
					lists.get(index.get(rs.getString(1))).add(index.get(rs.getString(2)));
				}
			}
		}
		return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
	}

	/** Returns the neighbourhoods made and the areas left out. */
	private int[] store(Council council, Partition partition) throws Exception {
		String authority = council.authority();
		List<String> codes = council.codes();
		long[] sums = new long[partition.regions()];
		for (int i = 0; i < codes.size(); i++) {
			if (partition.region()[i] >= 0) {
				sums[partition.region()[i]] += council.residents().get(i);
			}
		}
		long plan;
		try (PreparedStatement q = steps.db().prepareStatement("""
				INSERT INTO neighbourhood_plan (authority_code, name, updated_by)
				VALUES (?, 'Synthetic plan', 'england-generator') RETURNING id
				""")) {
			q.setString(1, authority);
			plan = single(q);
		}
		long[] ids = new long[partition.regions()];
		int made = 0;
		try (PreparedStatement q = steps.db()
			.prepareStatement("INSERT INTO neighbourhood (plan_id, name) VALUES (?, ?) RETURNING id")) {
			for (int r = 0; r < ids.length; r++) {
				if (BAND.contains(sums[r])) {
					q.setLong(1, plan);
					q.setString(2, authority.substring(3) + " neighbourhood " + (++made));
					ids[r] = single(q);
				}
			}
		}
		StringBuilder rows = new StringBuilder();
		int left = 0;
		for (int i = 0; i < codes.size(); i++) {
			int r = partition.region()[i];
			if (r >= 0 && ids[r] != 0) {
				rows.append(plan).append('\t').append(codes.get(i)).append('\t').append(ids[r]).append('\n');
			}
			else {
				left++;
			}
		}
		steps.db()
			.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("COPY neighbourhood_area (plan_id, small_area_code, neighbourhood_id) FROM STDIN",
					new StringReader(rows.toString()));
		return new int[] { made, left };
	}

	private int posts() throws Exception {
		List<Object[]> neighbourhoods = new ArrayList<>();
		try (var rs = steps.db().createStatement().executeQuery("""
				SELECT p.authority_code, n.id, n.name FROM neighbourhood n JOIN neighbourhood_plan p ON p.id = n.plan_id
				WHERE p.authority_code LIKE 'X06%' ORDER BY n.id
				""")) {
			while (rs.next()) {
				neighbourhoods.add(new Object[] { rs.getString(1), rs.getLong(2), rs.getString(3) });
			}
		}
		int posts = 0;
		try (PreparedStatement q = steps.db().prepareStatement("""
				INSERT INTO coordinator_post (authority_code, name, status, neighbourhood_id) VALUES (?, ?, ?, ?)
				""")) {
			for (Object[] n : neighbourhoods) {
				String authority = (String) n[0];
				boolean programme = new SplittableRandom(seed ^ authority.hashCode()).nextDouble() < 0.9;
				double u = new SplittableRandom(seed * 31 + (long) n[1]).nextDouble();
				if (programme && u < 0.9) {
					q.setString(1, authority);
					q.setString(2, (String) n[2]);
					q.setString(3, u < 0.85 ? "IN_POST" : "VACANT");
					q.setLong(4, (long) n[1]);
					q.addBatch();
					posts++;
				}
			}
			q.executeBatch();
		}
		return posts;
	}

	private static long single(PreparedStatement q) throws Exception {
		try (var rs = q.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
