package org.lacatlas.planning.optimiser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts the free areas into contiguous pieces inside the band along a spanning tree, in
 * time linear in the areas (England's 189,000 in well under a second). Each connected
 * group of free areas gets a breadth-first tree; from the leaves up, an area takes its
 * children's uncut pieces while they fit under the maximum, and the piece is cut once it
 * reaches the target. Pieces left below the target join a neighbouring piece with room,
 * or each other. Growing patches one at a time instead leaves fragments between them that
 * no patch fits; cutting the whole map first does not.
 */
final class TreeSplit {

	private final PlanningProblem p;

	private final int[] piece;

	private final long[] weight;

	private final List<long[]> sizes = new ArrayList<>();

	private TreeSplit(PlanningProblem p) {
		this.p = p;
		this.piece = new int[p.size()];
		this.weight = new long[p.size()];
		Arrays.fill(piece, -1);
	}

	/**
	 * Pieces of residents between the band's minimum and maximum, most reaching
	 * {@code target}; areas in none are left out.
	 */
	static List<int[]> pieces(PlanningProblem p, long target) {
		TreeSplit split = new TreeSplit(p);
		boolean[] seen = new boolean[p.size()];
		for (int s = 0; s < p.size(); s++) {
			if (p.available()[s] && !seen[s]) {
				split.cutTree(s, seen, target);
			}
		}
		return new PieceRepair(p, split.piece, split.sizes).repaired();
	}

	private void cutTree(int start, boolean[] seen, long target) {
		List<Integer> order = new ArrayList<>();
		ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
		seen[start] = true;
		List<int[]> tree = new ArrayList<>();
		while (!queue.isEmpty()) {
			int i = queue.poll();
			order.add(i);
			for (int j : p.neighbours()[i]) {
				if (p.available()[j] && !seen[j]) {
					seen[j] = true;
					tree.add(new int[] { j, i });
					queue.add(j);
				}
			}
		}
		java.util.Map<Integer, List<Integer>> children = new java.util.HashMap<>();
		for (int[] edge : tree) {
			children.computeIfAbsent(edge[1], k -> new ArrayList<>()).add(edge[0]);
		}
		boolean[] attached = new boolean[p.size()];
		for (int k = order.size() - 1; k >= 0; k--) {
			int v = order.get(k);
			List<Integer> kids = children.getOrDefault(v, List.of());
			weight[v] = p.residents()[v];
			kids.stream().filter(c -> piece[c] < 0).sorted((a, b) -> Long.compare(weight[b], weight[a])).forEach(c -> {
				if (p.residents()[v] <= p.maxResidents() && weight[v] + weight[c] <= p.maxResidents()) {
					weight[v] += weight[c];
					attached[c] = true;
				}
			});
			if (p.residents()[v] <= p.maxResidents() && (weight[v] >= target || k == 0)) {
				label(v, children, attached);
			}
			for (int c : kids) {
				if (piece[c] < 0 && !attached[c]) {
					label(c, children, attached); // an orphan: left for the repair
				}
			}
		}
	}

	/** Gives v and the uncut pieces attached beneath it a new piece number. */
	private void label(int v, java.util.Map<Integer, List<Integer>> children, boolean[] attached) {
		int id = sizes.size();
		long total = 0;
		ArrayDeque<Integer> stack = new ArrayDeque<>(List.of(v));
		while (!stack.isEmpty()) {
			int i = stack.pop();
			piece[i] = id;
			total += p.residents()[i];
			for (int c : children.getOrDefault(i, List.of())) {
				if (attached[c] && piece[c] < 0) {
					stack.push(c);
				}
			}
		}
		sizes.add(new long[] { total });
	}

}
