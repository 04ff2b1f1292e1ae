package org.lacatlas.planning.optimiser;

import java.util.Arrays;
import java.util.List;

import org.lacatlas.neighbourhood.partition.SolverSettings;

/**
 * "Plan N more" with a proof: the heuristic ({@link ExpansionOptimiser}) answers first,
 * then, for a council-sized problem, CP-SAT ({@link ExpansionModel}) starts from that
 * answer, improves it if it can and proves a bound. The bound reported is the lower of
 * the solver's and the fractional knapsack's ({@link CoverageBound}); both are valid, so
 * the lower is too. A problem with more free areas than the settings allow keeps the
 * heuristic's answer and the knapsack bound.
 */
public final class ProvenExpansion {

	private final ExpansionOptimiser heuristic;

	private final SolverSettings settings;

	public ProvenExpansion(long seed, long heuristicMillis, SolverSettings settings) {
		this.heuristic = new ExpansionOptimiser(seed, heuristicMillis);
		this.settings = settings;
	}

	public PlanningResult solve(PlanningProblem p) {
		PlanningResult warm = heuristic.solve(p);
		long free = java.util.stream.IntStream.range(0, p.size()).filter(i -> p.available()[i]).count();
		if (p.patches() == 0 || free > settings.maxAreas()) {
			return warm;
		}
		ExpansionModel.Exact exact = ExpansionModel.solve(p, warm.patches(), settings);
		List<int[]> patches = warm.patches();
		double objective = warm.objective();
		if (exact.patches() != null && need(p, exact.patches()) > objective + 1e-9) {
			patches = exact.patches();
			objective = need(p, patches);
		}
		// A run stopped before it found any answer (a short time limit, still in
		// presolve)
		// has proved no bound: its "best bound" is not one, so the knapsack's stands.
		boolean proved = exact.patches() != null;
		double bound = proved ? Math.min(warm.upperBound(), exact.bound()) : warm.upperBound();
		String by = proved && exact.bound() < warm.upperBound() ? "CP-SAT" : warm.boundBy();
		// the solver's optimum is of need rounded up per area: it is the true optimum
		// only
		// when the answer kept reaches the bound within that rounding
		boolean optimal = exact.optimal() && objective >= bound - p.size() / ExpansionModel.SCALE;
		double[] patchNeed = patches.stream().mapToDouble(q -> need(p, List.<int[]>of(q))).toArray();
		return new PlanningResult(patches, patchNeed, objective, Math.max(bound, objective),
				p.patches() - patches.size(), optimal, by);
	}

	private static double need(PlanningProblem p, List<int[]> patches) {
		return patches.stream().flatMapToInt(Arrays::stream).mapToDouble(i -> p.need()[i]).sum();
	}

}
