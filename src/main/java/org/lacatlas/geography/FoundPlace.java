package org.lacatlas.geography;

import java.sql.ResultSet;
import java.sql.SQLException;

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

	/**
	 * A row with columns {@code kind, name, label, lon, lat} and the box as
	 * {@code has_box, west, south, east, north} (WGS84 degrees), kept to six decimals
	 * (about 0.1 m, finer than any of these places).
	 */
	public static FoundPlace read(ResultSet rs) throws SQLException {
		double[] box = rs.getBoolean("has_box") ? new double[] { round(rs.getDouble("west")),
				round(rs.getDouble("south")), round(rs.getDouble("east")), round(rs.getDouble("north")) } : null;
		return new FoundPlace(rs.getString("kind"), rs.getString("name"), rs.getString("label"),
				round(rs.getDouble("lon")), round(rs.getDouble("lat")), box);
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

}
