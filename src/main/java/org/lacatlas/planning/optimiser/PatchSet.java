package org.lacatlas.planning.optimiser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Patches being built: which area belongs to which patch, with the moves that keep every
 * patch valid. Each patch keeps its members in index order, so no step walks every area
 * of the problem: at England scale (189,000 areas) that made each step cost as much as
 * the whole of Thurrock.
 */
final class PatchSet {

	private static final int FREE = -1;

	private static final int UNAVAILABLE = -2;

	private final PlanningProblem p;

	private final int[] owner;

	private final List<Long> residents = new ArrayList<>();

	private final List<TreeSet<Integer>> members = new ArrayList<>();

	/** Marks of the current search: area i is marked when {@code mark[i] == stamp}. */
	private final int[] mark;

	private int stamp;

	PatchSet(PlanningProblem p) {
		this.p = p;
		this.owner = new int[p.size()];
		this.mark = new int[p.size()];
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
		return grow(seed, null);
	}

	/**
	 * As {@link #grow(int)}; also adds to {@code examined} every area whose owner the
	 * growth looked at (the seed, the members and their neighbours): the result changes
	 * only when one of those changes owner.
	 */
	int[] grow(int seed, List<Integer> examined) {
		int in = nextStamp();
		List<Integer> members = new ArrayList<>(List.of(seed));
		mark[seed] = in;
		long total = p.residents()[seed];
		while (true) {
			int best = -1;
			for (int m : members) {
				for (int j : p.neighbours()[m]) {
					if (owner[j] == FREE && mark[j] != in && total + p.residents()[j] <= p.maxResidents()
							&& (best < 0 || CoverageBound.density(p, j) > CoverageBound.density(p, best))) {
						best = j;
					}
				}
			}
			if (best < 0) {
				break;
			}
			mark[best] = in;
			members.add(best);
			total += p.residents()[best];
		}
		if (examined != null) {
			for (int m : members) {
				examined.add(m);
				for (int j : p.neighbours()[m]) {
					examined.add(j);
				}
			}
		}
		return total >= p.minResidents() && total <= p.maxResidents()
				? members.stream().mapToInt(Integer::intValue).toArray() : null;
	}

	private int nextStamp() {
		if (stamp == Integer.MAX_VALUE) {
			Arrays.fill(mark, 0);
			stamp = 0;
		}
		return ++stamp;
	}

	void add(int[] patch) {
		int id = residents.size();
		long total = 0;
		TreeSet<Integer> in = new TreeSet<>();
		for (int i : patch) {
			owner[i] = id;
			total += p.residents()[i];
			in.add(i);
		}
		residents.add(total);
		members.add(in);
	}

	/** How many patches there are. */
	int count() {
		return residents.size();
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
		for (TreeSet<Integer> in : members) {
			patches.add(in.stream().mapToInt(Integer::intValue).toArray());
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
			for (int i : members.get(id)) {
				long after = residents.get(id) - p.residents()[i] + p.residents()[j];
				if (p.need()[i] < p.need()[j] && after >= p.minResidents() && after <= p.maxResidents()
						&& connectedAfterSwap(id, i, j)) {
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
			members.get(from).remove(i);
		}
		if (to >= 0) {
			residents.set(to, residents.get(to) + p.residents()[i]);
			members.get(to).add(i);
		}
		owner[i] = to;
	}

	/**
	 * Whether patch {@code id} without {@code out} and with {@code in} is one connected
	 * piece.
	 */
	private boolean connectedAfterSwap(int id, int out, int in) {
		int seen = nextStamp();
		ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(in));
		mark[in] = seen;
		mark[out] = seen;
		int reached = 0;
		while (!queue.isEmpty()) {
			int i = queue.poll();
			reached++;
			for (int j : p.neighbours()[i]) {
				if (mark[j] != seen && owner[j] == id) {
					mark[j] = seen;
					queue.add(j);
				}
			}
		}
		return reached == members.get(id).size(); // members − out + in
	}

}
