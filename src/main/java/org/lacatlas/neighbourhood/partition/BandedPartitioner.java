package org.lacatlas.neighbourhood.partition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Splits a graph of areas into contiguous regions whose residents all lie inside a
 * {@link Band}, as compact as it can and cutting few wards. Each connected component of
 * the graph is split on its own into k regions (k chosen from the component's residents);
 * regions are grown from spread-out seeds, then improved by simulated annealing over
 * single-area moves that never break contiguity. Several restarts are tried and the
 * cheapest kept. The same seed gives the same answer.
 *
 * <p>
 * Where the band cannot be met (a component too small, an area too big, a component whose
 * residents no k can divide into the band) it says which areas and why instead of
 * returning an invalid region.
 */
public final class BandedPartitioner {

	private final Band band;

	private final long seed;

	private final int restarts;

	public BandedPartitioner(Band band, long seed, int restarts) {
		this.band = band;
		this.seed = seed;
		this.restarts = restarts;
	}

	public Partition partition(AreaGraph graph) {
		int[] region = new int[graph.size()];
		Arrays.fill(region, -1);
		List<Partition.Problem> problems = new ArrayList<>();
		int regions = 0;
		for (int[] component : Components.of(graph)) {
			long total = Arrays.stream(component).mapToLong(i -> graph.residents()[i]).sum();
			String unsplittable = whyUnsplittable(graph, component, total);
			if (unsplittable != null) {
				problems.add(new Partition.Problem(component, unsplittable));
				continue;
			}
			int[] best = bestSplit(graph, component, total);
			int k = Arrays.stream(best).max().orElse(-1) + 1;
			for (int c = 0; c < component.length; c++) {
				region[component[c]] = regions + best[c];
			}
			for (int r = 0; r < k; r++) {
				int rr = regions + r;
				int[] members = Arrays.stream(component).filter(i -> region[i] == rr).toArray();
				long residents = Arrays.stream(members).mapToLong(i -> graph.residents()[i]).sum();
				if (!band.contains(residents)) {
					problems.add(new Partition.Problem(members,
							"these areas make " + residents + " residents and could not be brought inside " + band.min()
									+ "–" + band.max() + " while staying one connected piece"));
				}
			}
			regions += k;
		}
		return new Partition(region, regions, problems);
	}

	private String whyUnsplittable(AreaGraph graph, int[] component, long total) {
		for (int i : component) {
			if (graph.residents()[i] > band.max()) {
				return "one area has " + graph.residents()[i] + " residents, more than " + band.max();
			}
		}
		if (total < band.min()) {
			return "these areas are cut off from the others and have only " + total + " residents, fewer than "
					+ band.min();
		}
		if (ceilDiv(total, band.max()) > total / band.min()) {
			return "these connected areas have " + total + " residents, which cannot be split into parts of "
					+ band.min() + "–" + band.max();
		}
		return null;
	}

	/**
	 * The cheapest split of one component over the candidate region counts and restarts.
	 */
	private int[] bestSplit(AreaGraph graph, int[] component, long total) {
		AreaGraph sub = Components.subgraph(graph, component);
		long kMin = ceilDiv(total, band.max());
		long kMax = Math.min(total / band.min(), component.length);
		long kMid = Math.round(total / ((band.min() + band.max()) / 2.0));
		int[] best = null;
		double bestCost = Double.MAX_VALUE;
		SplittableRandom random = new SplittableRandom(seed);
		for (long k : new long[] { clamp(kMid, kMin, kMax), clamp(kMid + 1, kMin, kMax),
				clamp(kMid - 1, kMin, kMax) }) {
			for (int attempt = 0; attempt < restarts; attempt++) {
				Regions state = Annealing.run(sub, band, (int) k, random.split());
				double cost = state.cost();
				if (cost < bestCost) {
					bestCost = cost;
					best = state.region.clone();
				}
			}
			if (bestCost < 1000.0 / band.min()) {
				break; // every region is inside the band: a further k would only trade
						// compactness
			}
		}
		return best;
	}

	private static long ceilDiv(long a, long b) {
		return (a + b - 1) / b;
	}

	private static long clamp(long v, long lo, long hi) {
		return Math.max(lo, Math.min(hi, v));
	}

}
