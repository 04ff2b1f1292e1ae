package org.lacatlas.ogc;

import java.util.function.Supplier;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How every tile is answered: coordinates checked, an ETag of the layer's data version
 * with {@code no-cache} (a client or cache may keep it but must ask again), 304 when the
 * client's copy is current, and an empty tile far from Great Britain.
 */
final class TileAnswers {

	static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");

	private TileAnswers() {
	}

	static void check(int z, int x, int y) {
		if (z < 0 || z > 22 || x < 0 || y < 0 || x >= (1 << z) || y >= (1 << z)) {
			throw new OgcProblem.ParameterInvalid("No tile " + z + "/" + x + "/" + y + ".");
		}
	}

	/**
	 * @param version the data version the tile would be built from
	 * @param signedIn whether only signed-in users may read the layer (then caches
	 * between must not share it)
	 */
	static ResponseEntity<byte[]> answer(String layer, String version, int z, int x, int y, String ifNoneMatch,
			boolean signedIn, Supplier<byte[]> build) {
		String etag = "\"" + layer + "-" + version + "-" + z + "-" + x + "-" + y + "\"";
		CacheControl control = signedIn ? CacheControl.noCache().cachePrivate() : CacheControl.noCache().cachePublic();
		if (etag.equals(ifNoneMatch)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(control).build();
		}
		byte[] body = overGreatBritain(z, x, y) ? build.get() : new byte[0];
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
