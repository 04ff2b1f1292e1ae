package org.lacatlas.introduction;

/**
 * Where one introduction is counted, as the coordinator who recorded it is told: the one
 * small area it was drawn into, by its neighbourhood (with the post whose patch that is,
 * if any) and ward. Nothing about anyone else's introductions.
 *
 * @param neighbourhood null when the small area is in no neighbourhood
 * @param patch the post whose patch the neighbourhood is, or null (out of area)
 * @param patchStatus IN_POST or VACANT, or null
 * @param outOfArea whether it lies in no post's patch
 */
public record CountedIn(String neighbourhood, String patch, String patchStatus, String wardCode, String ward,
		boolean outOfArea) {
}
