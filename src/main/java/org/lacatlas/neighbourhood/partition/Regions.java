package org.lacatlas.neighbourhood.partition;

/**
 * Mutable state of a partition during the search, with the sums that make each move's
 * change in cost O(degree): residents, residents-weighted coordinate sums (for the moment
 * of inertia, a compactness measure) and the count of same-ward neighbour pairs that a
 * region boundary cuts.
 */
final class Regions {

	final AreaGraph graph;

	final Band band;

	final int[] region;

	final long[] residents;

	final double[] sx;

	final double[] sy;

	final double[] sxy2;

	final int[] size;

	int wardCuts;

	private final double inertiaScale;

	private final int sameWardPairs;

	Regions(AreaGraph graph, Band band, int[] region, int k, double inertiaScale) {
		this.graph = graph;
		this.band = band;
		this.region = region;
		this.residents = new long[k];
		this.sx = new double[k];
		this.sy = new double[k];
		this.sxy2 = new double[k];
		this.size = new int[k];
		this.inertiaScale = inertiaScale;
		int pairs = 0;
		for (int i = 0; i < graph.size(); i++) {
			if (region[i] >= 0) {
				add(i, region[i]);
			}
			for (int j : graph.neighbours()[i]) {
				if (i < j && sameWard(i, j)) {
					pairs++;
					if (region[i] != region[j]) {
						wardCuts++;
					}
				}
			}
		}
		this.sameWardPairs = Math.max(1, pairs);
	}

	boolean sameWard(int i, int j) {
		String a = graph.group()[i];
		return a != null && a.equals(graph.group()[j]);
	}

	void add(int i, int r) {
		double w = graph.residents()[i];
		residents[r] += graph.residents()[i];
		sx[r] += w * graph.x()[i];
		sy[r] += w * graph.y()[i];
		sxy2[r] += w * (graph.x()[i] * graph.x()[i] + graph.y()[i] * graph.y()[i]);
		size[r]++;
	}

	void remove(int i, int r) {
		double w = graph.residents()[i];
		residents[r] -= graph.residents()[i];
		sx[r] -= w * graph.x()[i];
		sy[r] -= w * graph.y()[i];
		sxy2[r] -= w * (graph.x()[i] * graph.x()[i] + graph.y()[i] * graph.y()[i]);
		size[r]--;
	}

	/**
	 * Cost of one region: distance from the band dominates, then spread about its centre.
	 */
	double regionCost(int r) {
		double bandCost = 1000.0 * band.shortfall(residents[r]) / band.min();
		if (residents[r] == 0) {
			return bandCost;
		}
		double inertia = sxy2[r] - (sx[r] * sx[r] + sy[r] * sy[r]) / residents[r];
		return bandCost + inertia / inertiaScale;
	}

	double wardCost() {
		return 0.5 * wardCuts / sameWardPairs;
	}

	double cost() {
		double total = wardCost();
		for (int r = 0; r < residents.length; r++) {
			total += regionCost(r);
		}
		return total;
	}

	/** Moves area {@code i} to region {@code to}, keeping every sum current. */
	void move(int i, int to) {
		int from = region[i];
		for (int j : graph.neighbours()[i]) {
			if (sameWard(i, j)) {
				wardCuts += (region[j] != to ? 1 : 0) - (region[j] != from ? 1 : 0);
			}
		}
		remove(i, from);
		add(i, to);
		region[i] = to;
	}

	/**
	 * Whether region {@code r} stays one connected piece without area {@code without}.
	 */
	boolean connectedWithout(int r, int without) {
		int start = -1;
		for (int j : graph.neighbours()[without]) {
			if (region[j] == r) {
				start = j;
				break;
			}
		}
		if (start < 0) {
			return size[r] <= 1;
		}
		int[] stack = new int[size[r]];
		boolean[] seen = new boolean[graph.size()];
		int top = 0;
		int reached = 1;
		stack[top++] = start;
		seen[start] = true;
		seen[without] = true;
		while (top > 0) {
			int i = stack[--top];
			for (int j : graph.neighbours()[i]) {
				if (!seen[j] && region[j] == r) {
					seen[j] = true;
					reached++;
					stack[top++] = j;
				}
			}
		}
		return reached == size[r] - 1;
	}

}
