/**
 * Coverage: read models over geography, neighbourhoods and coordinators. A small area is
 * covered when its neighbourhood has a coordinator in post; coverage of a ward or the
 * borough is covered residents over all residents (and the same for residents 65+). A gap
 * is a connected group of uncovered small areas, ranked by need. Public face:
 * {@link CoverageReports}.
 * <p>
 * Its SQL reads the {@code small_area_coverage} view (over geography's, neighbourhood's
 * and coordinator's tables, defined with them), geography's {@code small_area},
 * {@code ward} and {@code authority}, asset's {@code asset} (published assets per area),
 * and introduction's tables (out-of-area introductions of gaps).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coverage",
		allowedDependencies = { "coordinator", "council", "disclosure", "geography", "system" })
package org.lacatlas.coverage;
