package org.lacatlas.ogc;

import static org.lacatlas.ogc.OgcApiComponents.NODES;
import static org.lacatlas.ogc.OgcApiComponents.ref;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * The OGC API's definition, the landing page's {@code service-desc}: an OpenAPI 3.0
 * document made from {@link FeatureCollections}, so it always says what the server does.
 * Paths are relative to the server URL {@code …/ogc}, as GDAL and the OGC test suite
 * expect, and each collection has its own items path listing its queryables as parameters
 * (Part 1's property=value form): GDAL reads those to filter on the server.
 */
@Component
class OgcApiDefinition {

	/**
	 * @param server the absolute URL of {@code /ogc}
	 */
	ObjectNode document(String server) {
		ObjectNode api = NODES.objectNode().put("openapi", "3.0.3");
		ObjectNode info = api.putObject("info")
			.put("title", "LAC Atlas – OGC API – Features")
			.put("version", "1.0.0")
			.put("description", OgcController.DESCRIPTION + " Wards and small areas are open to anyone; "
					+ "neighbourhoods and published community assets need a LAC Atlas user (HTTP Basic).");
		info.putObject("license")
			.put("name", "Boundaries and Census data: Open Government Licence v3.0")
			.put("url", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
		api.putArray("servers").addObject().put("url", server).put("description", "This server");
		ArrayNode tags = api.putArray("tags");
		tags.addObject().put("name", "Capabilities").put("description", "What the API offers and conforms to.");
		tags.addObject().put("name", "Data").put("description", "Collections and their features.");
		ObjectNode paths = api.putObject("paths");
		capability(paths, "/", "getLandingPage", "Landing page: links to everything else", "landingPage");
		capability(paths, "/conformance", "getConformanceDeclaration", "Conformance classes implemented",
				"confClasses");
		ObjectNode definition = operation(paths.putObject("/api"), "getApiDefinition",
				"This API definition (OpenAPI 3.0)", "Capabilities", false);
		ok(definition, "The API definition, or its documentation as HTML", OgcLinks.OPENAPI, null);
		capability(paths, "/collections", "getCollections", "The collections you may read", "collections");
		ObjectNode collection = operation(paths.putObject("/collections/{collectionId}"), "describeCollection",
				"One collection: extent and links", "Capabilities", false);
		ArrayNode ids = ((ObjectNode) ((ArrayNode) collection.get("parameters")).insertObject(0)
			.put("name", "collectionId")
			.put("in", "path")
			.put("required", true)
			.put("description", "The collection's id.")
			.putObject("schema")
			.put("type", "string")).putArray("enum");
		FeatureCollections.ALL.forEach(c -> ids.add(c.id()));
		ok(collection, "The collection", OgcLinks.JSON, "collection");
		error(collection, "404", "NotFound");
		error(collection, "401", "Unauthorized");
		FeatureCollections.ALL.forEach(c -> OgcApiFeaturePaths.add(paths, c));
		api.set("components", OgcApiComponents.components());
		return api;
	}

	private static void capability(ObjectNode paths, String path, String id, String summary, String schema) {
		ok(operation(paths.putObject(path), id, summary, "Capabilities", false), summary, OgcLinks.JSON, schema);
	}

	/**
	 * A GET with the f parameter and the errors every operation can give.
	 * @param signedIn whether only signed-in users may call it
	 */
	static ObjectNode operation(ObjectNode path, String id, String summary, String tag, boolean signedIn) {
		ObjectNode get = path.putObject("get").put("operationId", id).put("summary", summary);
		get.putArray("tags").add(tag);
		get.putArray("parameters").addObject().put("$ref", "#/components/parameters/f");
		ArrayNode security = get.putArray("security");
		if (signedIn) {
			security.addObject().putArray("basicAuth");
			security.addObject().putArray("sessionCookie");
		}
		get.putObject("responses");
		error(get, "400", "BadRequest");
		error(get, "406", "NotAcceptable");
		return get;
	}

	/** The 200 answer: {@code type} with {@code schema}, or text/html. */
	static void ok(ObjectNode get, String description, String type, String schema) {
		ObjectNode content = ((ObjectNode) get.get("responses")).putObject("200")
			.put("description", description)
			.putObject("content");
		ObjectNode json = content.putObject(type).putObject("schema");
		if (schema == null) {
			json.put("type", "object");
		}
		else {
			json.put("$ref", ref(schema));
		}
		content.putObject(OgcLinks.HTML).putObject("schema").put("type", "string");
	}

	static void error(ObjectNode get, String status, String response) {
		((ObjectNode) get.get("responses")).putObject(status).put("$ref", "#/components/responses/" + response);
	}

}
