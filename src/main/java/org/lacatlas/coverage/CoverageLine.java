package org.lacatlas.coverage;

import org.lacatlas.disclosure.SuppressedCount;

/**
 * Coverage of one place: the borough, a ward or a neighbourhood.
 *
 * @param share covered residents / residents, 0–1 (null when there are no residents)
 * @param share65Plus covered residents 65+ / residents 65+, 0–1
 * @param introductions introductions located here (all released months), through
 * disclosure control: 0, a multiple of k, or "&lt;k"
 * @param introductionsCovered the same for the covered part
 * @param assets published community assets here; assetsCovered those in the covered part
 */
public record CoverageLine(String code, String name, long residents, long residentsCovered, Double share,
		long residents65Plus, long residents65PlusCovered, Double share65Plus, SuppressedCount introductions,
		SuppressedCount introductionsCovered, long assets, long assetsCovered) {

	static CoverageLine of(String code, String name, long residents, long covered, long older, long olderCovered,
			SuppressedCount introductions, SuppressedCount introductionsCovered, long assets, long assetsCovered) {
		return new CoverageLine(code, name, residents, covered, ratio(covered, residents), older, olderCovered,
				ratio(olderCovered, older), introductions, introductionsCovered, assets, assetsCovered);
	}

	/** The same line with its introductions as published in a table. */
	CoverageLine withIntroductions(SuppressedCount all, SuppressedCount covered) {
		return new CoverageLine(code, name, residents, residentsCovered, share, residents65Plus, residents65PlusCovered,
				share65Plus, all, covered, assets, assetsCovered);
	}

	private static Double ratio(long part, long whole) {
		return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
	}

}
