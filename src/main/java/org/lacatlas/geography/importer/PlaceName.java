package org.lacatlas.geography.importer;

/** A town or village label point in WGS84 longitude/latitude. */
public record PlaceName(String name, double lon, double lat) {
}
