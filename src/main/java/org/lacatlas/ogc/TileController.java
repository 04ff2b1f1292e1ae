package org.lacatlas.ogc;

import java.util.concurrent.TimeUnit;

import org.lacatlas.system.DataVersions;
import org.lacatlas.system.VersionedCache;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Vector tiles at {@code /tiles/{layer}/{z}/{x}/{y}.mvt}, layers named as the OGC
 * collections. Tiles carry an ETag made of the layer's data version, so a client or cache
 * may keep them but must ask again ({@code no-cache}); after any edit the next request
 * gets the new tile, never a stale one. Built tiles are kept in memory under the same
 * version ({@link VersionedCache}), so a map panning over the same tiles costs PostGIS
 * only the version read.
 */
@RestController
class TileController {

	static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");

	private final TileRepository tiles;

	private final VersionedCache cache;

	private final DataVersions versions;

	TileController(TileRepository tiles, VersionedCache cache, DataVersions versions) {
		this.tiles = tiles;
		this.cache = cache;
		this.versions = versions;
	}

	@GetMapping("/tiles/{layer}/{z}/{x}/{y}.mvt")
	ResponseEntity<byte[]> tile(@PathVariable String layer, @PathVariable int z, @PathVariable int x,
			@PathVariable int y, @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch,
			Authentication who) {
		FeatureCollections.Collection c = FeatureCollections.find(layer)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No tile layer " + layer + "."));
		if (c.signedIn() && !OgcController.signedIn(who)) {
			throw OgcController.signInRequired(c);
		}
		if (z < 0 || z > 22 || x < 0 || y < 0 || x >= (1 << z) || y >= (1 << z)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No tile " + z + "/" + x + "/" + y + ".");
		}
		String version = versions.of(c.topics());
		String etag = "\"" + layer + "-" + version + "-" + z + "-" + x + "-" + y + "\"";
		CacheControl control = CacheControl.noCache();
		control = c.signedIn() ? control.cachePrivate() : control.cachePublic();
		if (etag.equals(ifNoneMatch)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(control).build();
		}
		byte[] body = overGreatBritain(z, x, y)
				? cache.get(layer + " tile", version, z + "/" + x + "/" + y, () -> tiles.tile(c, z, x, y))
				: new byte[0];
		return ResponseEntity.ok().contentType(MVT).eTag(etag).cacheControl(control).body(body);
	}

	/**
	 * British National Grid cannot hold a tile far from Great Britain; such tiles are
	 * empty.
	 */
	static boolean overGreatBritain(int z, int x, int y) {
		double n = 1 << z;
		double west = x / n * 360 - 180;
		double east = (x + 1) / n * 360 - 180;
		double north = Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y / n))));
		double south = Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * (y + 1) / n))));
		return east > -10 && west < 4 && north > 49 && south < 62;
	}

}
