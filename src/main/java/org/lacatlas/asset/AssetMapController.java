package org.lacatlas.asset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lacatlas.council.Council;
import org.lacatlas.council.PublicCouncilData;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Marker clusters for the map's view, and the gaps analysis (access to assets). */
@RestController
class AssetMapController {

	private final AssetCatalogue catalogue;

	private final boolean publicRead;

	AssetMapController(AssetCatalogue catalogue, AssetProperties properties) {
		this.catalogue = catalogue;
		this.publicRead = properties.publicRead();
	}

	/**
	 * Clusters of the assets a search matches in {@code bbox}, sized for {@code zoom}.
	 */
	@GetMapping("/api/assets/clusters")
	ResponseEntity<String> clusters(@ModelAttribute AssetQuery.Params params,
			@RequestParam(required = false) String zoom, @PublicCouncilData Council council, Authentication who) {
		return ResponseEntity.ok()
			.contentType(AssetController.GEO_JSON)
			.body(catalogue.clusters(params, zoom, Viewer.reading(who, council, publicRead)));
	}

	/** {@code ?category=lunch-club&distance=1000&by=ward|borough|small-area} */
	@GetMapping("/api/assets/access")
	ObjectNode access(@RequestParam(required = false) String category, @RequestParam(required = false) String distance,
			@RequestParam(required = false) String by, @PublicCouncilData Council council, Authentication who) {
		Viewer.reading(who, council, publicRead);
		return catalogue.access(category, distance, by, council.code());
	}

}
