/**
 * System: what every module shares at the edge — the map's settings ({@code /api/config})
 * and one place that turns unexpected failures into {@code application/problem+json}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package org.lacatlas.system;
