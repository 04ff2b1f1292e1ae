package org.lacatlas.planning;

import java.util.List;

/**
 * The planner's answer.
 *
 * @param objective need covered by the new patches (resident-equivalents)
 * @param upperBound proved: no choice of patches could cover more than this
 * @param ratio objective ÷ upper bound, to 3 places
 * @param gap 1 − objective ÷ upper bound, to 4 places (0 when proved optimal)
 * @param optimal the solver proved no choice of patches covers more need
 * @param boundBy how the bound was proved
 * @param shortBy how many asked-for patches could not be placed
 * @param before coverage with the posts in post today
 * @param after coverage if the new patches' posts were filled
 * @param cost null while the council has not stated its costs
 */
public record ExpansionPlan(int coordinatorsAsked, List<PlannedPatch> patches, double objective, double upperBound,
		double ratio, double gap, boolean optimal, String boundBy, int shortBy, Coverage before, Coverage after,
		Cost cost, long millis) {

	/** Residents and residents 65+ covered, and their shares of the council's area. */
	public record Coverage(long residents, double share, long residents65Plus, double share65Plus) {
	}

	/**
	 * Yearly cost today, of the new posts, and in total; and the cost per covered
	 * resident after.
	 */
	public record Cost(long today, long added, long total, double perCoveredResident) {
	}

}
