package org.lacatlas.neighbourhood.partition;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;

/**
 * Runs OR-Tools CP-SAT on a model with the configured time and threads. The native
 * library is loaded once per JVM (from the jar's linux-x86-64 natives).
 */
public final class CpSat {

	private static volatile boolean loaded;

	private CpSat() {
	}

	/** The solver after its run, and what it could say. */
	public record Run(CpSolver solver, CpSolverStatus status) {

		public boolean hasSolution() {
			return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
		}

		public boolean optimal() {
			return status == CpSolverStatus.OPTIMAL;
		}

		/** The solver's proved bound on the (scaled, integer) objective. */
		public double bound() {
			return solver.bestObjectiveBound();
		}

	}

	public static CpModel model() {
		load();
		return new CpModel();
	}

	public static Run solve(CpModel model, SolverSettings settings) {
		CpSolver solver = new CpSolver();
		solver.getParameters().setMaxTimeInSeconds(settings.seconds());
		solver.getParameters().setNumWorkers(settings.workers());
		solver.getParameters().setLogSearchProgress(false);
		solver.getParameters().setRandomSeed((int) settings.seed());
		return new Run(solver, solver.solve(model));
	}

	private static void load() {
		if (!loaded) {
			synchronized (CpSat.class) {
				if (!loaded) {
					Loader.loadNativeLibraries();
					loaded = true;
				}
			}
		}
	}

}
