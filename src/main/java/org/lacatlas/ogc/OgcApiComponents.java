package org.lacatlas.ogc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The reusable parts of the OGC API definition: parameters as Part 1 and Part 3 define
 * them (bbox an array of 4 or 6 numbers, limit an integer with a maximum, datetime a
 * string, each {@code style: form, explode: false}), security schemes, problem+json
 * errors and the response schemas.
 */
final class OgcApiComponents {

	static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private OgcApiComponents() {
	}

	static ObjectNode components() {
		ObjectNode components = NODES.objectNode();
		ObjectNode security = components.putObject("securitySchemes");
		security.putObject("basicAuth")
			.put("type", "http")
			.put("scheme", "basic")
			.put("description", "A LAC Atlas user name and password on each request (GIS clients, scripts).");
		security.putObject("sessionCookie")
			.put("type", "apiKey")
			.put("in", "cookie")
			.put("name", "SESSION")
			.put("description", "The session of a person signed in at /login.html (the map).");
		parameters(components.putObject("parameters"));
		schemas(components.putObject("schemas"));
		responses(components.putObject("responses"));
		return components;
	}

	private static void parameters(ObjectNode p) {
		ObjectNode f = query(p, "f", "Encoding of the answer: json (GeoJSON for features) or html. Without it, the "
				+ "Accept header decides.");
		f.putObject("schema").put("type", "string").putArray("enum").add("json").add("html");
		ObjectNode bbox = query(p, "bbox", "Only features whose geometry meets this box: minLon,minLat,maxLon,maxLat "
				+ "in CRS84 (or 6 numbers with heights, which are ignored). A west edge east of the east edge "
				+ "crosses the antimeridian. A valid box anywhere is accepted; outside Great Britain it holds none.");
		bbox.putObject("schema")
			.put("type", "array")
			.put("minItems", 4)
			.put("maxItems", 6)
			.putObject("items")
			.put("type", "number");
		ObjectNode limit = query(p, "limit", "Most features in one page; above the maximum the maximum is served.");
		limit.putObject("schema")
			.put("type", "integer")
			.put("minimum", 1)
			.put("maximum", ItemsQuery.MAX_LIMIT)
			.put("default", ItemsQuery.DEFAULT_LIMIT);
		ObjectNode offset = query(p, "offset", "Features to skip (follow the next link rather than counting).");
		offset.putObject("schema").put("type", "integer").put("minimum", 0).put("default", 0);
		ObjectNode datetime = query(p, "datetime",
				"An RFC 3339 date-time or interval (start/end, '..' for an open end). These features describe the "
						+ "present and carry no time of their own, so a valid value matches all of them.");
		datetime.putObject("schema").put("type", "string");
		ObjectNode filter = query(p, "filter", "A basic CQL2 text filter over the collection's queryables, e.g. "
				+ "residents > 1500 AND wardCode = 'E05002235'.");
		filter.putObject("schema").put("type", "string").put("maxLength", Cql2Text.MAX_LENGTH);
		ObjectNode lang = query(p, "filter-lang", "The filter's language: cql2-text, the only one offered.");
		lang.putObject("schema").put("type", "string").put("default", "cql2-text").putArray("enum").add("cql2-text");
		ObjectNode crs = query(p, "filter-crs", "CRS of geometries in a filter; filters here hold none.");
		crs.putObject("schema")
			.put("type", "string")
			.put("format", "uri")
			.put("default", ItemsQuery.CRS84)
			.putArray("enum")
			.add(ItemsQuery.CRS84);
		p.putObject("featureId")
			.put("name", "featureId")
			.put("in", "path")
			.put("required", true)
			.put("description", "The feature's id: an ONS code for wards and small areas, a number otherwise.")
			.putObject("schema")
			.put("type", "string");
	}

	static ObjectNode query(ObjectNode parent, String name, String description) {
		return parent.putObject(name)
			.put("name", name)
			.put("in", "query")
			.put("required", false)
			.put("description", description)
			.put("style", "form")
			.put("explode", false);
	}

	private static void schemas(ObjectNode s) {
		ObjectNode link = object(s.putObject("link"), "href", "rel");
		props(link).putObject("href").put("type", "string").put("format", "uri");
		props(link).putObject("rel").put("type", "string");
		props(link).putObject("type").put("type", "string");
		props(link).putObject("title").put("type", "string");
		ObjectNode landing = object(s.putObject("landingPage"), "links");
		props(landing).putObject("title").put("type", "string");
		props(landing).putObject("description").put("type", "string");
		links(props(landing));
		ObjectNode conformance = object(s.putObject("confClasses"), "conformsTo");
		props(conformance).putObject("conformsTo").put("type", "array").putObject("items").put("type", "string");
		ObjectNode collection = object(s.putObject("collection"), "id", "links");
		for (String text : new String[] { "id", "title", "description", "itemType" }) {
			props(collection).putObject(text).put("type", "string");
		}
		props(collection).putObject("crs").put("type", "array").putObject("items").put("type", "string");
		props(collection).putObject("extent").put("type", "object");
		links(props(collection));
		ObjectNode collections = object(s.putObject("collections"), "links", "collections");
		links(props(collections));
		props(collections).putObject("collections")
			.put("type", "array")
			.putObject("items")
			.put("$ref", ref("collection"));
		ObjectNode geometry = object(s.putObject("geometryGeoJSON"), "type");
		props(geometry).putObject("type").put("type", "string");
		props(geometry).putObject("coordinates").put("type", "array").putObject("items");
		ObjectNode problem = object(s.putObject("problem"));
		for (String text : new String[] { "type", "title", "detail", "instance" }) {
			props(problem).putObject(text).put("type", "string");
		}
		props(problem).putObject("status").put("type", "integer");
		ObjectNode queryables = object(s.putObject("queryables"), "properties");
		queryables.put("description", "A JSON Schema (2020-12) of the properties a filter may name.");
		props(queryables).putObject("properties").put("type", "object");
		props(queryables).putObject("title").put("type", "string");
	}

	static ObjectNode object(ObjectNode schema, String... required) {
		schema.put("type", "object");
		if (required.length > 0) {
			ArrayNode list = schema.putArray("required");
			for (String r : required) {
				list.add(r);
			}
		}
		schema.putObject("properties");
		return schema;
	}

	static ObjectNode props(ObjectNode schema) {
		return (ObjectNode) schema.get("properties");
	}

	static void links(ObjectNode properties) {
		properties.putObject("links").put("type", "array").putObject("items").put("$ref", ref("link"));
	}

	static String ref(String schema) {
		return "#/components/schemas/" + schema;
	}

	private static void responses(ObjectNode r) {
		error(r, "BadRequest",
				"A parameter is unknown, repeated or has a value that cannot be used; detail says which.");
		error(r, "Unauthorized", "The collection needs a signed-in user (HTTP Basic or the map's session).");
		error(r, "NotFound", "No such collection or feature.");
		error(r, "NotAcceptable", "The Accept header allows none of the encodings offered.");
	}

	private static void error(ObjectNode responses, String name, String description) {
		responses.putObject(name)
			.put("description", description)
			.putObject("content")
			.putObject("application/problem+json")
			.putObject("schema")
			.put("$ref", ref("problem"));
	}

}
