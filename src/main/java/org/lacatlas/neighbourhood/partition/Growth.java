package org.lacatlas.neighbourhood.partition;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A first split into k contiguous regions: k seeds spread out by farthest-point sampling,
 * then the region with the fewest residents repeatedly takes the unassigned neighbour
 * nearest its seed (nearer still if in the seed's ward). Every area of a connected graph
 * ends in some region.
 */
final class Growth {

	private Growth() {
	}

	static int[] grow(AreaGraph graph, int k, SplittableRandom random) {
		int n = graph.size();
		int[] seeds = seeds(graph, k, random);
		int[] region = new int[n];
		Arrays.fill(region, -1);
		long[] residents = new long[k];
		for (int r = 0; r < k; r++) {
			region[seeds[r]] = r;
			residents[r] = graph.residents()[seeds[r]];
		}
		int assigned = k;
		boolean[] stuck = new boolean[k];
		while (assigned < n) {
			int r = smallestGrowable(residents, stuck);
			if (r < 0) {
				break; // cannot happen on a connected graph
			}
			int best = nearestFrontier(graph, region, r, seeds[r]);
			if (best < 0) {
				stuck[r] = true;
				continue;
			}
			region[best] = r;
			residents[r] += graph.residents()[best];
			assigned++;
			Arrays.fill(stuck, false);
		}
		return region;
	}

	private static int smallestGrowable(long[] residents, boolean[] stuck) {
		int best = -1;
		for (int r = 0; r < residents.length; r++) {
			if (!stuck[r] && (best < 0 || residents[r] < residents[best])) {
				best = r;
			}
		}
		return best;
	}

	private static int nearestFrontier(AreaGraph graph, int[] region, int r, int seed) {
		int best = -1;
		double bestDistance = Double.MAX_VALUE;
		for (int i = 0; i < graph.size(); i++) {
			if (region[i] != r) {
				continue;
			}
			for (int j : graph.neighbours()[i]) {
				if (region[j] >= 0) {
					continue;
				}
				double d = Math.hypot(graph.x()[j] - graph.x()[seed], graph.y()[j] - graph.y()[seed]);
				if (graph.group()[j] != null && graph.group()[j].equals(graph.group()[seed])) {
					d *= 0.7;
				}
				if (d < bestDistance) {
					bestDistance = d;
					best = j;
				}
			}
		}
		return best;
	}

	private static int[] seeds(AreaGraph graph, int k, SplittableRandom random) {
		int n = graph.size();
		int[] seeds = new int[k];
		double[] nearest = new double[n];
		Arrays.fill(nearest, Double.MAX_VALUE);
		seeds[0] = random.nextInt(n);
		for (int s = 1; s < k; s++) {
			int far = -1;
			for (int i = 0; i < n; i++) {
				int prev = seeds[s - 1];
				nearest[i] = Math.min(nearest[i],
						Math.hypot(graph.x()[i] - graph.x()[prev], graph.y()[i] - graph.y()[prev]));
				if (far < 0 || nearest[i] > nearest[far]) {
					far = i;
				}
			}
			seeds[s] = far;
		}
		return seeds;
	}

}
