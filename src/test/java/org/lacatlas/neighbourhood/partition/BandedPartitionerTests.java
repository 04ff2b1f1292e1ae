package org.lacatlas.neighbourhood.partition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BandedPartitionerTests {

	private static final Band BAND = new Band(8000, 12000);

	/**
	 * A w × h grid of areas, 1 km apart, each with the given residents; rook adjacency.
	 */
	static AreaGraph grid(int w, int h, int residentsEach) {
		int n = w * h;
		int[] residents = new int[n];
		double[] x = new double[n];
		double[] y = new double[n];
		String[] ward = new String[n];
		int[][] neighbours = new int[n][];
		for (int i = 0; i < n; i++) {
			int cx = i % w;
			int cy = i / w;
			residents[i] = residentsEach;
			x[i] = cx * 1000;
			y[i] = cy * 1000;
			ward[i] = "W" + (cx / 3) + "-" + (cy / 3);
			List<Integer> around = new ArrayList<>();
			if (cx > 0) {
				around.add(i - 1);
			}
			if (cx < w - 1) {
				around.add(i + 1);
			}
			if (cy > 0) {
				around.add(i - w);
			}
			if (cy < h - 1) {
				around.add(i + w);
			}
			neighbours[i] = around.stream().mapToInt(Integer::intValue).toArray();
		}
		return new AreaGraph(residents, x, y, ward, neighbours);
	}

	@Test
	void splitsAGridIntoContiguousRegionsInsideTheBand() {
		AreaGraph graph = grid(10, 10, 1000);
		Partition p = new BandedPartitioner(BAND, 42, 4).partition(graph);
		assertThat(p.feasible()).isTrue();
		assertThat(p.regions()).isBetween(9, 12);
		for (int r = 0; r < p.regions(); r++) {
			assertThat(residentsOf(graph, p, r)).isBetween(8000L, 12000L);
			assertThat(isConnected(graph, p, r)).as("region %d is one piece", r).isTrue();
		}
		assertThat(Arrays.stream(p.region()).allMatch(r -> r >= 0)).isTrue();
	}

	@Test
	void theSameSeedGivesTheSameAnswer() {
		AreaGraph graph = grid(8, 9, 1300);
		int[] first = new BandedPartitioner(BAND, 7, 2).partition(graph).region();
		int[] second = new BandedPartitioner(BAND, 7, 2).partition(graph).region();
		assertThat(second).isEqualTo(first);
	}

	@Test
	void namesAnIslandTooSmallForANeighbourhood() {
		// a 10 × 10 grid plus two areas of 2,000 joined to each other only
		AreaGraph main = grid(10, 10, 1000);
		int n = main.size();
		int[] residents = Arrays.copyOf(main.residents(), n + 2);
		residents[n] = 2000;
		residents[n + 1] = 2000;
		double[] x = Arrays.copyOf(main.x(), n + 2);
		double[] y = Arrays.copyOf(main.y(), n + 2);
		x[n] = 50_000;
		x[n + 1] = 51_000;
		String[] ward = Arrays.copyOf(main.group(), n + 2);
		int[][] neighbours = Arrays.copyOf(main.neighbours(), n + 2);
		neighbours[n] = new int[] { n + 1 };
		neighbours[n + 1] = new int[] { n };
		Partition p = new BandedPartitioner(BAND, 1, 2).partition(new AreaGraph(residents, x, y, ward, neighbours));
		assertThat(p.problems()).hasSize(1);
		assertThat(p.problems().get(0).areas()).containsExactly(n, n + 1);
		assertThat(p.problems().get(0).reason()).contains("cut off").contains("4000 residents");
		assertThat(p.region()[n]).isEqualTo(-1);
		assertThat(p.region()[0]).isGreaterThanOrEqualTo(0);
	}

	@Test
	void namesAnAreaBiggerThanTheBand() {
		AreaGraph graph = new AreaGraph(new int[] { 13000, 5000 }, new double[] { 0, 1000 }, new double[] { 0, 0 },
				new String[] { "A", "A" }, new int[][] { { 1 }, { 0 } });
		Partition p = new BandedPartitioner(BAND, 1, 1).partition(graph);
		assertThat(p.feasible()).isFalse();
		assertThat(p.problems().get(0).reason()).contains("13000 residents, more than 12000");
	}

	@Test
	void namesAGroupNoSplitCanFitIntoTheBand() {
		// 14,000 residents: one region is too many, two regions are too few each
		AreaGraph graph = new AreaGraph(new int[] { 7000, 7000 }, new double[] { 0, 1000 }, new double[] { 0, 0 },
				new String[] { "A", "A" }, new int[][] { { 1 }, { 0 } });
		Partition p = new BandedPartitioner(BAND, 1, 1).partition(graph);
		assertThat(p.problems().get(0).reason()).contains("14000 residents").contains("cannot be split");
	}

	static long residentsOf(AreaGraph graph, Partition p, int r) {
		long sum = 0;
		for (int i = 0; i < graph.size(); i++) {
			if (p.region()[i] == r) {
				sum += graph.residents()[i];
			}
		}
		return sum;
	}

	/** Independent check of contiguity by breadth-first search. */
	static boolean isConnected(AreaGraph graph, Partition p, int r) {
		int start = -1;
		int count = 0;
		for (int i = 0; i < graph.size(); i++) {
			if (p.region()[i] == r) {
				count++;
				start = start < 0 ? i : start;
			}
		}
		boolean[] seen = new boolean[graph.size()];
		ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
		seen[start] = true;
		int reached = 0;
		while (!queue.isEmpty()) {
			int i = queue.poll();
			reached++;
			for (int j : graph.neighbours()[i]) {
				if (!seen[j] && p.region()[j] == r) {
					seen[j] = true;
					queue.add(j);
				}
			}
		}
		return reached == count;
	}

}
