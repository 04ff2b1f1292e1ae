package org.lacatlas.neighbourhood.partition;

import java.util.List;

/**
 * Areas to partition, by index: residents, a point (metres, any planar CRS), a group
 * label the partition should avoid cutting (the ward), and adjacency. Plain data; no
 * Spring, no SQL.
 */
public record AreaGraph(int[] residents, double[] x, double[] y, String[] group, int[][] neighbours) {

	public int size() {
		return residents.length;
	}

	/**
	 * Builds the graph from parallel lists and adjacency given as neighbour indices per
	 * area.
	 */
	public static AreaGraph of(List<Integer> residents, List<double[]> points, List<String> groups,
			List<int[]> neighbours) {
		int n = residents.size();
		int[] r = new int[n];
		double[] x = new double[n];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			r[i] = residents.get(i);
			x[i] = points.get(i)[0];
			y[i] = points.get(i)[1];
		}
		return new AreaGraph(r, x, y, groups.toArray(String[]::new), neighbours.toArray(int[][]::new));
	}

}
