package org.lacatlas.planning.optimiser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import org.lacatlas.neighbourhood.partition.CpSat;

/**
 * "Plan N more" as a choice among every patch there could be ({@link PatchList}): at most
 * N of them, no area in two, the most need covered.
 * <ol>
 * <li>The linear relaxation (patches taken in part) is solved by GLOP, adding the patches
 * its prices say are worth having a few thousand at a time. Its prices give the bound:
 * for area prices λ ≥ 0 and a patch price μ ≥ 0, an answer covers at most Σλ + N·μ when
 * no patch's need exceeds its areas' prices plus μ; μ is raised until none does, so the
 * bound holds whatever the solver's rounding. On councils this bound is far tighter than
 * the knapsack's, because it knows which areas can share a patch.</li>
 * <li>A patch whose need falls short of its prices by more than the gap (bound minus the
 * best answer known) cannot be in any answer as good as that one: an answer covers at
 * most the bound plus its patches' shortfalls. So the whole-number problem is solved by
 * SCIP (OR-Tools' branch and bound) over the few patches left (Thurrock: 530 of 140,867).
 * When it finishes, its answer is the best there is.</li>
 * </ol>
 */
final class PatchPacking {

	/** The most patches listed before this method gives way to the flow model. */
	static final int MOST_PATCHES = 400_000;

	/** The most patches left for SCIP after pricing. */
	private static final int MOST_LEFT = 20_000;

	private static final int ADDED_PER_ROUND = 2_000;

	private final PlanningProblem p;

	private final List<int[]> patches;

	private final double[] value;

	private PatchPacking(PlanningProblem p, List<int[]> patches) {
		this.p = p;
		this.patches = patches;
		this.value = patches.stream().mapToDouble(q -> Arrays.stream(q).mapToDouble(i -> p.need()[i]).sum()).toArray();
	}

	/** The best patches SCIP found (null when it found none), the bound, and proof. */
	record Answer(List<int[]> patches, double bound, boolean optimal) {
	}

	/**
	 * @return null when the patches are too many to list, or no time is left to price
	 * them
	 */
	static Answer solve(PlanningProblem p, FreeGroups groups, List<int[]> warm, double warmNeed, long deadline) {
		List<int[]> patches = PatchList.of(p, groups, MOST_PATCHES, deadline);
		if (patches == null || patches.isEmpty() || System.nanoTime() > deadline) {
			return null;
		}
		return new PatchPacking(p, patches).solve(groups, warm, warmNeed, deadline);
	}

	private Answer solve(FreeGroups groups, List<int[]> warm, double warmNeed, long deadline) {
		CpSat.model(); // loads OR-Tools' native library, GLOP's and SCIP's too
		Prices prices = relax(deadline);
		double bound = prices.bound();
		int[] left = IntStream.range(0, patches.size())
			.filter(s -> prices.reduced(s) >= -(bound - warmNeed) - 1e-6 * Math.max(1, bound))
			.toArray();
		double seconds = (deadline - System.nanoTime()) / 1e9;
		if (left.length > MOST_LEFT || seconds < 0.1) {
			return new Answer(null, bound, false);
		}
		return choose(left, groups, warm, bound, seconds);
	}

	/** Area prices and the patch price, with the bound they prove. */
	private record Prices(PlanningProblem p, double[] area, double patch, double[] value, List<int[]> patches) {

		double reduced(int s) {
			double r = value[s] - patch;
			for (int i : patches.get(s)) {
				r -= area[i];
			}
			return r;
		}

		double bound() {
			return Arrays.stream(area).sum() + p.patches() * patch;
		}

		/**
		 * The same area prices with the patch price raised until every patch is priced.
		 */
		Prices covering() {
			double most = IntStream.range(0, patches.size()).mapToDouble(this::reduced).max().orElse(0);
			return most <= 0 ? this : new Prices(p, area, patch + most, value, patches);
		}

	}

