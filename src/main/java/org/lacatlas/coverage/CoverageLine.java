package org.lacatlas.coverage;

/**
 * Coverage of one place: the borough, a ward or a neighbourhood.
 *
 * @param share covered residents / residents, 0–1 (null when there are no residents)
 * @param share65Plus covered residents 65+ / residents 65+, 0–1
 */
public record CoverageLine(String code, String name, long residents, long residentsCovered, Double share,
		long residents65Plus, long residents65PlusCovered, Double share65Plus) {

	static CoverageLine of(String code, String name, long residents, long covered, long older, long olderCovered) {
		return new CoverageLine(code, name, residents, covered, ratio(covered, residents), older, olderCovered,
				ratio(olderCovered, older));
	}

	private static Double ratio(long part, long whole) {
		return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
	}

}
