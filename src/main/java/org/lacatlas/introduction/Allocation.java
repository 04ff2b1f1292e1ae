package org.lacatlas.introduction;

import java.util.List;

/**
 * Where an introduction is counted: shares of neighbourhoods (each with the post whose
 * patch it is, if any) and of wards, summing to 1, as the recording coordinator sees
 * them. A sector usually spans several neighbourhoods; its introductions are shared
 * between them in proportion to the sector's postcodes.
 *
 * @param outOfArea the share lying in no post's patch
 */
public record Allocation(List<NeighbourhoodShare> neighbourhoods, List<WardShare> wards, double outOfArea) {

	/**
	 * @param patch the post whose patch the neighbourhood is, or null (out of area)
	 */
	public record NeighbourhoodShare(String name, double share, String patch, String patchStatus) {
	}

	public record WardShare(String code, String name, double share) {
	}

}
