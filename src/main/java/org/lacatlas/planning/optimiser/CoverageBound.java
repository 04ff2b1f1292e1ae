package org.lacatlas.planning.optimiser;

import java.util.Arrays;
import java.util.Comparator;

/**
 * An upper bound on the need N patches can cover: a fractional knapsack over the free
 * areas with room for N × max residents, taking areas in order of need per resident.
 * Every real answer is a choice of whole, disjoint, contiguous areas within that room, so
 * none can cover more.
 */
final class CoverageBound {

	private CoverageBound() {
	}

	static double of(PlanningProblem p) {
		Integer[] order = java.util.stream.IntStream.range(0, p.size())
			.filter(i -> p.available()[i])
			.boxed()
			.toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingDouble((Integer i) -> density(p, i)).reversed());
		double room = (double) p.patches() * p.maxResidents();
		double bound = 0;
		for (int i : order) {
			if (room <= 0) {
				break;
			}
			double take = Math.min(1, room / Math.max(1, p.residents()[i]));
			bound += take * p.need()[i];
			room -= take * p.residents()[i];
		}
		return bound;
	}

	static double density(PlanningProblem p, int i) {
		return p.need()[i] / Math.max(1, p.residents()[i]);
	}

}
