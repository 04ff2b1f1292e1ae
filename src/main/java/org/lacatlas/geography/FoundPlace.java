package org.lacatlas.geography;

/**
 * A town or village, ward or postcode sector of the council whose name matched a search.
 *
 * @param kind {@code town}, {@code ward} or {@code postcode-sector}
 * @param name what it is called: "Grays", "Belhus", "RM17 6"
 * @param label for a postcode sector, the town or ward it mostly holds; else null
 * @param lon WGS84 longitude of a point inside it (a town's own point, a ward's point on
 * surface, a sector's mean postcode point)
 * @param lat WGS84 latitude of that point
 * @param bbox WGS84 {@code [west, south, east, north]} of a ward or sector, to fit the
 * map to; null for a town (a point)
 */
public record FoundPlace(String kind, String name, String label, double lon, double lat, double[] bbox) {
}
