package org.lacatlas.ogc;

import org.lacatlas.system.DataVersions;
import org.lacatlas.council.Council;
import org.lacatlas.council.PublicCouncilData;
import org.lacatlas.system.VersionedCache;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

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

	TileController(TileRepository tiles, VersionedCache cache, DataVersions versions) {
		this.tiles = tiles;
		this.cache = cache;
		this.versions = versions;
	}

	@GetMapping("/tiles/{layer}/{z}/{x}/{y}.mvt")
	ResponseEntity<byte[]> tile(@PathVariable String layer, @PublicCouncilData Council council, @PathVariable int z,
			@PathVariable int x, @PathVariable int y,
			@RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch, Authentication who) {
		FeatureCollections.Collection c = layer(layer, who);
		TileAnswers.check(z, x, y);
		String code = OgcController.councilOf(c, council);
		// the council is part of the version, so an ETag of one council's tile never
		// answers 304 for another's
		String version = code + "." + versions.of(c.topics());
		return TileAnswers.answer(layer, version, z, x, y, ifNoneMatch, c.signedIn(),
				() -> cache.get(layer + " tile", version, z + "/" + x + "/" + y, () -> tiles.tile(code, c, z, x, y)));
	}

	/** The layer if it exists and the caller may read it: else 404 or 401. */
	static FeatureCollections.Collection layer(String layer, Authentication who) {
		FeatureCollections.Collection c = FeatureCollections.find(layer)
			.orElseThrow(() -> new OgcProblem.CollectionNotFound("tile layer", layer));
		if (c.signedIn() && !OgcController.signedIn(who)) {
			throw OgcController.signInRequired(c);
		}
		return c;
	}

}
