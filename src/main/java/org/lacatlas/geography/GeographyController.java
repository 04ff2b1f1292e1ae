package org.lacatlas.geography;

import java.util.List;

import org.lacatlas.system.DataVersions.Topic;
import org.lacatlas.system.VersionedCache;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Boundaries and Census counts as GeoJSON (RFC 7946, WGS84). Readable without signing in.
 * Every map load asks for the same few collections, so they are kept until the geography
 * changes.
 */
@RestController
class GeographyController {

	private final GeographyRepository geography;

	private final VersionedCache cache;

	GeographyController(GeographyRepository geography, VersionedCache cache) {
		this.geography = geography;
		this.cache = cache;
	}

	@GetMapping("/api/borough")
	ResponseEntity<String> borough(@RequestParam(required = false) String code) {
		return GeoJson.ok(cache.get("borough", String.valueOf(code), () -> geography.borough(code), Topic.GEOGRAPHY)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					code == null ? "No council has been loaded yet." : "No council with code " + code + ".")));
	}

	@GetMapping("/api/wards")
	ResponseEntity<String> wards(@RequestParam(required = false) String authority) {
		return GeoJson
			.ok(cache.get("wards", String.valueOf(authority), () -> geography.wards(authority), Topic.GEOGRAPHY));
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
			BoundingBox box = BoundingBox.parse(bbox);
			return GeoJson.ok(cache.get("small areas", List.of(box, geometry),
					() -> geography.smallAreas(box, geometry), Topic.GEOGRAPHY));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	@GetMapping("/api/places")
	ResponseEntity<String> places(@RequestParam(required = false) String authority) {
		return GeoJson
			.ok(cache.get("places", String.valueOf(authority), () -> geography.places(authority), Topic.GEOGRAPHY));
	}

}
