package org.lacatlas.ogc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.lacatlas.geography.GeoJson;
import org.lacatlas.system.DataVersions;
import org.lacatlas.council.Council;
import org.lacatlas.council.PublicCouncilData;
import org.lacatlas.system.VersionedCache;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Features of a collection: pages (bbox, limit, offset, datetime, property=value and CQL2
 * filters) and single features, as GeoJSON or HTML. Pages are kept in memory under the
 * collection's data version ({@link VersionedCache}); the links and time stamp are made
 * for each request.
 */
@RestController
class OgcItemsController {

	private static final List<MediaType> GEOJSON = List.of(GeoJson.MEDIA_TYPE, MediaType.APPLICATION_JSON);

	private final FeatureRepository features;

	private final VersionedCache cache;

	private final DataVersions versions;

	private final ObjectMapper json;

	OgcItemsController(FeatureRepository features, VersionedCache cache, DataVersions versions, ObjectMapper json) {
		this.features = features;
		this.cache = cache;
		this.versions = versions;
		this.json = json;
	}

	@GetMapping("/ogc/collections/{id}/items")
	ResponseEntity<String> items(@PathVariable String id, @PublicCouncilData Council council,
			HttpServletRequest request, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
			Authentication who) throws JsonProcessingException {
		FeatureCollections.Collection c = OgcCollectionsController.readable(id, who);
		ItemsQuery query = ItemsQuery.parse(c, request.getParameterMap());
		String code = OgcController.councilOf(c, council);
		OgcFormat format = OgcFormat.of(request.getParameter("f"), accept, GEOJSON);
		// one read of the data version for both the page and the count (none when nothing
		// is kept)
		String version = cache.keeping() ? versions.of(c.topics()) : "";
		FeatureRepository.Page page = cache.get(id + " page", version, code + " " + query.cacheKey(),
				() -> features.page(code, c, query));
		Long matched = query.narrowed() ? null : cache.get(id + " count", version, code, () -> features.count(code, c));
		List<Map<String, String>> links = pageLinks(c, query, page);
		if (format == OgcFormat.HTML) {
			return OgcItemsPage.of(c, json.readTree(page.features()), matched, links);
		}
		Map<String, Object> head = new LinkedHashMap<>();
		head.put("type", "FeatureCollection");
		if (matched != null) {
			// numberMatched is optional; in a box or under a filter counting every match
			// would cost more than the page, so it is given for the whole collection
			// only.
			head.put("numberMatched", matched);
		}
		head.put("numberReturned", page.returned());
		head.put("timeStamp", Instant.now().toString());
		head.put("links", links);
		String text = json.writeValueAsString(head);
		return geoJson(text.substring(0, text.length() - 1) + ",\"features\":" + page.features() + "}");
	}

	@GetMapping("/ogc/collections/{id}/items/{featureId}")
	ResponseEntity<String> item(@PathVariable String id, @PathVariable String featureId,
			@PublicCouncilData Council council, HttpServletRequest request,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Authentication who)
			throws JsonProcessingException {
		FeatureCollections.Collection c = OgcCollectionsController.readable(id, who);
		var params = OgcParameters.single(request.getParameterMap(), Set.of("f"), null);
		OgcFormat format = OgcFormat.of(params.get("f"), accept, GEOJSON);
		String feature = features.item(OgcController.councilOf(c, council), c, featureId)
			.orElseThrow(() -> new OgcProblem.FeatureNotFound(featureId, id));
		String path = "/ogc/collections/" + c.id() + "/items/" + OgcLinks.segment(featureId);
		List<Map<String, String>> links = OgcLinks.selfAndHtml(path, OgcLinks.GEOJSON, "This feature");
		links.add(OgcLinks.link("/ogc/collections/" + c.id(), "collection", OgcLinks.JSON, c.title()));
		if (format == OgcFormat.HTML) {
			return OgcItemsPage.feature(c, json.readTree(feature));
		}
		return geoJson(
				feature.substring(0, feature.length() - 1) + ",\"links\":" + json.writeValueAsString(links) + "}");
	}

	/** self and its HTML alternate, next and prev, and the collection. */
	private static List<Map<String, String>> pageLinks(FeatureCollections.Collection c, ItemsQuery query,
			FeatureRepository.Page page) {
		String base = "/ogc/collections/" + c.id() + "/items";
		List<Map<String, String>> links = new ArrayList<>(
				OgcLinks.selfAndHtml(base + at(query, query.offset()), OgcLinks.GEOJSON, "This page"));
		if (page.more()) {
			links.add(OgcLinks.link(base + at(query, query.offset() + query.limit()), "next", OgcLinks.GEOJSON,
					"Next page"));
		}
		if (query.offset() > 0) {
			links.add(OgcLinks.link(base + at(query, Math.max(0, query.offset() - query.limit())), "prev",
					OgcLinks.GEOJSON, "Previous page"));
		}
		links.add(OgcLinks.link("/ogc/collections/" + c.id(), "collection", OgcLinks.JSON, c.title()));
		return links;
	}

	private static String at(ItemsQuery query, long offset) {
		Map<String, String> params = new LinkedHashMap<>(query.kept());
		params.put("limit", String.valueOf(query.limit()));
		params.put("offset", String.valueOf(offset));
		return OgcLinks.query(params);
	}

	private static ResponseEntity<String> geoJson(String body) {
		return ResponseEntity.ok().contentType(GeoJson.MEDIA_TYPE).header("Vary", "Accept").body(body);
	}

}
