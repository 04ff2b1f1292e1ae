package org.lacatlas.bench.england;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.lacatlas.coverage.AreaCoverage;
import org.lacatlas.coverage.NeedModel;
import org.lacatlas.coverage.NeedWeights;
import org.lacatlas.planning.optimiser.ExpansionOptimiser;
import org.lacatlas.planning.optimiser.PlanningProblem;
import org.lacatlas.planning.optimiser.PlanningResult;

/**
 * The app's expansion optimiser on all of synthetic England (run with -Xmx2g): the
 * problem is built as the app builds it (coverage SQL, need model, adjacency), with
 * today's patches kept, then solved for N more; and N patches on an empty England. Prints
 * time, peak heap and the objective against the upper bound; an attempt still running
 * after the cap is reported as such and abandoned.
 *
 * <pre>
 * EnglandPlannerBenchmark [capSeconds] [timeLimitMillis] [patches | empty:patches ...]
 * </pre>
 *
 * The optimiser's time limit (the app's default is 1,500 ms) ends its restarts, not its
 * first answer: an answer takes at least one greedy pass and its improvement.
 */
public final class EnglandPlannerBenchmark {

	public static void main(String[] args) throws Exception {
		long cap = args.length > 0 ? Long.parseLong(args[0]) : 300;
		long limit = args.length > 1 ? Long.parseLong(args[1]) : 1500;
		List<AreaCoverage> areas;
		int[][] neighbours;
		try (Connection db = EnglandBenchmarks.connect()) {
			long t = System.nanoTime();
			areas = areas(db);
			neighbours = neighbours(db, areas);
			System.out.printf(Locale.ROOT, "planner input: %d small areas, %d free, read in %.1f s%n", areas.size(),
					areas.stream().filter(a -> !a.hasPost()).count(), (System.nanoTime() - t) / 1e9);
		}
		Map<String, Double> needByCode = NeedModel.needs(areas, new NeedWeights(1, 1, 1, 0));
		int[] residents = areas.stream().mapToInt(a -> (int) a.residents()).toArray();
		double[] need = areas.stream().mapToDouble(a -> needByCode.get(a.code())).toArray();
		boolean[] free = new boolean[areas.size()];
		boolean[] all = new boolean[areas.size()];
		for (int i = 0; i < free.length; i++) {
			free[i] = !areas.get(i).hasPost();
			all[i] = true;
		}
		List<String> runs = args.length > 2 ? List.of(args).subList(2, args.length)
				: List.of("50", "500", "empty:5000");
		for (String run : runs) {
			boolean empty = run.startsWith("empty:");
			int n = Integer.parseInt(run.replace("empty:", ""));
			solve(empty ? n + " patches on an empty England" : n + " more patches, today's kept",
					new PlanningProblem(residents, need, empty ? all : free, neighbours, 8000, 12000, n), cap, limit);
		}
		System.exit(0);
	}

	private static void solve(String what, PlanningProblem problem, long cap, long limit) throws Exception {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "optimiser");
			t.setDaemon(true);
			return t;
		});
		long start = System.nanoTime();
		Future<PlanningResult> answer = thread.submit(() -> new ExpansionOptimiser(1, limit).solve(problem));
		try {
			PlanningResult r = answer.get(cap, TimeUnit.SECONDS);
			System.out.printf(Locale.ROOT,
					"optimiser, %s, time limit %d ms: %.1f s, %d patches placed (%d short), need %.0f of a bound of %.0f: ratio %.3f, peak heap %d MB (goal ≤ 60 s, ≤ 2 GB)%n",
					what, limit, (System.nanoTime() - start) / 1e9, r.patches().size(), r.shortBy(), r.objective(),
					r.upperBound(), r.ratio(), peakHeapMb());
		}
		catch (TimeoutException e) {
			System.out.printf(Locale.ROOT,
					"optimiser, %s: not finished after %d s (abandoned), peak heap %d MB so far (goal ≤ 60 s, ≤ 2 GB)%n",
					what, cap, peakHeapMb());
			answer.cancel(true);
			System.exit(0);
		}
		finally {
			thread.shutdownNow();
		}
	}

	private static long peakHeapMb() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed())
			.sum() / (1024 * 1024);
	}

	static List<AreaCoverage> areas(Connection db) throws Exception {
		List<AreaCoverage> areas = new ArrayList<>();
		try (ResultSet rs = db.createStatement().executeQuery(EnglandRollUp.AREAS)) {
			while (rs.next()) {
				areas.add(new AreaCoverage(rs.getString(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4),
						rs.getString(5), rs.getLong(6), rs.getLong(7), (Integer) rs.getObject(8), rs.getBoolean(9),
						rs.getBoolean(10), rs.getLong(11)));
			}
		}
		return areas;
	}

	static int[][] neighbours(Connection db, List<AreaCoverage> areas) throws Exception {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < areas.size(); i++) {
			index.put(areas.get(i).code(), i);
		}
		List<List<Integer>> lists = new ArrayList<>();
		areas.forEach(a -> lists.add(new ArrayList<>()));
		try (ResultSet rs = db.createStatement()
			.executeQuery("SELECT small_area_code, neighbour_code FROM small_area_adjacency ORDER BY 1, 2")) {
			while (rs.next()) {
				Integer a = index.get(rs.getString(1));
				Integer b = index.get(rs.getString(2));
				if (a != null && b != null) { // a pair outside the areas asked for
					lists.get(a).add(b);
				}
			}
		}
		return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
	}

}
