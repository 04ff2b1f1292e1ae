package org.lacatlas.bench.england;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.lacatlas.coverage.AreaCoverage;
import org.lacatlas.coverage.NeedModel;
import org.lacatlas.coverage.NeedWeights;
import org.lacatlas.neighbourhood.partition.CpSat;
import org.lacatlas.neighbourhood.partition.SolverSettings;
import org.lacatlas.planning.optimiser.ExpansionOptimiser;
import org.lacatlas.planning.optimiser.PlanningProblem;
import org.lacatlas.planning.optimiser.PlanningResult;
import org.lacatlas.planning.optimiser.ProvenExpansion;

/**
 * "Plan N more" with its proof on one synthetic authority, today's patches kept, as the
 * app builds the problem: prints, per run, the load average, the whole answer's time (the
 * budget covers heuristic, model and solver), objective, proved bound, ratio and whether
 * it was proved optimal; and the heuristic alone. Figures, not assertions. The problem
 * read from the database is kept in {@code target/<authority>.problem} and read from
 * there on later runs (delete it to read the database again). OR-Tools' native library is
 * loaded before the runs, as the app loads it once per JVM.
 *
 * <pre>
 * AuthorityProofBenchmark authorityCode [patches] [seconds] [runs] [workers]
 * </pre>
 */
public final class AuthorityProofBenchmark {

	public static void main(String[] args) throws Exception {
		String authority = args[0];
		int n = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 60;
		int runs = args.length > 3 ? Integer.parseInt(args[3]) : 1;
		int workers = args.length > 4 ? Integer.parseInt(args[4]) : 2;
		PlanningProblem p = problem(authority, n);
		long free = java.util.stream.IntStream.range(0, p.size()).filter(i -> p.available()[i]).count();
		long loading = System.nanoTime();
		CpSat.model(); // the app loads OR-Tools' native library once, at its first exact
						// answer
		System.out.printf(Locale.ROOT, "OR-Tools native library loaded in %.1f s (once per JVM, not in the runs)%n",
				(System.nanoTime() - loading) / 1e9);
		for (int run = 1; run <= runs; run++) {
			String average = Files.readString(Path.of("/proc/loadavg")).trim();
			long start = System.nanoTime();
			PlanningResult h = new ExpansionOptimiser(1, 1500).solve(p);
			System.out.printf(Locale.ROOT, "run %d, load average %s%n  heuristic alone: %.1f s, need %.1f%n", run,
					average, (System.nanoTime() - start) / 1e9, h.objective());
			start = System.nanoTime();
			PlanningResult r = new ProvenExpansion(1, 1500, new SolverSettings(seconds, workers, 5000)).solve(p);
			System.out.printf(Locale.ROOT,
					"  %s: %d areas (%d free), %d more, budget %.0f s, %d workers: %.1f s, need %.1f of a proved bound of %.1f (%s): ratio %.4f, optimal %s%n",
					authority, p.size(), free, n, seconds, workers, (System.nanoTime() - start) / 1e9, r.objective(),
					r.upperBound(), r.boundBy(), r.ratio(), r.optimal());
		}
	}

	private static PlanningProblem problem(String authority, int n) throws Exception {
		Path kept = Path.of("target", authority.replaceAll("[^A-Za-z0-9]", "") + ".problem");
		if (Files.exists(kept)) {
			return ProblemFile.read(kept, 8000, 12000, n);
		}
		List<AreaCoverage> areas;
		int[][] neighbours;
		try (Connection db = EnglandBenchmarks.connect()) {
			db.setReadOnly(true);
			Set<String> codes = new HashSet<>();
			try (var rs = db.createStatement()
				.executeQuery(
						"SELECT code FROM small_area WHERE authority_code = '" + authority.replace("'", "") + "'")) {
				while (rs.next()) {
					codes.add(rs.getString(1));
				}
			}
			areas = EnglandPlannerBenchmark.areas(db).stream().filter(a -> codes.contains(a.code())).toList();
			neighbours = EnglandPlannerBenchmark.neighbours(db, areas);
		}
		Map<String, Double> need = NeedModel.needs(areas, new NeedWeights(1, 1, 1, 0));
		boolean[] free = new boolean[areas.size()];
		for (int i = 0; i < free.length; i++) {
			free[i] = !areas.get(i).hasPost();
		}
		PlanningProblem p = new PlanningProblem(areas.stream().mapToInt(a -> (int) a.residents()).toArray(),
				areas.stream().mapToDouble(a -> need.get(a.code())).toArray(), free, neighbours, 8000, 12000, n);
		ProblemFile.write(kept, p);
		return p;
	}

}
