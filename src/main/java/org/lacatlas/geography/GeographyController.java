package org.lacatlas.geography;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Boundaries and Census counts as GeoJSON (RFC 7946, WGS84). Readable without signing in.
 */
@RestController
@RequestMapping(produces = GeographyController.GEO_JSON)
class GeographyController {

	static final String GEO_JSON = "application/geo+json";

	private final GeographyRepository geography;

	GeographyController(GeographyRepository geography) {
		this.geography = geography;
	}

	@GetMapping("/api/borough")
	String borough(@RequestParam(required = false) String code) {
		return geography.borough(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					code == null ? "No council has been loaded yet." : "No council with code " + code + "."));
	}

	@GetMapping("/api/wards")
	String wards(@RequestParam(required = false) String authority) {
		return geography.wards(authority);
	}

	@GetMapping("/api/wards/{code}")
	String ward(@PathVariable String code) {
		return geography.ward(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No ward with code " + code + "."));
	}

	@GetMapping("/api/small-areas")
	String smallAreas(@RequestParam String bbox) {
		try {
			return geography.smallAreas(BoundingBox.parse(bbox));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	@GetMapping("/api/places")
	String places(@RequestParam(required = false) String authority) {
		return geography.places(authority);
	}

}
