package org.lacatlas.neighbourhood.partition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;

/**
 * Keeps one rooted patch in one piece (the single-commodity flow formulation of
 * contiguity): the root sends one unit of flow to every other member, flow runs only
 * between adjacent members, so each member is joined to the root through members. Any
 * contiguous patch satisfies it (send flow down a spanning tree), and no split patch can.
 * Also adds the cut that a member other than the root has a member neighbour, which the
 * flow implies but the solver's relaxation learns faster from.
 */
final class FlowContiguity {

	private final int[] members;

	private final int[][] arcs;

	private final IntVar[] flow;

	/**
	 * @param members areas of the patch's reach, root first
	 * @param in literal "member m is in the patch", same order
	 * @param local adjacency between positions of {@code members}
	 * @param most the most areas the patch can hold
	 */
	FlowContiguity(CpModel model, int[] members, BoolVar[] in, int[][] local, int most) {
		this.members = members;
		List<int[]> arcList = new ArrayList<>();
		for (int a = 0; a < members.length; a++) {
			for (int b : local[a]) {
				if (b != 0) {
					arcList.add(new int[] { a, b });
				}
			}
		}
		this.arcs = arcList.toArray(int[][]::new);
		this.flow = new IntVar[arcs.length];
		List<List<IntVar>> inflow = lists(members.length);
		List<List<IntVar>> outflow = lists(members.length);
		for (int k = 0; k < arcs.length; k++) {
			int a = arcs[k][0];
			int b = arcs[k][1];
			flow[k] = model.newIntVar(0, Math.max(0, most - 1), "");
			model.addLessOrEqual(flow[k], LinearExpr.term(in[b], Math.max(0, most - 1)));
			model.addLessOrEqual(flow[k], LinearExpr.term(in[a], Math.max(0, most - 1)));
			outflow.get(a).add(flow[k]);
			inflow.get(b).add(flow[k]);
		}
		for (int b = 1; b < members.length; b++) {
			LinearExpr net = LinearExpr.weightedSum(concat(inflow.get(b), outflow.get(b)),
					signs(inflow.get(b).size(), outflow.get(b).size()));
			model.addEquality(net, in[b]);
			BoolVar[] around = Arrays.stream(local[b]).mapToObj(a -> in[a]).toArray(BoolVar[]::new);
			model.addLessOrEqual(in[b], LinearExpr.sum(around));
		}
	}

	/**
	 * Hints a spanning tree of the patch: flow on each tree arc is the number of members
	 * beneath it.
	 */
	void hint(CpModel model, boolean[] inPatch, int[][] local) {
		int[] parent = new int[members.length];
		Arrays.fill(parent, -1);
		List<Integer> order = new ArrayList<>();
		ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(0));
		parent[0] = 0;
		while (!queue.isEmpty()) {
			int a = queue.poll();
			order.add(a);
			for (int b : local[a]) {
				if (inPatch[b] && parent[b] < 0) {
					parent[b] = a;
					queue.add(b);
				}
			}
		}
		long[] below = new long[members.length];
		for (int k = order.size() - 1; k > 0; k--) {
			int b = order.get(k);
			below[b] += 1;
			below[parent[b]] += below[b];
		}
		for (int k = 0; k < arcs.length; k++) {
			int a = arcs[k][0];
			int b = arcs[k][1];
			model.addHint(flow[k], inPatch[b] && parent[b] == a && b != 0 ? below[b] : 0);
		}
	}

	private static List<List<IntVar>> lists(int n) {
		List<List<IntVar>> lists = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			lists.add(new ArrayList<>());
		}
		return lists;
	}

	private static IntVar[] concat(List<IntVar> a, List<IntVar> b) {
		List<IntVar> all = new ArrayList<>(a);
		all.addAll(b);
		return all.toArray(IntVar[]::new);
	}

	private static long[] signs(int plus, int minus) {
		long[] s = new long[plus + minus];
		Arrays.fill(s, 0, plus, 1);
		Arrays.fill(s, plus, plus + minus, -1);
		return s;
	}

}
