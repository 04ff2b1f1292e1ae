package org.lacatlas.planning.optimiser;

import java.util.Arrays;
import java.util.List;

import org.lacatlas.neighbourhood.partition.SolverSettings;

/**
 * "Plan N more" with a proof: the heuristic ({@link ExpansionOptimiser}) answers first,
 * then, for a council-sized problem, CP-SAT ({@link ExpansionModel}) starts from that
 * answer, improves it if it can and proves a bound. The bound reported is the lower of
 * the solver's and the knapsack's per group of free areas ({@link CoverageBound}); both
 * are valid, so the lower is too. When the heuristic's answer already reaches the
 * knapsack bound it is proved optimal and the solver is not run. A problem with more
 * usable free areas than the settings allow keeps the heuristic's answer and the knapsack
 * bound.
 * <p>
 * The settings' time is the whole answer's (heuristic, model building and solver), so a
 * request asking for 60 s gets its answer within about 60 s.
 */
public final class ProvenExpansion {

	/**
	 * Kept back from the solver's time for reading its answer and CP-SAT's overrun: 0.3
	 * s, or a tenth of a shorter budget.
	 */
	private static final long MARGIN_NANOS = 300_000_000L;

	private final ExpansionOptimiser heuristic;

	private final SolverSettings settings;

	public ProvenExpansion(long seed, long heuristicMillis, SolverSettings settings) {
		this.heuristic = new ExpansionOptimiser(seed, heuristicMillis);
		this.settings = settings;
	}

	public PlanningResult solve(PlanningProblem p) {
		long budget = (long) (settings.seconds() * 1e9);
		long deadline = System.nanoTime() + budget - Math.min(MARGIN_NANOS, budget / 10);
		PlanningResult warm = heuristic.solve(p);
		FreeGroups groups = FreeGroups.of(p);
		long usable = groups.usableCount();
		if (p.patches() == 0 || usable > settings.maxAreas()) {
			return warm;
		}
		if (reaches(warm.objective(), warm.upperBound())) {
			return new PlanningResult(warm.patches(), warm.patchNeed(), warm.objective(), warm.upperBound(),
					warm.shortBy(), true, warm.boundBy());
		}
		PatchPacking.Answer packed = PatchPacking.solve(p, groups, warm.patches(), warm.objective(), deadline);
		if (packed != null) {
			return proved(p, warm, packed.patches(), packed.bound(), packed.optimal(), "pricing every patch");
		}
		ExpansionModel.Exact exact = ExpansionModel.solve(p, groups, warm.patches(), settings, deadline);
		if (exact == null) {
			return warm;
		}
		// A run stopped before it found any answer (a short time limit, still in
		// presolve) has proved no bound; and the heuristic's answer is a solution of the
		// model, so a solver's bound below it cannot be a proof. Either way the
		// knapsack's stands.
		boolean proved = exact.patches() != null && exact.bound() * (1 + 1e-9) >= warm.objective();
		return proved(p, warm, exact.patches(), proved ? exact.bound() : Double.POSITIVE_INFINITY, exact.optimal(),
				"CP-SAT");
	}

	/**
	 * The better of the warm answer and the solver's, with the lower of the two bounds.
	 * The solver's optimum is of need rounded up per area: it is the true optimum only
	 * when the answer kept reaches the bound within that rounding.
	 */
	private static PlanningResult proved(PlanningProblem p, PlanningResult warm, List<int[]> found, double solverBound,
			boolean solverOptimal, String solver) {
		List<int[]> patches = warm.patches();
		double objective = warm.objective();
		if (found != null && need(p, found) > objective + 1e-9) {
			patches = found;
			objective = need(p, patches);
		}
		double bound = Math.min(warm.upperBound(), solverBound);
		String by = solverBound < warm.upperBound() ? solver : warm.boundBy();
		boolean optimal = reaches(objective, bound) || solverOptimal && solverBound < Double.POSITIVE_INFINITY
				&& objective >= bound - p.size() / ExpansionModel.SCALE;
		double[] patchNeed = patches.stream().mapToDouble(q -> need(p, List.<int[]>of(q))).toArray();
		return new PlanningResult(patches, patchNeed, objective, Math.max(bound, objective),
				p.patches() - patches.size(), optimal, by);
	}

	/**
	 * Whether an answer's need reaches a proved bound, allowing only for the rounding of
	 * adding the same needs in another order.
	 */
	private static boolean reaches(double objective, double bound) {
		return objective >= bound - 1e-9 * Math.max(1, Math.abs(bound));
	}

	private static double need(PlanningProblem p, List<int[]> patches) {
		return patches.stream().flatMapToInt(Arrays::stream).mapToDouble(i -> p.need()[i]).sum();
	}

}
