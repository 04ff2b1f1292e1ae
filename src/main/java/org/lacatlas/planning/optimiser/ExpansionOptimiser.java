package org.lacatlas.planning.optimiser;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Chooses N new patches — each contiguous, inside the band, made of free areas, none
 * overlapping — to cover as much need as it can. Greedy: grow a candidate patch from
 * every free area (taking the neighbour with most need per resident while it fits), keep
 * the neediest, repeat N times; then improve each patch by adding and swapping boundary
 * areas. Restarts pick among the best candidates at random, seeded, until the time limit;
 * the best answer is kept. Candidate patches are kept between rounds and grown again only
 * where the last patch taken changed them ({@link Candidates}). Plain Java: no Spring, no
 * SQL.
 */
public final class ExpansionOptimiser {

	private static final int MAX_RESTARTS = 40;

	private final long seed;

	private final long timeLimitNanos;

	public ExpansionOptimiser(long seed, long timeLimitMillis) {
		this.seed = seed;
		this.timeLimitNanos = Math.max(1, timeLimitMillis) * 1_000_000;
	}

	public PlanningResult solve(PlanningProblem p) {
		long start = System.nanoTime();
		SplittableRandom random = new SplittableRandom(seed);
		PatchSet best = null;
		for (int restart = 0; restart < MAX_RESTARTS; restart++) {
			PatchSet attempt = greedy(p, restart == 0 ? null : random.split());
			attempt.improve();
			if (best == null || attempt.objective() > best.objective() + 1e-9) {
				best = attempt;
			}
			if (System.nanoTime() - start > timeLimitNanos) {
				break;
			}
		}
		List<int[]> patches = best.patches();
		double[] need = patches.stream().mapToDouble(best::need).toArray();
		return new PlanningResult(patches, need, best.objective(), CoverageBound.of(p), p.patches() - patches.size());
	}

	private static PatchSet greedy(PlanningProblem p, SplittableRandom random) {
		PatchSet set = new PatchSet(p);
		Candidates candidates = new Candidates(p, set);
		for (int k = 0; k < p.patches(); k++) {
			if (candidates.size() == 0) {
				break;
			}
			List<int[]> best = candidates.best(3);
			int pick = random == null ? 0 : random.nextInt(Math.min(3, candidates.size()));
			candidates.take(best.get(pick));
		}
		return set;
	}

}
