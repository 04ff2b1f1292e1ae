/**
 * Coverage: read models over geography, neighbourhoods and coordinators. A small area is
 * covered when its neighbourhood has a coordinator in post; coverage of a ward or the
 * borough is covered residents over all residents (and the same for residents 65+). A gap
 * is a connected group of uncovered small areas, ranked by need. Public face:
 * {@link CoverageReports}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coverage")
package org.lacatlas.coverage;
