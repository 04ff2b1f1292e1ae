package org.lacatlas.planning.optimiser;

/**
 * Where to put N new coordinators: areas by index with residents, need (any non-negative
 * measure) and whether they are free to be covered, their adjacency, the band each patch
 * must fit, and N.
 */
public record PlanningProblem(int[] residents, double[] need, boolean[] available, int[][] neighbours, int minResidents,
		int maxResidents, int patches) {

	public PlanningProblem {
		if (minResidents <= 0 || maxResidents < minResidents) {
			throw new IllegalArgumentException("the band must be 0 < min ≤ max");
		}
		if (patches < 0) {
			throw new IllegalArgumentException("the number of new patches cannot be negative");
		}
	}

	public int size() {
		return residents.length;
	}

}
