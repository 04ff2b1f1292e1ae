package org.lacatlas.neighbourhood.partition;

/**
 * How long the exact solver may run and on how many threads. The time is a hard cap on a
 * web request's wait: past it the solver stops and the best answer found so far is
 * returned with the bound it has proved.
 *
 * @param seconds wall-clock limit, 0.1–120
 * @param workers solver threads, 1–8
 * @param maxAreas larger problems are left to the heuristics (their bound stays the
 * simple one)
 * @param seed the solver's random seed
 * @param reproducible whether the solver counts its work rather than the clock, so the
 * same seed gives the same answer however busy the machine is
 */
public record SolverSettings(double seconds, int workers, int maxAreas, long seed, boolean reproducible) {

	public SolverSettings(double seconds, int workers, int maxAreas) {
		this(seconds, workers, maxAreas, 1, false);
	}

	public SolverSettings {
		if (!(seconds >= 0.1 && seconds <= 120)) {
			throw new IllegalArgumentException("the solver's time limit must be 0.1–120 s, not " + seconds);
		}
		if (workers < 1 || workers > 8) {
			throw new IllegalArgumentException("the solver's workers must be 1–8, not " + workers);
		}
	}

	/** The same settings with at most {@code seconds}. */
	public SolverSettings capped(double seconds) {
		return new SolverSettings(Math.max(0.1, Math.min(this.seconds, seconds)), workers, maxAreas, seed,
				reproducible);
	}

	/**
	 * The same settings with another random seed, run so that the seed decides the
	 * answer.
	 */
	public SolverSettings seeded(long seed) {
		return new SolverSettings(seconds, workers, maxAreas, seed, true);
	}

}
