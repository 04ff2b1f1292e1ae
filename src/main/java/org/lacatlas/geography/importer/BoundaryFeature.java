package org.lacatlas.geography.importer;

import org.locationtech.jts.geom.Geometry;

/**
 * One polygon feature read from a boundary file, still in the file's coordinates.
 *
 * @param file the file it was read from, as the manifest names it (with the table of a
 * GeoPackage), for messages
 * @param number the feature's position in the file, from 1, for messages
 * @param srid the EPSG code of {@code geometry}'s coordinates
 */
public record BoundaryFeature(String file, int number, String code, String name, Geometry geometry, int srid) {

	/** Where the feature is, as messages name it: {@code file feature 3 (E01015923)}. */
	public String where() {
		return file + " feature " + number + " (" + code + ")";
	}

}
