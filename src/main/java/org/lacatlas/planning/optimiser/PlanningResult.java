package org.lacatlas.planning.optimiser;

import java.util.List;

/**
 * The chosen patches (area indices), the need they cover, and an upper bound on the need
 * any choice of patches could cover, so the planner sees how close to the best this
 * answer is.
 *
 * @param shortBy how many of the asked-for patches could not be placed (0 when all were)
 */
public record PlanningResult(List<int[]> patches, double[] patchNeed, double objective, double upperBound,
		int shortBy) {

	/** objective / upper bound, 1 when nothing was asked. */
	public double ratio() {
		return upperBound == 0 ? 1 : objective / upperBound;
	}

}
