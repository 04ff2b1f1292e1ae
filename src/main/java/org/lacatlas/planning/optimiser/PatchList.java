package org.lacatlas.planning.optimiser;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Every patch the band allows among the free areas: each connected set of a group's areas
 * whose residents are inside the band, listed once. A group that fits the band whole is
 * listed as that one patch only, since a patch inside it never covers more need than the
 * whole group.
 * <p>
 * At council scale and an 8,000–12,000 band a patch is three to nine small areas, so the
 * list is short enough to hold (Thurrock's 79 free areas: 140,867 patches, listed in
 * under a second). A wider band or larger groups make it grow fast, so listing stops at a
 * limit or a deadline and says it could not finish.
 */
final class PatchList {

	private final PlanningProblem p;

	private final boolean[] usable;

	private final int limit;

	private final long deadline;

	private final List<int[]> patches = new ArrayList<>();

	private int root;

	private boolean stopped;

	private PatchList(PlanningProblem p, FreeGroups groups, int limit, long deadline) {
		this.p = p;
		this.usable = groups.usable();
		this.limit = limit;
		this.deadline = deadline;
	}

	/**
	 * @param limit the most patches to hold
	 * @param deadline {@link System#nanoTime()} by which listing must have finished
	 * @return every patch, or null when there are more than {@code limit} or the deadline
	 * came first
	 */
	static List<int[]> of(PlanningProblem p, FreeGroups groups, int limit, long deadline) {
		PatchList list = new PatchList(p, groups, limit, deadline);
		for (int g = 0; g < groups.count() && !list.stopped; g++) {
			if (groups.fitsWhole(g, p)) {
				list.patches.add(groups.areas(g));
			}
			else {
				for (int r : groups.areas(g)) {
					list.grow(r);
				}
			}
		}
		return list.stopped ? null : list.patches;
	}

	/** The connected sets whose lowest area is r. */
	private void grow(int r) {
		root = r;
		BitSet in = new BitSet();
		in.set(r);
		grow(in, p.residents()[r], neighboursAbove(r, in, new BitSet(), new BitSet()), new BitSet());
	}

	/**
	 * Each set is reached once: a candidate is either taken (its new neighbours become
	 * candidates) or, for the rest of this branch, barred.
	 */
	private void grow(BitSet in, long residents, BitSet candidates, BitSet barred) {
		if (stopped) {
			return;
		}
		if (residents >= p.minResidents()) {
			patches.add(in.stream().toArray());
			if (patches.size() > limit || (patches.size() % 4096 == 0 && System.nanoTime() > deadline)) {
				stopped = true;
				return;
			}
		}
		BitSet rest = (BitSet) candidates.clone();
		BitSet bar = (BitSet) barred.clone();
		for (int v = candidates.nextSetBit(0); v >= 0 && !stopped; v = candidates.nextSetBit(v + 1)) {
			rest.clear(v);
			bar.set(v);
			long more = residents + p.residents()[v];
			if (more <= p.maxResidents()) {
				in.set(v);
				grow(in, more, neighboursAbove(v, in, bar, rest), bar);
				in.clear(v);
			}
		}
	}

	/**
	 * The candidates after taking v: those left, and v's free neighbours above the root.
	 */
	private BitSet neighboursAbove(int v, BitSet in, BitSet barred, BitSet rest) {
		BitSet next = (BitSet) rest.clone();
		for (int w : p.neighbours()[v]) {
			if (w > root && usable[w] && !in.get(w) && !barred.get(w)) {
				next.set(w);
			}
		}
		return next;
	}

}
