/**
 * Introductions: people introduced to a coordinator, recorded anonymously (date, source,
 * support level, age band, needs and a coarse location: a postcode sector or a grid cell
 * of at least 250 m), apportioned to small areas and so to wards, neighbourhoods and
 * patches, and published only as aggregates through disclosure control: summaries by area
 * or category, and a hexagon density map. Public face: {@link Introductions}. Also loads
 * the postcode sectors that introductions are located by.
 * <p>
 * Its SQL also reads geography's tables, neighbourhood's {@code neighbourhood_plan},
 * {@code neighbourhood_area} and {@code neighbourhood}, and coordinator's
 * {@code coordinator_post}: an introduction's ward, neighbourhood and patch follow from
 * where it is counted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Introductions",
		allowedDependencies = { "council", "disclosure", "geography", "system" })
package org.lacatlas.introduction;
