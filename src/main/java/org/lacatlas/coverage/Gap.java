package org.lacatlas.coverage;

import java.util.List;

/**
 * A connected group of uncovered small areas.
 *
 * @param meanImdDecile residents-weighted mean IMD decile (1 = most deprived)
 * @param need the need score from the planner's weights, in resident-equivalents: a gap
 * of borough-average age and deprivation scores about its residents
 * @param wards the wards it touches, by code
 */
public record Gap(int rank, List<String> smallAreas, List<String> wards, long residents, long residents65Plus,
		Double meanImdDecile, double need) {
}