	/** Column generation on the linear relaxation; the best bound seen on the way. */
	private Prices relax(long deadline) {
		MPSolver lp = MPSolver.createSolver("GLOP");
		MPConstraint[] rows = new MPConstraint[p.size()];
		for (int i = 0; i < p.size(); i++) {
			rows[i] = lp.makeConstraint(0, 1);
		}
		MPConstraint count = lp.makeConstraint(0, p.patches());
		lp.objective().setMaximization();
		boolean[] added = new boolean[patches.size()];
		Integer[] byValue = IntStream.range(0, patches.size()).boxed().toArray(Integer[]::new);
		Arrays.sort(byValue, Comparator.comparingDouble((Integer s) -> value[s]).reversed());
		add(lp, rows, count, added, Arrays.stream(byValue).limit(ADDED_PER_ROUND).mapToInt(Integer::intValue));
		Prices best = null;
		while (true) {
			lp.solve();
			double[] area = Arrays.stream(rows).mapToDouble(r -> Math.max(0, r.dualValue())).toArray();
			Prices prices = new Prices(p, area, Math.max(0, count.dualValue()), value, patches);
			Prices covering = prices.covering();
			if (best == null || covering.bound() < best.bound()) {
				best = covering;
			}
			int[] worth = IntStream.range(0, patches.size())
				.filter(s -> !added[s] && prices.reduced(s) > 1e-9 * Math.max(1, value[s]))
				.boxed()
				.sorted(Comparator.comparingDouble((Integer s) -> prices.reduced(s)).reversed())
				.limit(ADDED_PER_ROUND)
				.mapToInt(Integer::intValue)
				.toArray();
			if (worth.length == 0 || System.nanoTime() > deadline) {
				lp.delete();
				return best;
			}
			add(lp, rows, count, added, Arrays.stream(worth));
		}
	}

	private void add(MPSolver lp, MPConstraint[] rows, MPConstraint count, boolean[] added, IntStream which) {
		which.forEach(s -> {
			MPVariable x = lp.makeNumVar(0, 1, "");
			for (int i : patches.get(s)) {
				rows[i].setCoefficient(x, 1);
			}
			count.setCoefficient(x, 1);
			lp.objective().setCoefficient(x, value[s]);
			added[s] = true;
		});
	}

	/** SCIP over the patches left after pricing, started from the warm answer. */
	private Answer choose(int[] left, FreeGroups groups, List<int[]> warm, double bound, double seconds) {
		MPSolver mip = MPSolver.createSolver("SCIP");
		MPConstraint[] rows = new MPConstraint[p.size()];
		for (int i = 0; i < p.size(); i++) {
			rows[i] = mip.makeConstraint(0, 1);
		}
		MPConstraint count = mip.makeConstraint(0, p.patches());
		MPVariable[] take = new MPVariable[left.length];
		Map<String, MPVariable> byAreas = new HashMap<>();
		for (int k = 0; k < left.length; k++) {
			take[k] = mip.makeBoolVar("patch" + left[k]);
			byAreas.put(Arrays.toString(patches.get(left[k])), take[k]);
			for (int i : patches.get(left[k])) {
				rows[i].setCoefficient(take[k], 1);
			}
			count.setCoefficient(take[k], 1);
			mip.objective().setCoefficient(take[k], value[left[k]]);
		}
		mip.objective().setMaximization();
		hint(mip, byAreas, groups, warm);
		mip.setTimeLimit((long) (seconds * 1000));
		mip.setNumThreads(1);
		// OR-Tools stops SCIP at a 0.01 % gap by default; the answer is to be the best
		MPSolverParameters exact = new MPSolverParameters();
		exact.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0);
		MPSolver.ResultStatus status = mip.solve(exact);
		boolean found = status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
		List<int[]> chosen = !found ? null
				: IntStream.range(0, left.length)
					.filter(k -> take[k].solutionValue() > 0.5)
					.mapToObj(k -> patches.get(left[k]))
					.toList();
		double proved = found ? Math.min(bound, mip.objective().bestBound()) : bound;
		mip.delete();
		return new Answer(chosen, proved, status == MPSolver.ResultStatus.OPTIMAL);
	}

	/** The warm answer's patches, a group that fits whole hinted as the whole group. */
	private void hint(MPSolver mip, Map<String, MPVariable> byAreas, FreeGroups groups, List<int[]> warm) {
		List<MPVariable> hinted = new ArrayList<>();
		for (int[] patch : warm) {
			int g = groups.groupOf(patch[0]);
			int[] areas = groups.fitsWhole(g, p) ? groups.areas(g) : Arrays.stream(patch).sorted().toArray();
			MPVariable v = byAreas.get(Arrays.toString(areas));
			if (v != null) {
				hinted.add(v);
			}
		}
		mip.setHint(hinted.toArray(MPVariable[]::new), hinted.stream().mapToDouble(v -> 1).toArray());
	}

}
