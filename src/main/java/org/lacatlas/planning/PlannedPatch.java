package org.lacatlas.planning;

import java.util.List;

/**
 * One proposed patch and why it was chosen: the need it covers (its marginal
 * contribution, since patches do not overlap) and its share of all the need the new
 * patches cover.
 */
public record PlannedPatch(int rank, String name, List<String> smallAreas, long residents, long residents65Plus,
		double need, double shareOfNewNeed, String outline) {
}
