package org.lacatlas.planning.optimiser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import org.lacatlas.neighbourhood.partition.Band;
import org.lacatlas.neighbourhood.partition.CpSat;
import org.lacatlas.neighbourhood.partition.RootedPatches;
import org.lacatlas.neighbourhood.partition.SolverSettings;

/**
 * "Plan N more" as an exact CP-SAT model: at most N patches of free areas, every area in
 * at most one, maximising the need covered. Need is scaled to whole numbers by rounding
 * each area's need up, so the solver's bound, scaled back, is never below the best true
 * objective. The free areas are taken in their {@link FreeGroups}:
 * <ul>
 * <li>a group whose residents fit the band is one yes-or-no choice, the whole group: any
 * patches inside it can be swapped for the whole group without covering less need (need
 * is never negative) or using more patches, so the best answer and the bound are
 * unchanged;</li>
 * <li>a larger group gets rooted patches (each rooted at its lowest-numbered area, so no
 * patch is counted twice) and roots at most the patches its residents allow. Every answer
 * satisfies that, and it gives the solver's relaxation the groups' structure the plain
 * knapsack lacks.</li>
 * </ul>
 * Areas in no group cannot be in any patch and get no variables.
 */
final class ExpansionModel {

	/** Need is kept to 1/100 of a resident-equivalent. */
	static final double SCALE = 100;

	private ExpansionModel() {
	}

	/** The solver's best patches (or null when it found none) and its proved bound. */
	record Exact(List<int[]> patches, double bound, boolean optimal) {
	}

	/**
	 * @param deadline {@link System#nanoTime()} by which the solver must have stopped:
	 * building the model counts against it
	 * @return null when no time is left to solve once the model is built
	 */
	static Exact solve(PlanningProblem p, FreeGroups groups, List<int[]> warm, SolverSettings settings, long deadline) {
		CpModel model = CpSat.model();
		boolean[] rooted = groups.usable();
		BoolVar[] whole = new BoolVar[groups.count()];
		for (int g = 0; g < groups.count(); g++) {
			if (groups.fitsWhole(g, p)) {
				whole[g] = model.newBoolVar("group" + g);
				Arrays.stream(groups.areas(g)).forEach(i -> rooted[i] = false);
			}
		}
		RootedPatches patches = new RootedPatches(model, p.residents(), p.neighbours(), rooted,
				new Band(p.minResidents(), p.maxResidents()), true);
		model.maximize(objective(model, p, groups, patches, whole));
		List<BoolVar> roots = new ArrayList<>(Arrays.stream(whole).filter(v -> v != null).toList());
		java.util.stream.IntStream.range(0, p.size()).filter(patches::canRoot).forEach(j -> roots.add(patches.root(j)));
		model.addLessOrEqual(LinearExpr.sum(roots.toArray(BoolVar[]::new)), p.patches());
		limitRootsPerGroup(model, patches, groups, whole);
		hint(model, groups, patches, whole, warm);
		double seconds = (deadline - System.nanoTime()) / 1e9;
		if (seconds < 0.1) {
			return null;
		}
		CpSat.Run run = CpSat.solve(model, settings.capped(seconds));
		List<int[]> found = null;
		if (run.hasSolution()) {
			found = patches.patches(v -> run.solver().booleanValue(v));
			for (int g = 0; g < whole.length; g++) {
				if (whole[g] != null && run.solver().booleanValue(whole[g])) {
					found.add(groups.areas(g));
				}
			}
		}
		// only a run that found a solution reports a bound: stopped before one (UNKNOWN)
		// it
		// reports 0, which proves nothing (seen on a loaded machine)
		return new Exact(found, run.hasSolution() ? run.bound() / SCALE : Double.POSITIVE_INFINITY, run.optimal());
	}

	private static LinearExpr objective(CpModel model, PlanningProblem p, FreeGroups groups, RootedPatches patches,
			BoolVar[] whole) {
		LinearExprBuilder objective = LinearExpr.newBuilder();
		for (int i = 0; i < p.size(); i++) {
			BoolVar[] covering = patches.covering(i);
			if (covering.length > 1) {
				model.addAtMostOne(covering);
			}
			for (BoolVar v : covering) {
				objective.addTerm(v, scaled(p, i));
			}
		}
		for (int g = 0; g < whole.length; g++) {
			if (whole[g] != null) {
				objective.addTerm(whole[g], Arrays.stream(groups.areas(g)).mapToLong(i -> scaled(p, i)).sum());
			}
		}
		return objective.build();
	}

	private static long scaled(PlanningProblem p, int i) {
		return (long) Math.ceil(p.need()[i] * SCALE);
	}

	private static void limitRootsPerGroup(CpModel model, RootedPatches patches, FreeGroups groups, BoolVar[] whole) {
		for (int g = 0; g < groups.count(); g++) {
			BoolVar[] roots = Arrays.stream(groups.areas(g))
				.filter(patches::canRoot)
				.mapToObj(patches::root)
				.toArray(BoolVar[]::new);
			if (whole[g] == null && roots.length > groups.mostPatches(g)) {
				model.addLessOrEqual(LinearExpr.sum(roots), groups.mostPatches(g));
			}
		}
	}

	/**
	 * Hints the heuristic's answer: a group it used is hinted whole (covering at least as
	 * much), the other patches rooted at their lowest area.
	 */
	private static void hint(CpModel model, FreeGroups groups, RootedPatches patches, BoolVar[] whole,
			List<int[]> warm) {
		boolean[] used = new boolean[whole.length];
		List<int[]> rooted = new ArrayList<>();
		for (int[] patch : warm) {
			int g = groups.groupOf(patch[0]);
			if (g >= 0 && whole[g] != null) {
				used[g] = true;
			}
			else {
				rooted.add(patch);
			}
		}
		for (int g = 0; g < whole.length; g++) {
			if (whole[g] != null) {
				model.addHint(whole[g], used[g]);
			}
		}
		patches.hint(model, rooted, rooted.stream().mapToInt(w -> Arrays.stream(w).min().orElseThrow()).toArray());
	}

}
