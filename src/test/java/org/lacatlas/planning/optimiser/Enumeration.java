package org.lacatlas.planning.optimiser;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Small "plan N more" problems solved by brute force: every connected set of free areas
 * inside the band, then every choice of up to N disjoint ones. For checking the solver's
 * bound and optimality claims; only for a dozen or so areas.
 */
final class Enumeration {

	private Enumeration() {
	}

	/** A w × h grid, rook adjacency, random residents, integer need and free areas. */
	static PlanningProblem grid(int w, int h, int min, int max, int patches, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int n = w * h;
		int[] residents = new int[n];
		double[] need = new double[n];
		boolean[] free = new boolean[n];
		int[][] neighbours = new int[n][];
		for (int i = 0; i < n; i++) {
			residents[i] = 1 + random.nextInt(6);
			need[i] = residents[i] * (1 + random.nextInt(4));
			free[i] = random.nextInt(6) > 0;
			int x = i % w;
			int y = i / w;
			neighbours[i] = java.util.stream.IntStream
				.of(x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1)
				.filter(j -> j >= 0)
				.toArray();
		}
		return new PlanningProblem(residents, need, free, neighbours, min, max, patches);
	}

	/** The same grid with more areas taken, so the free ones fall into several groups. */
	static PlanningProblem scattered(PlanningProblem p, long seed) {
		boolean[] free = p.available().clone();
		java.util.SplittableRandom random = new java.util.SplittableRandom(seed * 7919);
		for (int i = 0; i < free.length; i++) {
			free[i] &= random.nextInt(4) > 0;
		}
		return new PlanningProblem(p.residents(), p.need(), free, p.neighbours(), p.minResidents(), p.maxResidents(),
				p.patches());
	}

	/** Every connected set of free areas inside the band, as bit masks. */
	static List<Integer> patches(PlanningProblem p) {
		List<Integer> found = new ArrayList<>();
		for (int mask = 1; mask < (1 << p.size()); mask++) {
			long residents = 0;
			boolean free = true;
			for (int i = 0; i < p.size(); i++) {
				if ((mask >> i & 1) == 1) {
					residents += p.residents()[i];
					free &= p.available()[i];
				}
			}
			if (free && residents >= p.minResidents() && residents <= p.maxResidents() && connected(p, mask)) {
				found.add(mask);
			}
		}
		return found;
	}

	static boolean connected(PlanningProblem p, int mask) {
		int start = Integer.numberOfTrailingZeros(mask);
		int seen = 1 << start;
		int frontier = seen;
		while (frontier != 0) {
			int i = Integer.numberOfTrailingZeros(frontier);
			frontier &= frontier - 1;
			for (int j : p.neighbours()[i]) {
				if ((mask >> j & 1) == 1 && (seen >> j & 1) == 0) {
					seen |= 1 << j;
					frontier |= 1 << j;
				}
			}
		}
		return seen == mask;
	}

	/** The most need up to N disjoint patches can cover. */
	static double optimum(PlanningProblem p) {
		List<Integer> patches = patches(p);
		double[] value = patches.stream().mapToDouble(m -> need(p, m)).toArray();
		return best(patches, value, 0, p.patches(), 0);
	}

	private static double best(List<Integer> patches, double[] value, int from, int left, int used) {
		double best = 0;
		if (left == 0) {
			return 0;
		}
		for (int k = from; k < patches.size(); k++) {
			if ((patches.get(k) & used) == 0) {
				best = Math.max(best, value[k] + best(patches, value, k + 1, left - 1, used | patches.get(k)));
			}
		}
		return best;
	}

	static double need(PlanningProblem p, int mask) {
		double total = 0;
		for (int i = 0; i < p.size(); i++) {
			total += (mask >> i & 1) == 1 ? p.need()[i] : 0;
		}
		return total;
	}

}
