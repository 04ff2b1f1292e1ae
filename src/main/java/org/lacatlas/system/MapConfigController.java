package org.lacatlas.system;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the map which basemap to draw and from how many small areas on it draws from
 * vector tiles. Which council it shows, and whose data that is, come from
 * {@code /api/council}.
 */
@RestController
class MapConfigController {

	private final MapProperties map;

	MapConfigController(MapProperties map) {
		this.map = map;
	}

	@GetMapping("/api/config")
	Map<String, Object> config() {
		return Map.of("basemap", Map.of("url", map.basemapUrl(), "attribution", map.basemapAttribution()),
				"tilesAboveSmallAreas", map.tilesAboveSmallAreas());
	}

}
