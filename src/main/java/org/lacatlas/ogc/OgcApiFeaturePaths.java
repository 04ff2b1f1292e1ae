package org.lacatlas.ogc;

import static org.lacatlas.ogc.OgcApiComponents.NODES;
import static org.lacatlas.ogc.OgcApiComponents.object;
import static org.lacatlas.ogc.OgcApiComponents.props;
import static org.lacatlas.ogc.OgcApiComponents.ref;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The paths of one collection in the OGC API definition: its items (with a parameter per
 * queryable), one item, and its queryables, each answered as GeoJSON (or JSON Schema)
 * whose properties are typed as the collection holds them.
 */
final class OgcApiFeaturePaths {

	private OgcApiFeaturePaths() {
	}

	static void add(ObjectNode paths, FeatureCollections.Collection c) {
		String base = "/collections/" + c.id();
		String name = operationName(c.id());
		ObjectNode items = OgcApiDefinition.operation(paths.putObject(base + "/items"), "get" + name + "Features",
				c.title() + ": a page of features", "Data", c.signedIn());
		ArrayNode parameters = (ArrayNode) items.get("parameters");
		for (String shared : new String[] { "bbox", "limit", "offset", "datetime", "filter", "filter-lang",
				"filter-crs" }) {
			parameters.addObject().put("$ref", "#/components/parameters/" + shared);
		}
		for (FeatureCollections.Property p : c.properties()) {
			ObjectNode parameter = parameters.addObject()
				.put("name", p.name())
				.put("in", "query")
				.put("required", false)
				.put("description", "Only features whose " + p.name() + " is this value: " + p.description() + ".")
				.put("style", "form")
				.put("explode", false);
			parameter.putObject("schema").put("type", p.kind().jsonType());
		}
		ObjectNode collection = object(NODES.objectNode(), "type", "features");
		props(collection).putObject("type").put("type", "string").putArray("enum").add("FeatureCollection");
		props(collection).putObject("features").put("type", "array").set("items", feature(c));
		OgcApiComponents.links(props(collection));
		props(collection).putObject("timeStamp").put("type", "string").put("format", "date-time");
		props(collection).putObject("numberMatched").put("type", "integer").put("minimum", 0);
		props(collection).putObject("numberReturned").put("type", "integer").put("minimum", 0);
		okWith(items, "Features of " + c.title() + ", with next and prev links", OgcLinks.GEOJSON, collection);
		restricted(items, c);

		ObjectNode item = OgcApiDefinition.operation(paths.putObject(base + "/items/{featureId}"),
				"get" + name + "Feature", c.title() + ": one feature", "Data", c.signedIn());
		((ArrayNode) item.get("parameters")).addObject().put("$ref", "#/components/parameters/featureId");
		okWith(item, "The feature, with self, alternate and collection links", OgcLinks.GEOJSON, feature(c));
		restricted(item, c);

		ObjectNode queryables = OgcApiDefinition.operation(paths.putObject(base + "/queryables"),
				"get" + name + "Queryables", c.title() + ": the properties a filter may name", "Data", c.signedIn());
		ObjectNode schema = NODES.objectNode().put("$ref", ref("queryables"));
		okWith(queryables, "A JSON Schema of the queryables", OgcLinks.SCHEMA, schema);
		restricted(queryables, c);
	}

	private static ObjectNode feature(FeatureCollections.Collection c) {
		ObjectNode feature = object(NODES.objectNode(), "type", "geometry", "properties");
		props(feature).putObject("type").put("type", "string").putArray("enum").add("Feature");
		props(feature).putObject("id").put("type", c.integerIds() ? "integer" : "string");
		props(feature).putObject("geometry").put("$ref", ref("geometryGeoJSON"));
		ObjectNode properties = object(props(feature).putObject("properties"));
		for (FeatureCollections.Property p : c.properties()) {
			props(properties).putObject(p.name())
				.put("type", p.kind().jsonType())
				.put("nullable", true)
				.put("description", p.description());
		}
		OgcApiComponents.links(props(feature));
		return feature;
	}

	private static void okWith(ObjectNode get, String description, String type, ObjectNode schema) {
		ObjectNode content = ((ObjectNode) get.get("responses")).putObject("200")
			.put("description", description)
			.putObject("content");
		content.putObject(type).set("schema", schema);
		content.putObject(OgcLinks.HTML).putObject("schema").put("type", "string");
	}

	private static void restricted(ObjectNode get, FeatureCollections.Collection c) {
		OgcApiDefinition.error(get, "404", "NotFound");
		if (c.signedIn()) {
			OgcApiDefinition.error(get, "401", "Unauthorized");
		}
	}

	/** {@code small-areas} → {@code SmallAreas}. */
	private static String operationName(String id) {
		StringBuilder name = new StringBuilder();
		for (String part : id.split("-")) {
			name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
		}
		return name.toString();
	}

}
