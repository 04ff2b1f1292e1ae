package org.lacatlas.planning.optimiser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.lacatlas.neighbourhood.partition.Band;
import org.lacatlas.neighbourhood.partition.BandDiagnosis;

/**
 * Why not one new patch fits the band among the free areas, and the nearest band where
 * one surely does. A connected group of free areas with R residents, none above X, holds
 * a patch of any band [lo, hi] with lo ≤ R and hi − lo ≥ X (grow one area at a time: the
 * total passes through the band), so the band suggested always works.
 */
public final class PlacementDiagnosis {

	private PlacementDiagnosis() {
	}

	public static BandDiagnosis.Verdict of(PlanningProblem p) {
		List<BandDiagnosis.Cause> causes = new ArrayList<>();
		Band best = null;
		long bestCost = Long.MAX_VALUE;
		boolean[] seen = new boolean[p.size()];
		for (int s = 0; s < p.size(); s++) {
			if (!p.available()[s] || seen[s]) {
				continue;
			}
			List<Integer> group = group(p, s, seen);
			long total = group.stream().mapToLong(i -> p.residents()[i]).sum();
			long largest = group.stream().mapToLong(i -> p.residents()[i]).max().orElse(0);
			int[] areas = group.stream().mapToInt(Integer::intValue).toArray();
			causes.add(total < p.minResidents()
					? new BandDiagnosis.Cause("group below the minimum", areas, total,
							"these free areas are cut off from other free areas and have only " + total
									+ " residents, fewer than the band's minimum of " + p.minResidents())
					: new BandDiagnosis.Cause("no connected part fits", areas, total,
							"these free areas have " + total + " residents but no connected part of them fits "
									+ p.minResidents() + "–" + p.maxResidents()));
			long lo = Math.min(p.minResidents(), total);
			long hi = Math.max(p.maxResidents(), lo + largest);
			long cost = (p.minResidents() - lo) + (hi - p.maxResidents());
			if (cost < bestCost) {
				bestCost = cost;
				best = new Band((int) lo, (int) hi);
			}
		}
		if (causes.isEmpty()) {
			causes.add(new BandDiagnosis.Cause("no free areas", new int[0], 0,
					"every small area is already in an existing post's patch"));
		}
		return new BandDiagnosis.Verdict(causes, best);
	}

	private static List<Integer> group(PlanningProblem p, int s, boolean[] seen) {
		List<Integer> group = new ArrayList<>();
		ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(s));
		seen[s] = true;
		while (!queue.isEmpty()) {
			int i = queue.poll();
			group.add(i);
			for (int j : p.neighbours()[i]) {
				if (p.available()[j] && !seen[j]) {
					seen[j] = true;
					queue.add(j);
				}
			}
		}
		return group;
	}

}
