package org.lacatlas.planning.optimiser;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins pieces below the band's minimum to their neighbours: first to another small piece
 * when together they reach the minimum (one more valid piece), then to a valid piece with
 * room under the maximum (more residents covered), then to any small neighbour (to try
 * again bigger), until nothing changes. Pieces still outside the band are dropped; their
 * areas stay free.
 */
final class PieceRepair {

	private final PlanningProblem p;

	private final int[] piece;

	private final int[] parent;

	private final long[] weight;

	private final List<List<Integer>> members = new ArrayList<>();

	PieceRepair(PlanningProblem p, int[] piece, List<long[]> sizes) {
		this.p = p;
		this.piece = piece;
		this.parent = new int[sizes.size()];
		this.weight = new long[sizes.size()];
		for (int k = 0; k < sizes.size(); k++) {
			parent[k] = k;
			weight[k] = sizes.get(k)[0];
			members.add(new ArrayList<>());
		}
		for (int i = 0; i < piece.length; i++) {
			if (piece[i] >= 0) {
				members.get(piece[i]).add(i);
			}
		}
	}

	List<int[]> repaired() {
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int s = 0; s < parent.length; s++) {
				if (parent[s] == s && weight[s] < p.minResidents() && weight[s] > 0 && mergeSmall(s)) {
					changed = true;
				}
			}
		}
		List<int[]> valid = new ArrayList<>();
		for (int k = 0; k < parent.length; k++) {
			if (parent[k] == k && weight[k] >= p.minResidents() && weight[k] <= p.maxResidents()) {
				valid.add(members.get(k).stream().mapToInt(Integer::intValue).sorted().toArray());
			}
		}
		return valid;
	}

	private boolean mergeSmall(int s) {
		int completes = -1;
		int room = -1;
		int grows = -1;
		for (int i : members.get(s)) {
			for (int j : p.neighbours()[i]) {
				if (piece[j] < 0) {
					continue;
				}
				int t = find(piece[j]);
				long together = weight[s] + weight[t];
				if (t == s || together > p.maxResidents() || weight[t] > p.maxResidents()) {
					continue;
				}
				if (weight[t] < p.minResidents() && together >= p.minResidents()) {
					completes = t;
				}
				else if (weight[t] >= p.minResidents()) {
					room = t;
				}
				else {
					grows = t;
				}
			}
		}
		int into = completes >= 0 ? completes : room >= 0 ? room : grows;
		if (into < 0) {
			return false;
		}
		parent[s] = into;
		weight[into] += weight[s];
		members.get(into).addAll(members.get(s));
		members.set(s, List.of());
		weight[s] = 0;
		return true;
	}

	private int find(int k) {
		while (parent[k] != k) {
			parent[k] = parent[parent[k]];
			k = parent[k];
		}
		return k;
	}

}
