package org.lacatlas.geography;

import java.util.Locale;

/**
 * A WGS84 longitude/latitude box from a {@code bbox=minLon,minLat,maxLon,maxLat}
 * parameter, checked on construction so a malformed or inverted box never reaches SQL.
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

	public BoundingBox {
		if (!(minLon >= -180 && maxLon <= 180 && minLat >= -90 && maxLat <= 90)) {
			throw new IllegalArgumentException("bbox is outside longitude -180..180 / latitude -90..90");
		}
		if (!(minLon < maxLon && minLat < maxLat)) {
			throw new IllegalArgumentException(
					"bbox is inverted or empty: it must be minLon,minLat,maxLon,maxLat with min < max");
		}
	}

	/**
	 * The part of this box over Great Britain and its waters (longitude -10..4, latitude
	 * 49..62), the only part British National Grid can hold; empty when the box is
	 * elsewhere.
	 */
	public java.util.Optional<BoundingBox> overGreatBritain() {
		double w = Math.max(minLon, -10), s = Math.max(minLat, 49), e = Math.min(maxLon, 4), n = Math.min(maxLat, 62);
		return w < e && s < n ? java.util.Optional.of(new BoundingBox(w, s, e, n)) : java.util.Optional.empty();
	}

	/** Parses {@code minLon,minLat,maxLon,maxLat}; the message says what is wrong. */
	public static BoundingBox parse(String text) {
		String[] parts = text == null ? new String[0] : text.split(",", -1);
		if (parts.length != 4) {
			throw new IllegalArgumentException("bbox must be four numbers: minLon,minLat,maxLon,maxLat");
		}
		double[] v = new double[4];
		for (int i = 0; i < 4; i++) {
			try {
				v[i] = Double.parseDouble(parts[i].trim());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(
						String.format(Locale.ROOT, "bbox value %d ('%s') is not a number", i + 1, parts[i].trim()));
			}
			if (!Double.isFinite(v[i])) {
				throw new IllegalArgumentException("bbox values must be finite numbers");
			}
		}
		return new BoundingBox(v[0], v[1], v[2], v[3]);
	}

}
