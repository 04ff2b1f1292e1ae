package org.lacatlas.asset;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;

import org.lacatlas.council.Council;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pinning and keeping assets current: coordinators and planners add, edit, close and
 * reopen; planners publish. Bodies are GeoJSON Features of at most
 * {@code lacatlas.assets.max-body-bytes}; answers carry the asset's version as ETag.
 */
@RestController
@RequestMapping("/api/assets")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PLANNER')")
class AssetEditController {

	private final AssetCatalogue catalogue;

	private final AssetProperties properties;

	private final ObjectMapper json;

	AssetEditController(AssetCatalogue catalogue, AssetProperties properties, ObjectMapper json) {
		this.catalogue = catalogue;
		this.properties = properties;
		this.json = json;
	}

	@PostMapping
	ResponseEntity<String> create(HttpServletRequest request, Council council, Authentication who) throws IOException {
		StoredAsset asset = catalogue.create(AssetBodies.json(request, properties.maxBodyBytes(), json),
				Viewer.of(who, council.code()));
		return ResponseEntity.created(URI.create("/api/assets/" + asset.id()))
			.eTag(AssetVersions.etag(asset.version()))
			.contentType(AssetController.GEO_JSON)
			.body(asset.feature());
	}

	@PutMapping("/{id:\\d+}")
	ResponseEntity<String> update(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, HttpServletRequest request,
			Council council, Authentication who) throws IOException {
		var body = AssetBodies.json(request, properties.maxBodyBytes(), json);
		return answer(catalogue.update(id, body, ifMatch, Viewer.of(who, council.code())));
	}

	/** Closes the asset: soft, undone by reopen. */
	@DeleteMapping("/{id:\\d+}")
	ResponseEntity<String> close(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Council council,
			Authentication who) {
		return answer(catalogue.close(id, ifMatch, Viewer.of(who, council.code())));
	}

	@PostMapping("/{id:\\d+}/reopen")
	ResponseEntity<String> reopen(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Council council,
			Authentication who) {
		return answer(catalogue.reopen(id, ifMatch, Viewer.of(who, council.code())));
	}

	@PostMapping("/{id:\\d+}/publish")
	@PreAuthorize("hasRole('PLANNER')")
	ResponseEntity<String> publish(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Council council,
			Authentication who) {
		return answer(catalogue.publish(id, ifMatch, Viewer.of(who, council.code())));
	}

	private static ResponseEntity<String> answer(StoredAsset asset) {
		return ResponseEntity.ok()
			.eTag(AssetVersions.etag(asset.version()))
			.contentType(AssetController.GEO_JSON)
			.body(asset.feature());
	}

}
