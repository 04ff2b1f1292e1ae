package org.lacatlas.geography;

import java.util.List;

import org.lacatlas.council.Council;
import org.lacatlas.council.PublicCouncilData;
import org.lacatlas.system.DataVersions.Topic;
import org.lacatlas.system.VersionedCache;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Boundaries and Census counts of the request's council as GeoJSON (RFC 7946, WGS84).
 * Public: readable without signing in, any council by {@code ?council=}. Every map load
 * asks for the same few collections, so they are kept until the geography changes.
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
	ResponseEntity<String> borough(@PublicCouncilData Council council) {
		return GeoJson
			.ok(cache.get("borough", council.code(), () -> geography.borough(council.code()), Topic.GEOGRAPHY));
	}

	@GetMapping("/api/wards")
	ResponseEntity<String> wards(@PublicCouncilData Council council) {
		return GeoJson.ok(cache.get("wards", council.code(), () -> geography.wards(council.code()), Topic.GEOGRAPHY));
	}

	@GetMapping("/api/wards/{code}")
	ResponseEntity<String> ward(@PathVariable String code) {
		return GeoJson.ok(geography.ward(code).orElseThrow(() -> new GeographyProblem.WardNotFound(code)));
	}

	@GetMapping("/api/small-areas")
	ResponseEntity<String> smallAreas(@PublicCouncilData Council council, @RequestParam String bbox,
			@RequestParam(defaultValue = "true") boolean geometry) {
		try {
			BoundingBox box = BoundingBox.parse(bbox);
			return GeoJson.ok(cache.get("small areas", List.of(council.code(), box, geometry),
					() -> geography.smallAreas(council.code(), box, geometry), Topic.GEOGRAPHY));
		}
		catch (IllegalArgumentException ex) {
			throw new GeographyProblem.AreaQueryInvalid(ex.getMessage());
		}
	}

	@GetMapping("/api/places")
	ResponseEntity<String> places(@PublicCouncilData Council council) {
		return GeoJson.ok(cache.get("places", council.code(), () -> geography.places(council.code()), Topic.GEOGRAPHY));
	}

}
