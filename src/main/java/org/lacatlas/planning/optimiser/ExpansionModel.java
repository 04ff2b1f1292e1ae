package org.lacatlas.planning.optimiser;

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
 * "Plan N more" as an exact CP-SAT model: at most N rooted patches of free areas (each
 * rooted at its lowest-numbered area, so no patch is counted twice), every area in at
 * most one, maximising the need covered. Need is scaled to whole numbers by rounding each
 * area's need up, so the solver's bound, scaled back, is never below the best true
 * objective.
 */
final class ExpansionModel {

	/** Need is kept to 1/100 of a resident-equivalent. */
	static final double SCALE = 100;

	private ExpansionModel() {
	}

	/** The solver's best patches (or null when it found none) and its proved bound. */
	record Exact(List<int[]> patches, double bound, boolean optimal) {
	}

	static Exact solve(PlanningProblem p, List<int[]> warm, SolverSettings settings) {
		CpModel model = CpSat.model();
		RootedPatches patches = new RootedPatches(model, p.residents(), p.neighbours(), p.available(),
				new Band(p.minResidents(), p.maxResidents()), true);
		LinearExprBuilder objective = LinearExpr.newBuilder();
		for (int i = 0; i < p.size(); i++) {
			BoolVar[] covering = patches.covering(i);
			if (covering.length > 1) {
				model.addAtMostOne(covering);
			}
			long coefficient = (long) Math.ceil(p.need()[i] * SCALE);
			for (BoolVar v : covering) {
				objective.addTerm(v, coefficient);
			}
		}
		BoolVar[] roots = java.util.stream.IntStream.range(0, p.size())
			.filter(patches::canRoot)
			.mapToObj(patches::root)
			.toArray(BoolVar[]::new);
		model.addLessOrEqual(LinearExpr.sum(roots), p.patches());
		model.maximize(objective);
		patches.hint(model, warm, warm.stream().mapToInt(w -> Arrays.stream(w).min().orElseThrow()).toArray());
		CpSat.Run run = CpSat.solve(model, settings);
		List<int[]> found = run.hasSolution() ? patches.patches(v -> run.solver().booleanValue(v)) : null;
		return new Exact(found, run.bound() / SCALE, run.optimal());
	}

}
