package org.lacatlas.neighbourhood.partition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Connected components of an {@link AreaGraph}, and the subgraph of one component. */
final class Components {

	private Components() {
	}

	static List<int[]> of(AreaGraph graph) {
		int[] component = new int[graph.size()];
		Arrays.fill(component, -1);
		List<int[]> components = new ArrayList<>();
		for (int start = 0; start < graph.size(); start++) {
			if (component[start] >= 0) {
				continue;
			}
			List<Integer> members = new ArrayList<>();
			int[] stack = new int[graph.size()];
			int top = 0;
			stack[top++] = start;
			component[start] = components.size();
			while (top > 0) {
				int i = stack[--top];
				members.add(i);
				for (int j : graph.neighbours()[i]) {
					if (component[j] < 0) {
						component[j] = components.size();
						stack[top++] = j;
					}
				}
			}
			components.add(members.stream().mapToInt(Integer::intValue).sorted().toArray());
		}
		return components;
	}

	/**
	 * The component's areas renumbered 0..m−1 in the order given, with adjacency inside
	 * it only.
	 */
	static AreaGraph subgraph(AreaGraph graph, int[] members) {
		int[] index = new int[graph.size()];
		Arrays.fill(index, -1);
		for (int c = 0; c < members.length; c++) {
			index[members[c]] = c;
		}
		int m = members.length;
		int[] residents = new int[m];
		double[] x = new double[m];
		double[] y = new double[m];
		String[] group = new String[m];
		int[][] neighbours = new int[m][];
		for (int c = 0; c < m; c++) {
			int i = members[c];
			residents[c] = graph.residents()[i];
			x[c] = graph.x()[i];
			y[c] = graph.y()[i];
			group[c] = graph.group()[i];
			neighbours[c] = Arrays.stream(graph.neighbours()[i]).map(j -> index[j]).filter(j -> j >= 0).toArray();
		}
		return new AreaGraph(residents, x, y, group, neighbours);
	}

}
