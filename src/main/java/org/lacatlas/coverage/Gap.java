package org.lacatlas.coverage;

import java.util.List;

import org.lacatlas.disclosure.SuppressedCount;

/**
 * A connected group of uncovered small areas.
 *
 * @param meanImdDecile residents-weighted mean IMD decile (1 = most deprived)
 * @param need the need score from the planner's weights, in resident-equivalents: a gap
 * of borough-average age and deprivation scores about its residents
 * @param wards the wards it touches, by code
 * @param introductions introductions located in it (all out of area), through disclosure
 * control
 * @param assets published community assets in it
 */
public record Gap(int rank, List<String> smallAreas, List<String> wards, long residents, long residents65Plus,
		Double meanImdDecile, double need, SuppressedCount introductions, long assets) {
}
