package org.lacatlas.planning.optimiser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Patches being built: which area belongs to which patch, with the moves that keep every
 * patch valid.
 */
final class PatchSet {

	private static final int FREE = -1;

	private static final int UNAVAILABLE = -2;

	private final PlanningProblem p;

	private final int[] owner;

	private final List<Long> residents = new ArrayList<>();

	PatchSet(PlanningProblem p) {
		this.p = p;
		this.owner = new int[p.size()];
		for (int i = 0; i < p.size(); i++) {
			owner[i] = p.available()[i] ? FREE : UNAVAILABLE;
		}
	}

	boolean isFree(int i) {
		return owner[i] == FREE;
	}

	/**
	 * The patch grown from {@code seed} by taking the free neighbour with most need per
	 * resident that fits.
	 */
	int[] grow(int seed) {
		boolean[] in = new boolean[p.size()];
		List<Integer> members = new ArrayList<>(List.of(seed));
		in[seed] = true;
		long total = p.residents()[seed];
		while (true) {
			int best = -1;
			for (int m : members) {
				for (int j : p.neighbours()[m]) {
					if (owner[j] == FREE && !in[j] && total + p.residents()[j] <= p.maxResidents()
							&& (best < 0 || CoverageBound.density(p, j) > CoverageBound.density(p, best))) {
						best = j;
					}
				}
			}
			if (best < 0) {
				break;
			}
			in[best] = true;
			members.add(best);
			total += p.residents()[best];
		}
		return total >= p.minResidents() && total <= p.maxResidents()
				? members.stream().mapToInt(Integer::intValue).toArray() : null;
	}

	void add(int[] patch) {
		int id = residents.size();
		long total = 0;
		for (int i : patch) {
			owner[i] = id;
			total += p.residents()[i];
		}
		residents.add(total);
	}

	double needOf(int[] patch) {
		return Arrays.stream(patch).mapToDouble(i -> p.need()[i]).sum();
	}

	double need(int[] patch) {
		return needOf(patch);
	}

	double objective() {
		double total = 0;
		for (int i = 0; i < p.size(); i++) {
			total += owner[i] >= 0 ? p.need()[i] : 0;
		}
		return total;
	}

	List<int[]> patches() {
		List<int[]> patches = new ArrayList<>();
		for (int id = 0; id < residents.size(); id++) {
			int patch = id;
			patches.add(java.util.stream.IntStream.range(0, p.size()).filter(i -> owner[i] == patch).toArray());
		}
		return patches;
	}

	/**
	 * Adds free neighbours that fit, and swaps boundary areas for needier free ones,
	 * until nothing helps.
	 */
	void improve() {
		boolean improved = true;
		while (improved) {
			improved = false;
			for (int j = 0; j < p.size(); j++) {
				if (owner[j] == FREE && (tryAdd(j) || trySwapIn(j))) {
					improved = true;
				}
			}
		}
	}

	private boolean tryAdd(int j) {
		for (int n : p.neighbours()[j]) {
			int id = owner[n];
			if (id >= 0 && residents.get(id) + p.residents()[j] <= p.maxResidents()) {
				move(j, FREE, id);
				return true;
			}
		}
		return false;
	}

	private boolean trySwapIn(int j) {
		for (int n : p.neighbours()[j]) {
			int id = owner[n];
			if (id < 0) {
				continue;
			}
			for (int i = 0; i < p.size(); i++) {
				long after = residents.get(id) - p.residents()[i] + p.residents()[j];
				if (owner[i] == id && p.need()[i] < p.need()[j] && after >= p.minResidents()
						&& after <= p.maxResidents() && connectedAfterSwap(id, i, j)) {
					move(i, id, FREE);
					move(j, FREE, id);
					return true;
				}
			}
		}
		return false;
	}

	private void move(int i, int from, int to) {
		if (from >= 0) {
			residents.set(from, residents.get(from) - p.residents()[i]);
		}
		if (to >= 0) {
			residents.set(to, residents.get(to) + p.residents()[i]);
		}
		owner[i] = to;
	}

	/**
	 * Whether patch {@code id} without {@code out} and with {@code in} is one connected
	 * piece.
	 */
	private boolean connectedAfterSwap(int id, int out, int in) {
		boolean[] seen = new boolean[p.size()];
		ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(in));
		seen[in] = true;
		seen[out] = true;
		int reached = 0;
		while (!queue.isEmpty()) {
			int i = queue.poll();
			reached++;
			for (int j : p.neighbours()[i]) {
				if (!seen[j] && owner[j] == id) {
					seen[j] = true;
					queue.add(j);
				}
			}
		}
		long members = java.util.stream.IntStream.range(0, p.size()).filter(i -> owner[i] == id).count();
		return reached == members; // members − out + in
	}

}
