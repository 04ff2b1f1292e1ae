package org.lacatlas.ogc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;

/**
 * Features as HTML: a page of them as a table (one row a feature, one column a property),
 * or one feature's properties. Geometries are not drawn: the page links to the same
 * features as GeoJSON for that.
 */
final class OgcItemsPage {

	private OgcItemsPage() {
	}

	static ResponseEntity<String> of(FeatureCollections.Collection c, JsonNode features, Long matched,
			List<Map<String, String>> links) {
		List<String> headings = new ArrayList<>(List.of("id"));
		c.properties().forEach(p -> headings.add(p.name()));
		List<List<Object>> rows = new ArrayList<>();
		for (JsonNode feature : features) {
			String id = feature.path("id").asText();
			List<Object> row = new ArrayList<>();
			row.add(new String[] { itemPath(c, id) + "?f=html", id });
			c.properties().forEach(p -> row.add(text(feature.path("properties").path(p.name()))));
			rows.add(row);
		}
		List<String[]> navigation = new ArrayList<>();
		for (Map<String, String> link : links) {
			String rel = link.get("rel");
			if (rel.equals("next") || rel.equals("prev")) {
				navigation.add(new String[] { withFormat(link.get("href"), "html"),
						rel.equals("next") ? "Next page" : "Previous page" });
			}
			if (rel.equals("self")) {
				navigation.add(new String[] { withFormat(link.get("href"), "json"), "This page as GeoJSON" });
			}
		}
		navigation.add(new String[] { "/ogc/collections/" + c.id() + "?f=html", "About " + c.title() });
		String count = features.size() + (matched == null ? "" : " of " + matched) + " features";
		return OgcHtml.page(c.title())
			.paragraph(count)
			.table(c.title() + ": " + count, headings, rows)
			.links("Pages", navigation)
			.answer();
	}

	static ResponseEntity<String> feature(FeatureCollections.Collection c, JsonNode feature) {
		String id = feature.path("id").asText();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("id", id);
		c.properties().forEach(p -> properties.put(p.name(), text(feature.path("properties").path(p.name()))));
		properties.put("geometry", feature.path("geometry").path("type").asText("none"));
		return OgcHtml.page(c.title() + " " + id)
			.pairs("Properties of " + id, properties)
			.links("Elsewhere",
					List.of(new String[] { itemPath(c, id) + "?f=json", "This feature as GeoJSON" },
							new String[] { "/ogc/collections/" + c.id() + "/items?f=html", "All " + c.title() }))
			.answer();
	}

	private static String itemPath(FeatureCollections.Collection c, String id) {
		return "/ogc/collections/" + c.id() + "/items/" + OgcLinks.segment(id);
	}

	private static String text(JsonNode value) {
		return value.isMissingNode() || value.isNull() ? "" : value.asText();
	}

	private static String withFormat(String href, String f) {
		return href + (href.contains("?") ? "&" : "?") + "f=" + f;
	}

}
