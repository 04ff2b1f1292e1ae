package org.lacatlas.geography;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Boundaries and Census counts as GeoJSON (RFC 7946, WGS84). Readable without signing in.
 */
@RestController
class GeographyController {

	private final GeographyRepository geography;

	GeographyController(GeographyRepository geography) {
		this.geography = geography;
	}

	@GetMapping("/api/borough")
	ResponseEntity<String> borough(@RequestParam(required = false) String code) {
		return GeoJson.ok(geography.borough(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					code == null ? "No council has been loaded yet." : "No council with code " + code + ".")));
	}

	@GetMapping("/api/wards")
	ResponseEntity<String> wards(@RequestParam(required = false) String authority) {
		return GeoJson.ok(geography.wards(authority));
	}

	@GetMapping("/api/wards/{code}")
	ResponseEntity<String> ward(@PathVariable String code) {
		return GeoJson.ok(geography.ward(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No ward with code " + code + ".")));
	}

	@GetMapping("/api/small-areas")
	ResponseEntity<String> smallAreas(@RequestParam String bbox,
			@RequestParam(defaultValue = "true") boolean geometry) {
		try {
			return GeoJson.ok(geography.smallAreas(BoundingBox.parse(bbox), geometry));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	@GetMapping("/api/places")
	ResponseEntity<String> places(@RequestParam(required = false) String authority) {
		return GeoJson.ok(geography.places(authority));
	}

}
