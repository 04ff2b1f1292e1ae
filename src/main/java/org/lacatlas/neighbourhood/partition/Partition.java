package org.lacatlas.neighbourhood.partition;

import java.util.List;

/**
 * The answer of {@link BandedPartitioner}: {@code region[i]} is the region of area
 * {@code i} (0..k−1), or −1 for areas that could not be placed. {@code problems} says, in
 * a planner's words, which areas could not be made into a valid neighbourhood and why; it
 * is empty when every region is contiguous and inside the band.
 */
public record Partition(int[] region, int regions, List<Problem> problems) {

	/** A group of areas (indices) that cannot form valid neighbourhoods, and why. */
	public record Problem(int[] areas, String reason) {
	}

	public boolean feasible() {
		return problems.isEmpty();
	}

}
