/**
 * OGC API – Features (Part 1, read) and Mapbox vector tiles, so GIS clients such as QGIS
 * and ArcGIS can add LAC Atlas layers directly: wards and small areas for anyone,
 * neighbourhoods and published assets for signed-in users. Introductions are never a
 * collection; their hexagon density is served as tiles too, for its readers only, built
 * and disclosure-controlled by the introduction module ({@code DensityTiles}). PostGIS
 * builds the GeoJSON and the tiles.
 * <p>
 * Its collections' SQL reads geography's {@code ward}, {@code small_area} and
 * {@code authority}, neighbourhood's and coordinator's tables, and asset's {@code asset}
 * (published only), always through the same fixed sources.
 */
@org.springframework.modulith.ApplicationModule(displayName = "OGC services",
		allowedDependencies = { "council", "geography", "introduction", "system" })
package org.lacatlas.ogc;
