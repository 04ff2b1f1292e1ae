package org.lacatlas.geography;

/**
 * What an import did.
 *
 * @param changed false when the files were identical to the last import, which was then
 * skipped
 */
public record ImportReport(String authorityCode, String authorityName, int wards, int smallAreas, int places,
		long residents, boolean changed, long millis) {
}
