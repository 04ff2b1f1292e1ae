/**
 * Geography: the council (local authority), its electoral wards and the small statistical
 * areas (LSOAs) with their Census counts and deprivation. Its public face is
 * {@link GeographyImporter} (load a council from boundary files and a statistics CSV,
 * all-or-nothing) and the read-only GeoJSON API under {@code /api/borough},
 * {@code /api/wards}, {@code /api/small-areas} and {@code /api/places}. Geometry is
 * stored in EPSG:27700 and served in WGS84.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography",
		allowedDependencies = { "council", "system" })
package org.lacatlas.geography;
