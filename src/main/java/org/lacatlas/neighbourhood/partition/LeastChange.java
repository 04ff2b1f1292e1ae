package org.lacatlas.neighbourhood.partition;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Restores a plan after new populations or boundaries, moving as few areas as it can:
 * every neighbourhood keeps its number (so its coordinator post stays with it), areas in
 * no neighbourhood join a neighbouring one, pieces cut off from their neighbourhood join
 * a neighbour, and then single areas move across boundaries — never splitting the one
 * they leave — to bring every neighbourhood inside the band. The search weighs residents
 * outside the band far above moves, and counts as moved only areas not where they
 * started, so an area moved back costs nothing.
 */
public final class LeastChange {

	private static final int MOVES_PER_AREA = 2000;

	private final Band band;

	private final long seed;

	public LeastChange(Band band, long seed) {
		this.band = band;
		this.seed = seed;
	}

	/**
	 * @param current each area's neighbourhood 0..k−1, or −1 for an area in none
	 * @return each area's neighbourhood after the repair (−1 only for areas joined to no
	 * neighbourhood at all)
	 */
	public int[] repair(AreaGraph g, int[] current, int k) {
		int[] region = current.clone();
		keepLargestPieces(g, region, k);
		attachLoose(g, region);
		Regions state = new Regions(g, band, region, k, 1);
		SplittableRandom random = new SplittableRandom(seed);
		long moves = Math.min(5_000_000L, (long) MOVES_PER_AREA * g.size());
		for (long step = 0; step < moves && outside(state) > 0; step++) {
			double temperature = 0.5 * Math.pow(0.01 / 0.5, (double) step / moves);
			tryMove(state, current, random, temperature);
		}
		if (outside(state) == 0) {
			moveBack(state, current);
		}
		return region;
	}

	/**
	 * Puts areas back where they started while that keeps both neighbourhoods inside the
	 * band and in one piece: the search wanders, and this undoes the moves it did not
	 * need.
	 */
	private void moveBack(Regions state, int[] start) {
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int i = 0; i < start.length; i++) {
				int from = state.region[i];
				int to = start[i];
				long r = state.graph.residents()[i];
				if (to < 0 || to == from || from < 0 || !band.contains(state.residents[from] - r)
						|| !band.contains(state.residents[to] + r) || !touches(state, i, to)
						|| !state.connectedWithout(from, i)) {
					continue;
				}
				state.move(i, to);
				changed = true;
			}
		}
	}

	private static boolean touches(Regions state, int i, int region) {
		for (int j : state.graph.neighbours()[i]) {
			if (state.region[j] == region) {
				return true;
			}
		}
		return false;
	}

	/** How many areas are not in the neighbourhood they were in. */
	public static int moved(int[] before, int[] after) {
		int moved = 0;
		for (int i = 0; i < before.length; i++) {
			moved += before[i] != after[i] ? 1 : 0;
		}
		return moved;
	}

	private long outside(Regions state) {
		long total = 0;
		for (long r : state.residents) {
			total += band.shortfall(r);
		}
		return total;
	}

	private void tryMove(Regions state, int[] start, SplittableRandom random, double temperature) {
		AreaGraph g = state.graph;
		int i = random.nextInt(g.size());
		int[] around = g.neighbours()[i];
		if (around.length == 0 || state.region[i] < 0) {
			return;
		}
		int from = state.region[i];
		int to = state.region[around[random.nextInt(around.length)]];
		if (to < 0 || to == from || state.size[from] <= 1 || !state.connectedWithout(from, i)) {
			return;
		}
		long r = g.residents()[i];
		double before = band.shortfall(state.residents[from]) + band.shortfall(state.residents[to]);
		double after = band.shortfall(state.residents[from] - r) + band.shortfall(state.residents[to] + r);
		double delta = 1000.0 * (after - before) / band.min() + (start[i] == to ? -1 : 0) + (start[i] == from ? 1 : 0);
		if (delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature)) {
			state.move(i, to);
		}
	}

	/** Of each neighbourhood split in pieces, keeps the piece with most residents. */
	private static void keepLargestPieces(AreaGraph g, int[] region, int k) {
		int[] piece = new int[g.size()];
		Arrays.fill(piece, -1);
		long[] bestResidents = new long[k];
		int[] bestPiece = new int[k];
		Arrays.fill(bestPiece, -1);
		int pieces = 0;
		long[] residents = new long[g.size()];
		for (int s = 0; s < g.size(); s++) {
			if (region[s] < 0 || piece[s] >= 0) {
				continue;
			}
			ArrayDeque<Integer> queue = new ArrayDeque<>(java.util.List.of(s));
			piece[s] = pieces;
			while (!queue.isEmpty()) {
				int i = queue.poll();
				residents[pieces] += g.residents()[i];
				for (int j : g.neighbours()[i]) {
					if (piece[j] < 0 && region[j] == region[s]) {
						piece[j] = pieces;
						queue.add(j);
					}
				}
			}
			if (residents[pieces] > bestResidents[region[s]] || bestPiece[region[s]] < 0) {
				bestResidents[region[s]] = residents[pieces];
				bestPiece[region[s]] = pieces;
			}
			pieces++;
		}
		for (int i = 0; i < g.size(); i++) {
			if (region[i] >= 0 && piece[i] != bestPiece[region[i]]) {
				region[i] = -1;
			}
		}
	}

	/** Areas in no neighbourhood join a neighbouring one, nearest first. */
	private static void attachLoose(AreaGraph g, int[] region) {
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int i = 0; i < g.size(); i++) {
			if (region[i] >= 0) {
				queue.add(i);
			}
		}
		while (!queue.isEmpty()) {
			int i = queue.poll();
			for (int j : g.neighbours()[i]) {
				if (region[j] < 0) {
					region[j] = region[i];
					queue.add(j);
				}
			}
		}
	}

}
