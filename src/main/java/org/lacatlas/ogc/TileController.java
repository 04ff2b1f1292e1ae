package org.lacatlas.ogc;

import org.lacatlas.system.DataVersions;
import org.lacatlas.system.MapProperties;
import org.lacatlas.system.VersionedCache;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Vector tiles at {@code /tiles/{layer}/{z}/{x}/{y}.mvt}, layers named as the OGC
 * collections, answered as {@link TileAnswers} says: after any edit the next request gets
 * the new tile, never a stale one. Built tiles are kept in memory under the same version
 * ({@link VersionedCache}), so a map panning over the same tiles costs PostGIS only the
 * version read.
 */
@RestController
class TileController {

	private final TileRepository tiles;

	private final VersionedCache cache;

	private final DataVersions versions;

	private final String council;

	TileController(TileRepository tiles, VersionedCache cache, DataVersions versions, MapProperties map) {
		this.tiles = tiles;
		this.cache = cache;
		this.versions = versions;
		this.council = map.councilCode();
	}

	@GetMapping("/tiles/{layer}/{z}/{x}/{y}.mvt")
	ResponseEntity<byte[]> tile(@PathVariable String layer, @PathVariable int z, @PathVariable int x,
			@PathVariable int y, @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch,
			Authentication who) {
		FeatureCollections.Collection c = layer(layer, who);
		TileAnswers.check(z, x, y);
		String version = versions.of(c.topics());
		return TileAnswers.answer(layer, version, z, x, y, ifNoneMatch, c.signedIn(), () -> cache.get(layer + " tile",
				version, z + "/" + x + "/" + y, () -> tiles.tile(council, c, z, x, y)));
	}

	/** The layer if it exists and the caller may read it: else 404 or 401. */
	static FeatureCollections.Collection layer(String layer, Authentication who) {
		FeatureCollections.Collection c = FeatureCollections.find(layer)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No tile layer " + layer + "."));
		if (c.signedIn() && !OgcController.signedIn(who)) {
			throw OgcController.signInRequired(c);
		}
		return c;
	}

}
