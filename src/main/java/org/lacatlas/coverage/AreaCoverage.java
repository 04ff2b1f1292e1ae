package org.lacatlas.coverage;

/**
 * One small area as coverage sees it.
 *
 * @param neighbourhoodId its neighbourhood in the council's plan, or null
 * @param covered its neighbourhood has a coordinator in post
 */
public record AreaCoverage(String code, String wardCode, String wardName, Long neighbourhoodId,
		String neighbourhoodName, long residents, long residents65Plus, Integer imdDecile, boolean covered) {
}
