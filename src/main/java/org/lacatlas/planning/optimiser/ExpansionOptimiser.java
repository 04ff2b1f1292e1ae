package org.lacatlas.planning.optimiser;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Chooses N new patches — each contiguous, inside the band, made of free areas, none
 * overlapping — to cover as much need as it can, by two heuristics, keeping the better
 * answer (all N placed first, then need):
 * <ul>
 * <li>cut first, then choose: the free areas cut into pieces along spanning trees
 * ({@link TreeSplit}, at a few target sizes), the N neediest pieces kept. This fills a
 * map: on an empty England it places 5,000 patches where growing them one at a time
 * leaves fragments no patch fits;</li>
 * <li>greedy growth: grow a candidate patch from every free area (taking the neighbour
 * with most need per resident while it fits), keep the neediest, repeat N times. Restarts
 * pick among the best candidates at random, seeded, until the time limit. Candidate
 * patches are kept between rounds and grown again only where the last patch taken changed
 * them ({@link Candidates}).</li>
 * </ul>
 * Every answer is then improved by adding and swapping boundary areas. Once the cut-first
 * answer places all N, a greedy pass still running 30 s after the start (or at the time
 * limit, if later) is abandoned, so England-sized input answers in bounded time. Plain
 * Java: no Spring, no SQL.
 */
public final class ExpansionOptimiser {

	private static final int MAX_RESTARTS = 40;

	/**
	 * How long a first greedy pass may run once cut-first has placed every patch: long
	 * enough for 500 more across England (about 6 s), short enough that 5,000 on an empty
	 * England (over a minute of greedy growth) still answers within a minute.
	 */
	private static final long GREEDY_GRACE_NANOS = 30_000_000_000L;

	private final long seed;

	private final long timeLimitNanos;

	public ExpansionOptimiser(long seed, long timeLimitMillis) {
		this.seed = seed;
		this.timeLimitNanos = Math.max(1, timeLimitMillis) * 1_000_000;
	}

	public PlanningResult solve(PlanningProblem p) {
		long start = System.nanoTime();
		long deadline = start + timeLimitNanos;
		PatchSet best = cutFirst(p);
		long abandon = best.count() == p.patches() ? start + Math.max(timeLimitNanos, GREEDY_GRACE_NANOS)
				: Long.MAX_VALUE;
		SplittableRandom random = new SplittableRandom(seed);
		for (int restart = 0; restart < MAX_RESTARTS && System.nanoTime() < deadline; restart++) {
			PatchSet attempt = greedy(p, restart == 0 ? null : random.split(), abandon);
			if (attempt == null) {
				break;
			}
			attempt.improve();
			if (better(attempt, best)) {
				best = attempt;
			}
		}
		List<int[]> patches = best.patches();
		double[] need = patches.stream().mapToDouble(best::need).toArray();
		return new PlanningResult(patches, need, best.objective(), CoverageBound.of(p), p.patches() - patches.size(),
				false, "fractional knapsack");
	}

	private static boolean better(PatchSet a, PatchSet b) {
		int placedA = a.count();
		int placedB = b.count();
		return placedA != placedB ? placedA > placedB : a.objective() > b.objective() + 1e-9;
	}

	/** The N neediest pieces of a tree split, over a few target sizes. */
	private static PatchSet cutFirst(PlanningProblem p) {
		long free = 0;
		for (int i = 0; i < p.size(); i++) {
			free += p.available()[i] ? p.residents()[i] : 0;
		}
		long mid = (p.minResidents() + (long) p.maxResidents()) / 2;
		long fill = p.patches() == 0 ? mid : Math.max(p.minResidents(), Math.min(mid, 9 * free / (10L * p.patches())));
		PatchSet best = null;
		for (long target : new long[] { p.minResidents(), fill, mid }) {
			List<int[]> pieces = TreeSplit.pieces(p, target);
			pieces.sort(Comparator.comparingDouble((int[] q) -> -needOf(p, q)));
			PatchSet set = new PatchSet(p);
			pieces.stream().limit(p.patches()).forEach(set::add);
			set.improve();
			if (best == null || better(set, best)) {
				best = set;
			}
		}
		return best;
	}

	private static double needOf(PlanningProblem p, int[] patch) {
		double total = 0;
		for (int i : patch) {
			total += p.need()[i];
		}
		return total;
	}

	/** A greedy pass, or null when the deadline passed before it ended. */
	private static PatchSet greedy(PlanningProblem p, SplittableRandom random, long deadline) {
		PatchSet set = new PatchSet(p);
		Candidates candidates = new Candidates(p, set);
		for (int k = 0; k < p.patches(); k++) {
			if (candidates.size() == 0) {
				break;
			}
			if (System.nanoTime() > deadline) {
				return null;
			}
			List<int[]> best = candidates.best(3);
			int pick = random == null ? 0 : random.nextInt(Math.min(3, candidates.size()));
			candidates.take(best.get(pick));
		}
		return set;
	}

}
