package org.lacatlas.coverage;

/**
 * One small area as coverage sees it.
 *
 * @param neighbourhoodId its neighbourhood in the council's plan, or null
 * @param covered its neighbourhood has a coordinator in post
 * @param hasPost its neighbourhood is some post's patch, whether in post, vacant or
 * proposed
 */
public record AreaCoverage(String code, String wardCode, String wardName, Long neighbourhoodId,
		String neighbourhoodName, long residents, long residents65Plus, Integer imdDecile, boolean covered,
		boolean hasPost, long assets) {
}
