package org.lacatlas.planning;

import java.util.List;

/**
 * What covering every resident takes.
 *
 * @param existingPosts posts whose patches are kept (in post, vacant or proposed)
 * @param newCoordinators the fewest new patches that, with the existing ones, cover every
 * small area
 * @param lowerBound proved: no split of the rest needs fewer than this many new patches
 * @param optimal {@code newCoordinators} equals the lower bound, or the solver proved it
 * @param yearlyCostToday pounds a year for the posts in post today (and a manager); null
 * while the council has not stated its costs
 * @param yearlyCostFull pounds a year for every coordinator of full coverage (and a
 * manager); null likewise
 * @param curve residents covered against yearly cost, from today to full coverage
 */
public record FullCoverageAnswer(int minResidents, int maxResidents, int existingPosts, int newCoordinators,
		int totalCoordinators, long lowerBound, boolean optimal, String boundBy, Long yearlyCostToday,
		Long yearlyCostFull, List<Point> curve, List<Patch> patches) {

	/**
	 * One step of the curve: {@code added} new coordinators (0 for today and for the
	 * existing posts filled), all coordinators, residents covered, their share, yearly
	 * cost.
	 */
	public record Point(int added, int coordinators, long residentsCovered, double share, Long yearlyCost) {
	}

	/**
	 * One new patch of the full-coverage split, most residents first, named after the
	 * towns (else the ward) it holds.
	 */
	public record Patch(int rank, String name, List<String> smallAreas, long residents) {
	}

}
