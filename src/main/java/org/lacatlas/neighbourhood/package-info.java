/**
 * Neighbourhoods: contiguous groups of whole small areas of 8,000–12,000 residents (the
 * band is set per plan), each normally one coordinator's patch. Public face:
 * {@link NeighbourhoodPlans} — read a council's plan with live totals and validity,
 * preview and save moves of small areas (a stale save is refused), generate a partition
 * ({@code partition} is the plain-Java algorithm), import and export. Which post covers a
 * neighbourhood comes from a {@link PatchDirectory} the coordinator module provides.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Neighbourhoods")
package org.lacatlas.neighbourhood;
