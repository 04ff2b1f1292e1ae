package org.lacatlas.ogc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.lacatlas.council.Council;
import org.lacatlas.council.PublicCouncilData;
import org.lacatlas.council.SignedInCouncil;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The collections, one collection, and its queryables (Part 3: the properties a filter
 * may name, as a JSON Schema). Collections that need a sign-in are listed only to
 * signed-in users.
 */
@RestController
class OgcCollectionsController {

	private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON);

	private static final List<MediaType> SCHEMA = List.of(MediaType.parseMediaType(OgcLinks.SCHEMA),
			MediaType.APPLICATION_JSON);

	private static final Set<String> ONLY_F = Set.of("f");

	private final FeatureRepository features;

	OgcCollectionsController(FeatureRepository features) {
		this.features = features;
	}

	@GetMapping("/ogc/collections")
	ResponseEntity<?> collections(@PublicCouncilData Council council, HttpServletRequest request,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Authentication who) {
		var params = OgcParameters.single(request.getParameterMap(), ONLY_F, null);
		double[] extent = features.extent(council.code());
		List<FeatureCollections.Collection> readable = FeatureCollections.ALL.stream()
			.filter(c -> !c.signedIn() || OgcController.signedIn(who))
			.toList();
		if (OgcFormat.of(params.get("f"), accept, JSON) == OgcFormat.HTML) {
			List<List<Object>> rows = readable.stream()
				.map(c -> List.<Object>of(new String[] { "/ogc/collections/" + c.id() + "?f=html", c.title() },
						c.description(), new String[] { "/ogc/collections/" + c.id() + "/items?f=html", "Features" }))
				.toList();
			return OgcHtml.page("Collections")
				.table("Collections you may read", List.of("Collection", "What it holds", "Features"), rows)
				.links("Elsewhere",
						List.<String[]>of(new String[] { "/ogc?f=html", "Landing page" },
								new String[] { "/ogc/collections?f=json", "This page as JSON" }))
				.answer();
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("links", OgcLinks.selfAndHtml("/ogc/collections", OgcLinks.JSON, "Collections"));
		body.put("collections", readable.stream().map(c -> describe(c, extent)).toList());
		return OgcController.json(MediaType.APPLICATION_JSON, body);
	}

	@GetMapping("/ogc/collections/{id}")
	ResponseEntity<?> collection(@PathVariable String id, @PublicCouncilData Council council,
			HttpServletRequest request, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
			Authentication who) {
		var params = OgcParameters.single(request.getParameterMap(), ONLY_F, null);
		FeatureCollections.Collection c = readable(id, who);
		if (OgcFormat.of(params.get("f"), accept, JSON) == OgcFormat.HTML) {
			String base = "/ogc/collections/" + c.id();
			return OgcHtml.page(c.title())
				.paragraph(c.description())
				.table("Properties you can filter on", List.of("Property", "Type", "Meaning"),
						c.properties()
							.stream()
							.map(p -> List.<Object>of(p.name(), p.kind().jsonType(), p.description()))
							.toList())
				.links("This collection",
						List.of(new String[] { base + "/items?f=html", "Features" },
								new String[] { base + "/items", "Features as GeoJSON" },
								new String[] { base + "/queryables?f=html", "Queryables" },
								new String[] { "/tiles/" + c.id() + ".json", "Vector tiles (TileJSON)" },
								new String[] { "/ogc/collections?f=html", "All collections" }))
				.answer();
		}
		return OgcController.json(MediaType.APPLICATION_JSON,
				describe(c, features.extent(OgcController.councilOf(c, council))));
	}

	@GetMapping("/ogc/collections/{id}/queryables")
	ResponseEntity<?> queryables(@PathVariable String id, HttpServletRequest request,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Authentication who) {
		var params = OgcParameters.single(request.getParameterMap(), ONLY_F, null);
		FeatureCollections.Collection c = readable(id, who);
		if (c.signedIn()) {
			SignedInCouncil.required(); // a council's private layer is described to its
										// own users
		}
		if (OgcFormat.of(params.get("f"), accept, SCHEMA) == OgcFormat.HTML) {
			return OgcHtml.page("Queryables of " + c.title())
				.paragraph("Filter with property=value, or with filter=… in CQL2 text, e.g. "
						+ "filter=residents > 1500 AND name <> 'x'.")
				.table("Queryables", List.of("Property", "Type", "Meaning"),
						c.properties()
							.stream()
							.map(p -> List.<Object>of(p.name(), p.kind().jsonType(), p.description()))
							.toList())
				.answer();
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		for (FeatureCollections.Property p : c.properties()) {
			properties.put(p.name(), Map.of("title", p.description(), "type", p.kind().jsonType()));
		}
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		schema.put("$id", OgcLinks.href("/ogc/collections/" + c.id() + "/queryables"));
		schema.put("type", "object");
		schema.put("title", c.title());
		schema.put("properties", properties);
		schema.put("additionalProperties", false);
		return OgcController.json(MediaType.parseMediaType(OgcLinks.SCHEMA), schema);
	}

	/** The collection if it exists and the caller may read it: else 404 or 401. */
	static FeatureCollections.Collection readable(String id, Authentication who) {
		FeatureCollections.Collection c = FeatureCollections.find(id)
			.orElseThrow(() -> new OgcProblem.CollectionNotFound("collection", id));
		if (c.signedIn() && !OgcController.signedIn(who)) {
			throw OgcController.signInRequired(c);
		}
		return c;
	}

	private static Map<String, Object> describe(FeatureCollections.Collection c, double[] extent) {
		String base = "/ogc/collections/" + c.id();
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("id", c.id());
		d.put("title", c.title());
		d.put("description", c.description());
		d.put("itemType", "feature");
		d.put("crs", List.of(ItemsQuery.CRS84));
		d.put("extent", Map.of("spatial", Map.of("bbox", List.of(extent), "crs", ItemsQuery.CRS84)));
		List<Map<String, String>> links = new ArrayList<>(OgcLinks.selfAndHtml(base, OgcLinks.JSON, c.title()));
		links.add(OgcLinks.link(base + "/items", "items", OgcLinks.GEOJSON, c.title() + " (features)"));
		links.add(OgcLinks.link(base + "/items?f=html", "items", OgcLinks.HTML, c.title() + " (features as HTML)"));
		links.add(OgcLinks.link(base + "/queryables", OgcLinks.QUERYABLES, OgcLinks.SCHEMA,
				"Properties a filter may name"));
		links.add(OgcLinks.link("/tiles/" + c.id() + ".json", "related", OgcLinks.TILEJSON,
				c.title() + " as vector tiles (TileJSON)"));
		d.put("links", links);
		return d;
	}

}
