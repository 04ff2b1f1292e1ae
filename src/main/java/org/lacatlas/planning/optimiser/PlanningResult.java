package org.lacatlas.planning.optimiser;

import java.util.List;

/**
 * The chosen patches (area indices), the need they cover, and a proved upper bound on the
 * need any choice of patches could cover, so the planner sees how close to the best this
 * answer is.
 *
 * @param shortBy how many of the asked-for patches could not be placed (0 when all were)
 * @param optimal the solver proved that no choice covers more need
 * @param boundBy how the bound was proved ("pricing every patch", "CP-SAT", "fractional
 * knapsack")
 */
public record PlanningResult(List<int[]> patches, double[] patchNeed, double objective, double upperBound, int shortBy,
		boolean optimal, String boundBy) {

	/** objective / upper bound, 1 when nothing was asked. */
	public double ratio() {
		return upperBound == 0 ? 1 : objective / upperBound;
	}

	/** (bound − objective) ÷ bound: how much more need the best answer could cover. */
	public double gap() {
		return optimal || upperBound == 0 ? 0 : Math.max(0, (upperBound - objective) / upperBound);
	}

}
