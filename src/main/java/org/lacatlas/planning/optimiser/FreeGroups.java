package org.lacatlas.planning.optimiser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The free areas that could be in a new patch, in connected groups. An area with more
 * residents than the band's maximum is in no patch, so it is left out and may split a
 * group; a patch is contiguous, so each patch lies inside one group, and a group of R
 * residents holds at most R ÷ min disjoint patches (none when R is below the minimum:
 * those areas cannot be in any patch at all).
 */
final class FreeGroups {

	private final List<int[]> areas = new ArrayList<>();

	private final List<Integer> most = new ArrayList<>();

	private final List<Long> residents = new ArrayList<>();

	/** The group of each area, or −1 when it cannot be in any patch. */
	private final int[] group;

	private FreeGroups(int size) {
		group = new int[size];
		Arrays.fill(group, -1);
	}

	static FreeGroups of(PlanningProblem p) {
		FreeGroups groups = new FreeGroups(p.size());
		boolean[] seen = new boolean[p.size()];
		for (int s = 0; s < p.size(); s++) {
			if (usable(p, s) && !seen[s]) {
				groups.add(p, collect(p, s, seen));
			}
		}
		return groups;
	}

	private static boolean usable(PlanningProblem p, int i) {
		return p.available()[i] && p.residents()[i] <= p.maxResidents();
	}

	private static int[] collect(PlanningProblem p, int s, boolean[] seen) {
		List<Integer> found = new ArrayList<>();
		ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(s));
		seen[s] = true;
		while (!queue.isEmpty()) {
			int i = queue.poll();
			found.add(i);
			for (int j : p.neighbours()[i]) {
				if (usable(p, j) && !seen[j]) {
					seen[j] = true;
					queue.add(j);
				}
			}
		}
		return found.stream().mapToInt(Integer::intValue).sorted().toArray();
	}

	private void add(PlanningProblem p, int[] members) {
		long residents = Arrays.stream(members).mapToLong(i -> p.residents()[i]).sum();
		int fits = (int) Math.min(p.patches(), residents / p.minResidents());
		if (fits == 0) {
			return;
		}
		for (int i : members) {
			group[i] = areas.size();
		}
		areas.add(members);
		most.add(fits);
		this.residents.add(residents);
	}

	/** How many groups can hold a patch. */
	int count() {
		return areas.size();
	}

	/** Group g's areas, in index order. */
	int[] areas(int g) {
		return areas.get(g);
	}

	/** The most patches group g can hold (and at most N). */
	int mostPatches(int g) {
		return most.get(g);
	}

	/**
	 * Whether group g is one patch as it stands (its residents are inside the band): a
	 * patch, or several, inside it never cover more need than the whole group does.
	 */
	boolean fitsWhole(int g, PlanningProblem p) {
		return residents.get(g) <= p.maxResidents();
	}

	/** Area i's group, or −1 when no patch can contain it. */
	int groupOf(int i) {
		return group[i];
	}

	/** How many areas some patch could contain. */
	long usableCount() {
		return areas.stream().mapToLong(a -> a.length).sum();
	}

	/** Which areas some patch could contain: the others need no variables. */
	boolean[] usable() {
		boolean[] usable = new boolean[group.length];
		for (int i = 0; i < group.length; i++) {
			usable[i] = group[i] >= 0;
		}
		return usable;
	}

}
