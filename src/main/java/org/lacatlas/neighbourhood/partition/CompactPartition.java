package org.lacatlas.neighbourhood.partition;

import java.util.Arrays;
import java.util.List;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

/**
 * The whole of a set of areas split into contiguous neighbourhoods inside the band, as
 * compact as possible ({@link Compactness}), as an exact CP-SAT model started from a
 * heuristic partition. Each area is in exactly one patch; a patch's cost is measured to
 * its root, and the solver may root it anywhere in it, so the model's optimum is the true
 * one. Costs are rounded down to 1/100 resident·km², so the solver's bound is never above
 * the best true objective.
 */
public final class CompactPartition {

	static final double SCALE = 100;

	private CompactPartition() {
	}

	/**
	 * The partition returned (the warm one unless the solver found a better) and its
	 * proof.
	 */
	public record Result(int[] region, int regions, Proof proof) {
	}

	/**
	 * @param warm a valid partition of every area of {@code g} (region numbers 0..k−1),
	 * or null when the heuristic found none
	 * @return a null region when no partition was found; its proof's solver then says
	 * whether CP-SAT proved that none exists
	 */
	public static Result solve(AreaGraph g, Band band, int[] warm, int regions, SolverSettings settings) {
		double warmObjective = warm == null ? Double.MAX_VALUE : Compactness.of(g, warm, regions);
		if (g.size() > settings.maxAreas()) {
			return new Result(warm, regions,
					new Proof(warm == null ? 0 : warmObjective, 0, false, "none (too many areas)"));
		}
		CpModel model = CpSat.model();
		boolean[] all = new boolean[g.size()];
		Arrays.fill(all, true);
		RootedPatches patches = new RootedPatches(model, g.residents(), g.neighbours(), all, band, false);
		LinearExprBuilder objective = LinearExpr.newBuilder();
		for (int i = 0; i < g.size(); i++) {
			model.addExactlyOne(patches.covering(i));
			for (int[] at : patches.placements(i)) {
				objective.addTerm(patches.member(at[0], at[1]),
						(long) Math.floor(Compactness.cost(g, i, at[0]) * SCALE));
			}
		}
		model.minimize(objective);
		if (warm != null) {
			patches.hint(model, Compactness.members(warm, regions), Compactness.centres(g, warm, regions));
		}
		CpSat.Run run = CpSat.solve(model, settings);
		if (warm == null && !run.hasSolution()) {
			return new Result(null, 0,
					new Proof(0, 0, false, run.status() == com.google.ortools.sat.CpSolverStatus.INFEASIBLE
							? "CP-SAT proved no partition exists" : "CP-SAT found none in time"));
		}
		double bound = Math.max(0, run.bound() / SCALE);
		if (run.hasSolution()) {
			List<int[]> found = patches.patches(v -> run.solver().booleanValue(v));
			int[] region = new int[g.size()];
			for (int r = 0; r < found.size(); r++) {
				for (int i : found.get(r)) {
					region[i] = r;
				}
			}
			double foundObjective = Compactness.of(g, region, found.size());
			if (foundObjective < warmObjective) {
				return new Result(region, found.size(), proof(foundObjective, bound, run, g));
			}
		}
		return new Result(warm, regions, proof(warmObjective, bound, run, g));
	}

	/** The heuristic's partition as it is, with no bound (null region when it failed). */
	public static Result unproved(AreaGraph g, Partition first) {
		return first.feasible()
				? new Result(first.region(), first.regions(),
						new Proof(Compactness.of(g, first.region(), first.regions()), 0, false,
								"none (heuristic only)"))
				: new Result(null, 0, new Proof(0, 0, false, "heuristic found none"));
	}

	private static Proof proof(double objective, double bound, CpSat.Run run, AreaGraph g) {
		// optimal for the rounded costs: the true objective is then within the rounding
		boolean optimal = run.optimal() && objective <= bound + g.size() / SCALE;
		return new Proof(objective, Math.min(bound, objective), optimal, run.stoppedByClock()
				? "CP-SAT, stopped by the clock before its counted work: a less busy machine may answer otherwise"
				: "CP-SAT");
	}

}
