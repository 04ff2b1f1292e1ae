package org.lacatlas.geography.importer;

import org.locationtech.jts.geom.Geometry;

/**
 * One polygon feature read from a boundary file, still in the file's coordinates.
 *
 * @param number the feature's position in the file, from 1, for error messages
 * @param srid the EPSG code of {@code geometry}'s coordinates
 */
public record BoundaryFeature(int number, String code, String name, Geometry geometry, int srid) {
}
