package org.lacatlas.bench.england;

import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.lacatlas.coverage.AreaCoverage;
import org.lacatlas.coverage.NeedModel;
import org.lacatlas.coverage.NeedWeights;
import org.lacatlas.neighbourhood.partition.SolverSettings;
import org.lacatlas.planning.optimiser.PlanningProblem;
import org.lacatlas.planning.optimiser.PlanningResult;
import org.lacatlas.planning.optimiser.ProvenExpansion;

/**
 * "Plan N more" with its proof on one synthetic authority, today's patches kept, as the
 * app builds the problem: prints time, objective, proved bound, ratio and whether the
 * solver proved optimality. Figures, not assertions.
 *
 * <pre>
 * AuthorityProofBenchmark authorityCode [patches] [solverSeconds]
 * </pre>
 */
public final class AuthorityProofBenchmark {

	public static void main(String[] args) throws Exception {
		String authority = args[0];
		int n = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 60;
		List<AreaCoverage> areas;
		int[][] neighbours;
		try (Connection db = EnglandBenchmarks.connect()) {
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
		long start = System.nanoTime();
		PlanningResult r = new ProvenExpansion(1, 1500, new SolverSettings(seconds, 2, 5000)).solve(p);
		System.out.printf(Locale.ROOT,
				"%s: %d areas (%d free), %d more: %.1f s, need %.1f of a proved bound of %.1f (%s): ratio %.4f, optimal %s%n",
				authority, areas.size(), java.util.stream.IntStream.range(0, free.length).filter(i -> free[i]).count(),
				n, (System.nanoTime() - start) / 1e9, r.objective(), r.upperBound(), r.boundBy(), r.ratio(),
				r.optimal());
	}

}
