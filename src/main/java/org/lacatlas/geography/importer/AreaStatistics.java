package org.lacatlas.geography.importer;

/**
 * Census counts and deprivation of one small area.
 *
 * @param imdDecile 1 (most deprived 10 % in England) to 10, or null where the file has
 * none
 */
public record AreaStatistics(String code, int residents, int residents65Plus, Integer imdDecile) {
}
