package org.lacatlas.neighbourhood.partition;

import java.util.ArrayList;
import java.util.List;

/**
 * The compactness objective the exact model minimises: for each neighbourhood, its
 * residents' squared distance to its best centre area (the member that makes the sum
 * least), in resident·km²; summed over neighbourhoods. Areas stand at their points (any
 * planar CRS in metres, EPSG:27700 in the app). Lower is more compact.
 */
public final class Compactness {

	private Compactness() {
	}

	/** Residents × squared distance from area i to area c, in resident·km². */
	static double cost(AreaGraph g, int i, int c) {
		double dx = (g.x()[i] - g.x()[c]) / 1000;
		double dy = (g.y()[i] - g.y()[c]) / 1000;
		return g.residents()[i] * (dx * dx + dy * dy);
	}

	/** The objective of a partition; areas in no region (−1) are not counted. */
	public static double of(AreaGraph g, int[] region, int regions) {
		double total = 0;
		for (int[] members : members(region, regions)) {
			total += best(g, members)[1];
		}
		return total;
	}

	/** Each region's best centre area. */
	static int[] centres(AreaGraph g, int[] region, int regions) {
		List<int[]> groups = members(region, regions);
		int[] centres = new int[regions];
		for (int r = 0; r < regions; r++) {
			centres[r] = groups.get(r).length == 0 ? -1 : (int) best(g, groups.get(r))[0];
		}
		return centres;
	}

	static List<int[]> members(int[] region, int regions) {
		List<List<Integer>> lists = new ArrayList<>();
		for (int r = 0; r < regions; r++) {
			lists.add(new ArrayList<>());
		}
		for (int i = 0; i < region.length; i++) {
			if (region[i] >= 0) {
				lists.get(region[i]).add(i);
			}
		}
		return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
	}

	/** {best centre, its cost} over a region's members. */
	private static double[] best(AreaGraph g, int[] members) {
		double[] best = { -1, Double.MAX_VALUE };
		for (int c : members) {
			double sum = 0;
			for (int i : members) {
				sum += cost(g, i, c);
			}
			if (sum < best[1]) {
				best[0] = c;
				best[1] = sum;
			}
		}
		return members.length == 0 ? new double[] { -1, 0 } : best;
	}

}
