package org.lacatlas.planning.optimiser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The patch grown from every free area, kept between the greedy's rounds. A patch grown
 * from a seed depends only on the owners of the areas the growth examined, so after a
 * patch is added only the seeds that examined one of its areas are grown again; the
 * answers are those of growing from every free area every round, at a fraction of the
 * cost on a large problem (thousands of rounds over 189,000 areas for England).
 */
final class Candidates {

	private final PatchSet set;

	private final int[][] patch;

	private final double[] need;

	/** For each area, the seeds whose growth examined it (possibly more: never fewer). */
	private final int[][] examinedBy;

	private final int[] examinedCount;

	private int count;

	Candidates(PlanningProblem p, PatchSet set) {
		this.set = set;
		this.patch = new int[p.size()][];
		this.need = new double[p.size()];
		this.examinedBy = new int[p.size()][];
		this.examinedCount = new int[p.size()];
		for (int s = 0; s < p.size(); s++) {
			if (set.isFree(s)) {
				grow(s);
			}
		}
	}

	/** How many free seeds grow a patch inside the band. */
	int size() {
		return count;
	}

	/**
	 * The k neediest candidates, neediest first, ties to the lower seed (the order a
	 * stable sort of all candidates by need gives).
	 */
	List<int[]> best(int k) {
		int[] top = new int[k];
		int found = 0;
		for (int s = 0; s < patch.length; s++) {
			if (patch[s] == null) {
				continue;
			}
			int at = found;
			while (at > 0 && need[top[at - 1]] < need[s]) {
				at--;
			}
			if (at < k) {
				System.arraycopy(top, at, top, at + 1, Math.min(found, k - 1) - at);
				top[at] = s;
				found = Math.min(k, found + 1);
			}
		}
		List<int[]> best = new ArrayList<>();
		for (int i = 0; i < found; i++) {
			best.add(patch[top[i]]);
		}
		return best;
	}

	/** Adds the patch to the set and grows again every seed whose growth it changes. */
	void take(int[] taken) {
		set.add(taken);
		List<Integer> seeds = new ArrayList<>();
		for (int a : taken) {
			for (int i = 0; i < examinedCount[a]; i++) {
				seeds.add(examinedBy[a][i]);
			}
			examinedCount[a] = 0;
		}
		seeds.stream().distinct().sorted().forEach(s -> {
			forget(s);
			if (set.isFree(s)) {
				grow(s);
			}
		});
	}

	private void forget(int s) {
		if (patch[s] != null) {
			count--;
			patch[s] = null;
		}
	}

	private void grow(int s) {
		List<Integer> examined = new ArrayList<>();
		int[] grown = set.grow(s, examined);
		if (grown != null) {
			patch[s] = grown;
			need[s] = set.needOf(grown);
			count++;
		}
		for (int a : examined) {
			if (examinedBy[a] == null) {
				examinedBy[a] = new int[8];
			}
			else if (examinedCount[a] == examinedBy[a].length) {
				// seeds grown again leave old entries behind: drop repeats before growing
				int[] distinct = Arrays.stream(examinedBy[a], 0, examinedCount[a]).distinct().toArray();
				examinedCount[a] = distinct.length;
				examinedBy[a] = Arrays.copyOf(distinct, Math.max(8, 2 * distinct.length));
			}
			examinedBy[a][examinedCount[a]++] = s;
		}
	}

}
