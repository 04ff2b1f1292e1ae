package org.lacatlas.neighbourhood.partition;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Every partition of a small graph into contiguous parts inside a band, by brute force
 * (every set partition, pruned when a part passes the maximum): for checking the exact
 * models' bounds on ten or so areas.
 */
final class PartitionEnumeration {

	private PartitionEnumeration() {
	}

	/** A w × h grid, 1 km apart, rook adjacency, random residents 1–6. */
	static AreaGraph grid(int w, int h, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int n = w * h;
		int[] residents = new int[n];
		double[] x = new double[n];
		double[] y = new double[n];
		String[] ward = new String[n];
		int[][] neighbours = new int[n][];
		for (int i = 0; i < n; i++) {
			int cx = i % w;
			int cy = i / w;
			residents[i] = 1 + random.nextInt(6);
			x[i] = cx * 1000 + random.nextInt(300);
			y[i] = cy * 1000 + random.nextInt(300);
			ward[i] = "W" + (cx / 2);
			neighbours[i] = java.util.stream.IntStream
				.of(cx > 0 ? i - 1 : -1, cx < w - 1 ? i + 1 : -1, cy > 0 ? i - w : -1, cy < h - 1 ? i + w : -1)
				.filter(j -> j >= 0)
				.toArray();
		}
		return new AreaGraph(residents, x, y, ward, neighbours);
	}

	/** Every valid partition, as region numbers per area. */
	static List<int[]> partitions(AreaGraph g, Band band) {
		List<int[]> found = new ArrayList<>();
		assign(g, band, new int[g.size()], new long[g.size()], 0, 0, found);
		return found;
	}

	/** The least value of {@code cost} over every valid partition (∞ when none). */
	static double minimum(AreaGraph g, Band band, ToDoubleFunction<int[]> cost) {
		return partitions(g, band).stream().mapToDouble(cost).min().orElse(Double.POSITIVE_INFINITY);
	}

	static int regions(int[] region) {
		return java.util.Arrays.stream(region).max().orElse(-1) + 1;
	}

	private static void assign(AreaGraph g, Band band, int[] region, long[] residents, int i, int blocks,
			List<int[]> found) {
		if (i == g.size()) {
			for (int b = 0; b < blocks; b++) {
				if (residents[b] < band.min() || !connected(g, region, b)) {
					return;
				}
			}
			found.add(region.clone());
			return;
		}
		for (int b = 0; b <= blocks; b++) {
			if (residents[b] + g.residents()[i] <= band.max()) {
				region[i] = b;
				residents[b] += g.residents()[i];
				assign(g, band, region, residents, i + 1, Math.max(blocks, b + 1), found);
				residents[b] -= g.residents()[i];
			}
		}
	}

	static boolean connected(AreaGraph g, int[] region, int b) {
		int start = -1;
		int size = 0;
		for (int i = 0; i < g.size(); i++) {
			if (region[i] == b) {
				size++;
				start = start < 0 ? i : start;
			}
		}
		boolean[] seen = new boolean[g.size()];
		java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(start));
		seen[start] = true;
		int reached = 0;
		while (!queue.isEmpty()) {
			int i = queue.poll();
			reached++;
			for (int j : g.neighbours()[i]) {
				if (!seen[j] && region[j] == b) {
					seen[j] = true;
					queue.add(j);
				}
			}
		}
		return reached == size;
	}

}
