package org.lacatlas.neighbourhood;

import java.util.List;

/**
 * One neighbourhood with live totals and its validity verdict.
 *
 * @param polsbyPopper compactness of the outline, 4πA/P²: 1 for a circle, near 0 for a
 * ribbon; null before the outline is saved
 * @param problems why it is not valid, in plain English; empty when {@code valid}
 */
public record NeighbourhoodSummary(long id, String name, long residents, long residents65Plus, List<String> smallAreas,
		boolean valid, List<String> problems, Double polsbyPopper) {
}
