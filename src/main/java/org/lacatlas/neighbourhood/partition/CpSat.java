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

	/**
	 * CP-SAT's units of counted work allowed per second of a reproducible run's limit. On
	 * a quiet 2-core machine Thurrock's 1.5 units took 3.4–3.7 s, so the clock (still the
	 * hard cap on the wait) is only reached on a machine about three times busier.
	 */
	static final double WORK_PER_SECOND = 0.15;

	private static volatile boolean loaded;

	private CpSat() {
	}

	/** The solver after its run, and what it could say. */
	public record Run(CpSolver solver, CpSolverStatus status, boolean stoppedByClock) {

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
		double work = settings.seconds() * WORK_PER_SECOND;
		if (settings.reproducible()) {
			// a wall-clock limit makes the answer depend on the machine's load; counted
			// work, shared out among the workers in a fixed order, does not
			solver.getParameters().setMaxDeterministicTime(work);
			solver.getParameters().setInterleaveSearch(true);
		}
		CpSolverStatus status = solver.solve(model);
		// Presolve counts no work, so a clock that stops it leaves no answer: the same
		// each time. Only a search stopped with an answer found may differ. The work
		// limit is checked coarsely; a run may do twice its units.
		return new Run(solver, status, settings.reproducible() && status == CpSolverStatus.FEASIBLE
				&& solver.response().getDeterministicTime() < work * 0.999);
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
