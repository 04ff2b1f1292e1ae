/**
 * Neighbourhoods: contiguous groups of whole small areas within the council's band of
 * residents (8,000–12,000 unless the council says otherwise), each normally one
 * coordinator's patch. Public face: {@link NeighbourhoodPlans} — read a council's plan
 * with live totals and validity, preview and save moves of small areas (a stale save is
 * refused), generate a partition ({@code partition} is the plain-Java algorithm), import
 * and export. Which post covers a neighbourhood comes from a {@link PatchDirectory} the
 * coordinator module provides.
 * <p>
 * Its SQL also reads council's {@code council} (the band a plan is judged against) and
 * geography's {@code small_area}, {@code ward} and {@code place}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Neighbourhoods",
		allowedDependencies = { "council", "geography", "system" })
package org.lacatlas.neighbourhood;
