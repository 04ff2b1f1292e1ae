package org.lacatlas.asset;

import java.util.List;

import org.lacatlas.council.Council;
import org.lacatlas.council.PublicCouncilData;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Finding and reading assets. Signed-in people may read; anonymous readers only when
 * {@code lacatlas.assets.public-read} is on (enforced in the security configuration), and
 * then only published assets.
 */
@RestController
@RequestMapping("/api/assets")
class AssetController {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final AssetCatalogue catalogue;

	private final boolean publicRead;

	AssetController(AssetCatalogue catalogue, AssetProperties properties) {
		this.catalogue = catalogue;
		this.publicRead = properties.publicRead();
	}

	@GetMapping
	ResponseEntity<String> search(@ModelAttribute AssetQuery.Params params, @PublicCouncilData Council council,
			Authentication who) {
		AssetPage page = catalogue.search(params, Viewer.reading(who, council, publicRead));
		String next = page.hasNext() ? ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("offset", page.offset() + page.limit())
			.toUriString() : null;
		return ResponseEntity.ok().contentType(GEO_JSON).body(page.toGeoJson(next));
	}

	@GetMapping("/{id:\\d+}")
	ResponseEntity<String> asset(@PathVariable long id, @PublicCouncilData Council council, Authentication who) {
		StoredAsset asset = catalogue.asset(id, Viewer.reading(who, council, publicRead));
		return ResponseEntity.ok()
			.eTag(AssetVersions.etag(asset.version()))
			.contentType(GEO_JSON)
			.body(asset.feature());
	}

	@GetMapping("/categories")
	List<AssetCategory> categories() {
		return catalogue.categories();
	}

	@GetMapping(path = "/{id:\\d+}/changes", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyRole('PLANNER', 'COORDINATOR', 'ADMIN')")
	String changes(@PathVariable long id, Council council, Authentication who) {
		return catalogue.changes(id, Viewer.of(who, council.code()));
	}

}
