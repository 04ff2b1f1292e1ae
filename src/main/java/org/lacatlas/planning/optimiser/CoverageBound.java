package org.lacatlas.planning.optimiser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An upper bound on the need N patches can cover: a fractional knapsack per group of free
 * areas ({@link FreeGroups}), the N patches shared out between the groups as well as they
 * could be.
 * <p>
 * Why it is valid: a patch is contiguous and made of free areas of at most the band's
 * maximum each, so it lies inside one group. Say an answer puts k patches in a group of R
 * residents: they are disjoint and each has at least the minimum, so k ≤ R ÷ min; they
 * hold at most k × max residents of the group, and the need of any areas of the group
 * with that many residents is at most the fractional knapsack's (areas taken by need per
 * resident, the last one in part). So the answer covers at most the sum over groups of
 * {@code value(group, k)}, and this bound is the most that sum can be with N patches in
 * all. {@code value} is concave in k (each extra patch buys room at a lower density), so
 * the best share is the N largest steps {@code value(k) − value(k − 1)} over all groups.
 * With one group and no minimum this is the plain fractional knapsack; groups too small
 * for a patch, or too small for a second one, are what make it tighter.
 */
final class CoverageBound {

	private CoverageBound() {
	}

	static double of(PlanningProblem p) {
		return of(p, FreeGroups.of(p));
	}

	static double of(PlanningProblem p, FreeGroups groups) {
		List<Double> steps = new ArrayList<>();
		for (int g = 0; g < groups.count(); g++) {
			double[] value = values(p, groups.areas(g), groups.mostPatches(g));
			for (int k = 1; k < value.length; k++) {
				steps.add(value[k] - value[k - 1]);
			}
		}
		steps.sort(Comparator.reverseOrder());
		double bound = 0;
		for (int k = 0; k < Math.min(p.patches(), steps.size()); k++) {
			bound += steps.get(k);
		}
		return bound;
	}

	/**
	 * The fractional knapsack of one group with room for 0, 1, … {@code most} patches of
	 * the band's maximum.
	 */
	static double[] values(PlanningProblem p, int[] areas, int most) {
		Integer[] order = Arrays.stream(areas).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingDouble((Integer i) -> density(p, i)).reversed());
		double[] value = new double[most + 1];
		int next = 0; // areas order[0..next) fit whole in the room
		double whole = 0;
		long used = 0;
		for (int k = 1; k <= most; k++) {
			long room = (long) k * p.maxResidents();
			while (next < order.length && used + p.residents()[order[next]] <= room) {
				used += p.residents()[order[next]];
				whole += p.need()[order[next]];
				next++;
			}
			double part = next < order.length ? (room - used) * density(p, order[next]) : 0;
			value[k] = whole + part;
		}
		return value;
	}

	static double density(PlanningProblem p, int i) {
		return p.need()[i] / Math.max(1, p.residents()[i]);
	}

}
