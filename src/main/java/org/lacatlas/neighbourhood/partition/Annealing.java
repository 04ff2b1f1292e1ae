package org.lacatlas.neighbourhood.partition;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One attempt at splitting a connected graph into k regions: grow regions from spread-out
 * seeds, then anneal. A move takes one area across a region boundary; moves that would
 * split the losing region or empty it are never made, so every region stays contiguous
 * throughout.
 */
final class Annealing {

	private static final int MOVES_PER_AREA = 3000;

	private static final int MAX_MOVES = 3_000_000;

	private Annealing() {
	}

	static Regions run(AreaGraph graph, Band band, int k, SplittableRandom random) {
		int[] region = Growth.grow(graph, k, random);
		Regions state = new Regions(graph, band, region, k, inertiaScale(graph, k));
		int moves = (int) Math.min(MAX_MOVES, (long) MOVES_PER_AREA * graph.size());
		double start = 0.05;
		double end = 0.0005;
		for (int step = 0; step < moves; step++) {
			double temperature = start * Math.pow(end / start, (double) step / moves);
			tryMove(state, random, temperature);
		}
		return state;
	}

	private static void tryMove(Regions state, SplittableRandom random, double temperature) {
		AreaGraph graph = state.graph;
		int i = random.nextInt(graph.size());
		int[] around = graph.neighbours()[i];
		if (around.length == 0) {
			return;
		}
		int from = state.region[i];
		int to = state.region[around[random.nextInt(around.length)]];
		if (to == from || state.size[from] <= 1 || !state.connectedWithout(from, i)) {
			return;
		}
		double before = state.regionCost(from) + state.regionCost(to) + state.wardCost();
		state.move(i, to);
		double delta = state.regionCost(from) + state.regionCost(to) + state.wardCost() - before;
		if (delta > 0 && random.nextDouble() >= Math.exp(-delta / temperature)) {
			state.move(i, from);
		}
	}

	/**
	 * Makes the compactness term dimensionless: a region's residents times the mean
	 * squared distance expected in a compact region of the average size.
	 */
	private static double inertiaScale(AreaGraph graph, int k) {
		double minX = Arrays.stream(graph.x()).min().orElse(0);
		double maxX = Arrays.stream(graph.x()).max().orElse(1);
		double minY = Arrays.stream(graph.y()).min().orElse(0);
		double maxY = Arrays.stream(graph.y()).max().orElse(1);
		double regionArea = Math.max(1, (maxX - minX) * (maxY - minY) / k);
		long residents = Arrays.stream(graph.residents()).asLongStream().sum();
		return Math.max(1, residents * regionArea / (2 * Math.PI));
	}

}
