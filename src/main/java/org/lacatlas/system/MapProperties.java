package org.lacatlas.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web map's settings ({@code lacatlas.map.*}). The basemap is optional: boundaries,
 * labels and legend are drawn from LAC Atlas's own data, so the map works with no
 * internet. Set {@code basemap-url} empty to draw no basemap.
 * <p>
 * {@code tiles-above-small-areas}: a council with more small areas than this is drawn
 * from vector tiles ({@code /tiles/small-areas/…}, and the introduction density from
 * {@code /tiles/introduction-density/…}) instead of one GeoJSON download; 0 draws every
 * council from tiles. The map looks and reads the same either way.
 */
@ConfigurationProperties("lacatlas.map")
public record MapProperties(@DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String basemapUrl,
		@DefaultValue("© OpenStreetMap contributors") String basemapAttribution,
		@DefaultValue("3000") int tilesAboveSmallAreas) {

	public MapProperties {
		if (tilesAboveSmallAreas < 0) {
			throw new IllegalArgumentException(
					"lacatlas.map.tiles-above-small-areas is a number of small areas, 0 or more, not "
							+ tilesAboveSmallAreas);
		}
	}

}
