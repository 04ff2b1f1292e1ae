package org.lacatlas.ogc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lacatlas.council.SignedInCouncil;
import org.lacatlas.geography.BoundingBox;
import org.lacatlas.geography.GeoJson;
import org.lacatlas.system.VersionedCache;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * OGC API – Features, Part 1 (core, GeoJSON): landing page, conformance, collections and
 * items.
 */
@RestController
class OgcController {

	static final int DEFAULT_LIMIT = 100;

	static final int MAX_LIMIT = 1000;

	private final FeatureRepository features;

	private final VersionedCache cache;

	private final ObjectMapper json;

	OgcController(FeatureRepository features, VersionedCache cache, ObjectMapper json) {
		this.features = features;
		this.cache = cache;
		this.json = json;
	}

	@GetMapping({ "/ogc", "/ogc/" })
	Map<String, Object> landing() {
		return Map.of("title", "LAC Atlas", "description",
				"Local Area Coordination geography, neighbourhoods and community assets as OGC API – Features.",
				"links",
				List.of(link("/ogc", "self", "application/json", "This document"),
						link("/v3/api-docs", "service-desc", "application/vnd.oai.openapi+json;version=3.0",
								"The API definition"),
						link("/ogc/conformance", "conformance", "application/json", "Conformance classes"),
						link("/ogc/collections", "data", "application/json", "The collections")));
	}

	@GetMapping("/ogc/conformance")
	Map<String, Object> conformance() {
		return Map.of("conformsTo", List.of("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
				"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson"));
	}

	@GetMapping("/ogc/collections")
	Map<String, Object> collections(Authentication who) {
		double[] extent = features.extent();
		List<Map<String, Object>> collections = FeatureCollections.ALL.stream()
			.filter(c -> !c.signedIn() || signedIn(who))
			.map(c -> describe(c, extent))
			.toList();
		return Map.of("links", List.of(link("/ogc/collections", "self", "application/json", "Collections")),
				"collections", collections);
	}

	@GetMapping("/ogc/collections/{id}")
	Map<String, Object> collection(@PathVariable String id, Authentication who) {
		return describe(readable(id, who), features.extent());
	}

	@GetMapping("/ogc/collections/{id}/items")
	ResponseEntity<String> items(@PathVariable String id, @RequestParam(required = false) String bbox,
			@RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit, @RequestParam(defaultValue = "0") long offset,
			Authentication who) throws JsonProcessingException {
		FeatureCollections.Collection c = readable(id, who);
		if (limit < 1 || offset < 0) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"limit must be at least 1 and offset at least 0.");
		}
		int size = Math.min(limit, MAX_LIMIT);
		BoundingBox box = box(bbox);
		String council = councilOf(c);
		FeatureRepository.Page page = cache.get(id + " page", council + " " + box + " " + size + " " + offset,
				() -> features.page(c, council, box, size, offset), c.topics());
		String base = "/ogc/collections/" + id + "/items?limit=" + size + (bbox == null ? "" : "&bbox=" + bbox);
		List<Map<String, String>> links = new ArrayList<>();
		links.add(link(base + "&offset=" + offset, "self", "application/geo+json", "This page"));
		if (page.more()) {
			links.add(link(base + "&offset=" + (offset + size), "next", "application/geo+json", "Next page"));
		}
		if (offset > 0) {
			links.add(link(base + "&offset=" + Math.max(0, offset - size), "prev", "application/geo+json",
					"Previous page"));
		}
		Map<String, Object> head = new LinkedHashMap<>();
		head.put("type", "FeatureCollection");
		if (box == null) {
			// numberMatched is optional; in a box counting every match would cost more
			// than
			// the page, so it is given for the whole collection only.
			head.put("numberMatched",
					cache.get(id + " count", String.valueOf(council), () -> features.count(c, council), c.topics()));
		}
		head.put("numberReturned", page.returned());
		head.put("timeStamp", Instant.now().toString());
		head.put("links", links);
		String text = json.writeValueAsString(head);
		return GeoJson.ok(text.substring(0, text.length() - 1) + ",\"features\":" + page.features() + "}");
	}

	@GetMapping("/ogc/collections/{id}/items/{featureId}")
	ResponseEntity<String> item(@PathVariable String id, @PathVariable String featureId, Authentication who) {
		FeatureCollections.Collection c = readable(id, who);
		return GeoJson.ok(features.item(c, councilOf(c), featureId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No feature " + featureId + " in collection " + id + ".")));
	}

	private FeatureCollections.Collection readable(String id, Authentication who) {
		FeatureCollections.Collection c = FeatureCollections.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No collection " + id + "."));
		if (c.signedIn() && !signedIn(who)) {
			throw signInRequired(c);
		}
		return c;
	}

	/**
	 * Whose data a collection holds for this reader: every council's public data, and
	 * only the reader's own council's non-public data (null for a public collection).
	 */
	static String councilOf(FeatureCollections.Collection c) {
		return c.signedIn() ? SignedInCouncil.required() : null;
	}

	/** 401 with a Basic challenge, so GIS clients ask for a user name and password. */
	static ErrorResponseException signInRequired(FeatureCollections.Collection c) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Sign in to read " + c.title() + ".");
		var ex = new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
		ex.getHeaders().set("WWW-Authenticate", "Basic realm=\"LAC Atlas\"");
		return ex;
	}

	static boolean signedIn(Authentication who) {
		return who != null && who.isAuthenticated() && !"anonymousUser".equals(who.getName());
	}

	private Map<String, Object> describe(FeatureCollections.Collection c, double[] extent) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("id", c.id());
		d.put("title", c.title());
		d.put("description", c.description());
		d.put("itemType", "feature");
		d.put("crs", List.of("http://www.opengis.net/def/crs/OGC/1.3/CRS84"));
		d.put("extent", Map.of("spatial",
				Map.of("bbox", List.of(extent), "crs", "http://www.opengis.net/def/crs/OGC/1.3/CRS84")));
		d.put("links", List.of(link("/ogc/collections/" + c.id(), "self", "application/json", c.title()), link(
				"/ogc/collections/" + c.id() + "/items", "items", "application/geo+json", c.title() + " (features)")));
		return d;
	}

	private static BoundingBox box(String bbox) {
		if (bbox == null) {
			return null;
		}
		try {
			return BoundingBox.parse(bbox)
				.overGreatBritain()
				.orElseThrow(() -> new IllegalArgumentException("bbox is not over Great Britain"));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	private static Map<String, String> link(String path, String rel, String type, String title) {
		String href = ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
		return Map.of("href", href, "rel", rel, "type", type, "title", title);
	}

}
