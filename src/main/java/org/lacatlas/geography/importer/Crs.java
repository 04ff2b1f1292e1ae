package org.lacatlas.geography.importer;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a coordinate reference system name as an EPSG code (the SRID PostGIS transforms
 * from).
 */
final class Crs {

	static final int WGS84 = 4326;

	private static final Pattern EPSG = Pattern.compile("EPSG(?:::?|/\\d+/)(\\d+)$");

	private Crs() {
	}

	/**
	 * {@code EPSG:27700}, {@code urn:ogc:def:crs:EPSG::27700} and
	 * {@code http://www.opengis.net/def/crs/EPSG/0/27700} give 27700; CRS84 names give
	 * 4326 (longitude, latitude order, as PostGIS treats 4326).
	 */
	static OptionalInt srid(String name) {
		if (name == null || name.isBlank()) {
			return OptionalInt.empty();
		}
		String upper = name.trim().toUpperCase(Locale.ROOT);
		if (upper.endsWith("CRS84")) {
			return OptionalInt.of(WGS84);
		}
		Matcher m = EPSG.matcher(upper);
		return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
	}

}
