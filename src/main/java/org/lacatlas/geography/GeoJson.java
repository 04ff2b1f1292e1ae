package org.lacatlas.geography;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * GeoJSON answers are {@code application/geo+json} whatever the client's Accept header
 * says: clients that ask for {@code application/json} (browsers' fetch, QGIS) still get
 * GeoJSON, labelled as such.
 */
public final class GeoJson {

	public static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/geo+json");

	private GeoJson() {
	}

	public static <T> ResponseEntity<T> ok(T body) {
		return ResponseEntity.ok().contentType(MEDIA_TYPE).body(body);
	}

}
