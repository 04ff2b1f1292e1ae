/**
 * Introductions: people introduced to a coordinator, recorded anonymously (date, source,
 * support level, age band, needs and a coarse location: a postcode sector or a grid cell
 * of at least 250 m), apportioned to small areas and so to wards, neighbourhoods and
 * patches, and published only as aggregates through disclosure control: summaries by area
 * or category, and a hexagon density map. Public face: {@link Introductions}. Also loads
 * the postcode sectors that introductions are located by.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Introductions")
package org.lacatlas.introduction;
