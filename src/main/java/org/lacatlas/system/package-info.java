/**
 * System: what every module shares at the edge — the map's settings
 * ({@code /api/config}), one place that turns unexpected failures into
 * {@code application/problem+json}, and the data versions under which built answers are
 * cached without ever going stale.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System", allowedDependencies = {})
package org.lacatlas.system;
