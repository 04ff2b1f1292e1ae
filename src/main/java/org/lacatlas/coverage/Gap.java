package org.lacatlas.coverage;

import java.util.List;

import org.lacatlas.disclosure.SuppressedCount;

/**
 * A connected group of uncovered small areas within one ward (best-fit ward of each small
 * area): one block of uncovered borough is split at ward boundaries so the ranking lists
 * parts an officer can act on.
 *
 * @param name the ward's name, with "(1 of 2)" when the ward holds more than one gap
 * @param meanImdDecile residents-weighted mean IMD decile (1 = most deprived)
 * @param need the need score from the planner's weights, in resident-equivalents: a gap
 * of borough-average age and deprivation scores about its residents
 * @param wards the wards it touches, by code
 * @param introductions introductions located in it (all out of area), through disclosure
 * control
 * @param assets published community assets in it
 */
public record Gap(int rank, String name, List<String> smallAreas, List<String> wards, long residents,
		long residents65Plus, Double meanImdDecile, double need, SuppressedCount introductions, long assets) {
}
