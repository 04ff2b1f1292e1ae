package org.lacatlas.ogc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.lacatlas.introduction.DensityTiles;
import org.lacatlas.council.Council;
import org.lacatlas.council.PublicCouncilData;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A TileJSON 3.0.0 document per tile layer, {@code /tiles/{layer}.json}: the tile URL
 * template, zooms, bounds and the layer's fields, so MapLibre, QGIS or any TileJSON
 * client can add a layer from one URL. The same readers as the tiles; the density's
 * {@code cellSize}, {@code from} and {@code to} are checked and carried into the
 * template.
 */
@RestController
class TileJsonController {

	static final int MAX_ZOOM = 16;

	private final FeatureRepository features;

	private final DensityTiles density;

	TileJsonController(FeatureRepository features, DensityTiles density) {
		this.features = features;
		this.density = density;
	}

	/**
	 * Introduction density is never public: its council is the reader's own, resolved
	 * (401 signed out, 403 for a service administrator) before anything is read.
	 */
	@GetMapping(path = "/tiles/" + DensityTileController.LAYER + ".json", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> densityTileJson(Council council, HttpServletRequest request, Authentication who,
			@RequestParam(defaultValue = "500") int cellSize, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		DensityTileController.mayRead(who);
		try {
			density.version(council.code(), cellSize, from, to);
		}
		catch (IllegalArgumentException ex) {
			throw new OgcProblem.ParameterInvalid(ex.getMessage());
		}
		String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
		return document(council, DensityTileController.LAYER, "Introductions by hexagon, through disclosure control",
				query,
				Map.of("id", "Hexagon id", "introductions", "Introductions (a multiple of k, 0, or \"<k\")",
						"suppressed", "Whether the count is suppressed", "residents", "Residents in the hexagon",
						"ratePer1000", "Introductions per 1,000 residents, when published"));
	}

	@GetMapping(path = "/tiles/{layer}.json", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> tileJson(@PathVariable String layer, @PublicCouncilData Council council, Authentication who) {
		FeatureCollections.Collection c = TileController.layer(layer, who);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("id", c.integerIds() ? "Number: the feature's id" : "String: the ONS code");
		c.properties().forEach(p -> fields.put(p.name(), p.description()));
		OgcController.councilOf(c, council);
		return document(council, c.id(), c.description(), "", fields);
	}

	private Map<String, Object> document(Council council, String layer, String description, String query,
			Map<String, String> fields) {
		double[] e = features.extent(council.code());
		Map<String, Object> tileJson = new LinkedHashMap<>();
		tileJson.put("tilejson", "3.0.0");
		tileJson.put("name", layer);
		tileJson.put("description", description);
		if (council.attribution() != null) {
			tileJson.put("attribution", council.attribution());
		}
		tileJson.put("scheme", "xyz");
		tileJson.put("tiles", List.of(OgcLinks.href("/tiles/" + layer + "/{z}/{x}/{y}.mvt" + query)));
		tileJson.put("minzoom", 0);
		tileJson.put("maxzoom", MAX_ZOOM);
		tileJson.put("bounds", List.of(e[0], e[1], e[2], e[3]));
		tileJson.put("center", List.of((e[0] + e[2]) / 2, (e[1] + e[3]) / 2, 12));
		tileJson.put("vector_layers", List
			.of(Map.of("id", layer, "description", description, "minzoom", 0, "maxzoom", MAX_ZOOM, "fields", fields)));
		return tileJson;
	}

}
