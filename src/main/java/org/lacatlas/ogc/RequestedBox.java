package org.lacatlas.ogc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lacatlas.geography.BoundingBox;

/**
 * The {@code bbox} of an OGC API – Features request (Part 1, 7.15.3): four numbers
 * {@code minLon,minLat,maxLon,maxLat} in CRS84, or six with heights
 * {@code minLon,minLat,minHeight,maxLon,maxLat,maxHeight} (heights are ignored: every
 * feature here is flat). A box whose west edge is east of its east edge crosses the
 * antimeridian. Any valid box is accepted; only its parts over Great Britain can hold
 * features, so {@link #parts} are those parts (none for a box over Paris or the poles).
 */
record RequestedBox(String text, List<BoundingBox> parts) {

	static RequestedBox parse(String text) {
		String[] values = text.split(",", -1);
		if (values.length != 4 && values.length != 6) {
			throw new IllegalArgumentException(
					"bbox must be 4 numbers (minLon,minLat,maxLon,maxLat) or 6 with heights, " + "not " + values.length
							+ " values.");
		}
		double[] v = new double[values.length];
		for (int i = 0; i < v.length; i++) {
			try {
				v[i] = Double.parseDouble(values[i].strip());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(
						String.format(Locale.ROOT, "bbox value %d ('%s') is not a number.", i + 1, values[i].strip()));
			}
			if (!Double.isFinite(v[i])) {
				throw new IllegalArgumentException("bbox values must be finite numbers.");
			}
		}
		int up = v.length == 6 ? 3 : 2;
		return of(text, v[0], v[1], v[up], v[up + 1]);
	}

	private static RequestedBox of(String text, double west, double south, double east, double north) {
		if (Math.abs(west) > 180 || Math.abs(east) > 180 || Math.abs(south) > 90 || Math.abs(north) > 90) {
			throw new IllegalArgumentException("bbox is outside longitude -180..180 / latitude -90..90.");
		}
		if (south >= north) {
			throw new IllegalArgumentException("bbox's minimum latitude must be below its maximum.");
		}
		if (west == east) {
			throw new IllegalArgumentException("bbox's minimum and maximum longitude are the same: it holds no area.");
		}
		List<BoundingBox> wanted = west < east ? List.of(new BoundingBox(west, south, east, north))
				: List.of(new BoundingBox(west, south, 180, north), new BoundingBox(-180, south, east, north));
		List<BoundingBox> parts = new ArrayList<>();
		for (BoundingBox box : wanted) {
			box.overGreatBritain().ifPresent(parts::add);
		}
		return new RequestedBox(text, List.copyOf(parts));
	}

	/** Nothing the server holds can lie in it. */
	boolean empty() {
		return parts.isEmpty();
	}

	/** Its parts over Great Britain as WGS84 (EPSG:4326) WKT, for {@code bng_area}. */
	String wkt() {
		return "MULTIPOLYGON(" + String.join(",", parts.stream().map(RequestedBox::ring).toList()) + ")";
	}

	private static String ring(BoundingBox b) {
		return String.format(Locale.ROOT, "((%s %s,%s %s,%s %s,%s %s,%s %s))", b.minLon(), b.minLat(), b.maxLon(),
				b.minLat(), b.maxLon(), b.maxLat(), b.minLon(), b.maxLat(), b.minLon(), b.minLat());
	}

	/**
	 * As a condition on {@code src.geom} (27700): {@code ST_Intersects} makes PostGIS
	 * filter by the GiST index on the box transformed to 27700 first (its index support
	 * adds {@code geom && area}), then keep only geometries that really meet the box.
	 */
	Condition condition() {
		return new Condition("ST_Intersects(src.geom, bng_area(ST_GeomFromText(:bboxArea, 4326)))",
				java.util.Map.of("bboxArea", wkt()));
	}

}
