package org.lacatlas.geography;

import java.util.List;
import java.util.Map;

/**
 * The small areas of a council as a graph for the planners' algorithms: counts, a
 * representative point in EPSG:27700 metres, and which areas share a boundary. No
 * polygons: algorithms work on this.
 */
public record SmallAreaGraph(List<Area> areas, Map<String, List<String>> neighbours) {

	/**
	 * One small area.
	 *
	 * @param x easting of a point inside the area (EPSG:27700, metres)
	 * @param y northing of a point inside the area (EPSG:27700, metres)
	 * @param areaSquareMetres land area in m²
	 */
	public record Area(String code, String name, String wardCode, int residents, int residents65Plus, Integer imdDecile,
			double x, double y, double areaSquareMetres) {
	}

	public List<String> neighboursOf(String code) {
		return neighbours.getOrDefault(code, List.of());
	}

}
