package org.lacatlas.ogc;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;

/**
 * The API definition as plain HTML (the {@code service-doc}): each path with its summary,
 * its parameters and the statuses it answers, read from the same document the
 * {@code service-desc} serves, so the two never disagree.
 */
final class OgcApiPage {

	private OgcApiPage() {
	}

	static ResponseEntity<String> of(ObjectNode api) {
		OgcHtml page = OgcHtml.page(api.at("/info/title").asText())
			.paragraph(api.at("/info/description").asText())
			.paragraph("Server: " + api.at("/servers/0/url").asText() + " (paths below are relative to it).");
		api.get("paths").fields().forEachRemaining(path -> {
			JsonNode get = path.getValue().get("get");
			page.heading("GET " + path.getKey() + " — " + get.get("summary").asText());
			List<List<Object>> rows = new ArrayList<>();
			for (JsonNode parameter : get.get("parameters")) {
				JsonNode p = parameter.has("$ref") ? api.at(parameter.get("$ref").asText().substring(1)) : parameter;
				rows.add(List.of(p.get("name").asText(), p.get("in").asText(), type(p.get("schema")),
						p.path("description").asText()));
			}
			page.table("Parameters of GET " + path.getKey(), List.of("Parameter", "In", "Type", "Meaning"), rows);
			List<String> statuses = new ArrayList<>();
			get.get("responses").fieldNames().forEachRemaining(statuses::add);
			page.paragraph("Answers: " + String.join(", ", statuses) + (get.get("security").isEmpty()
					? "; open to anyone." : "; needs a LAC Atlas user (HTTP Basic or a signed-in session)."));
		});
		return page.links("Elsewhere", List.<String[]>of(new String[] { "/ogc/api?f=json", "This definition as JSON" },
				new String[] { "/ogc?f=html", "Landing page" }))
			.answer();
	}

	private static String type(JsonNode schema) {
		String type = schema.path("type").asText();
		if (type.equals("array")) {
			return "array of " + schema.at("/items/type").asText() + " (" + schema.path("minItems").asText() + "–"
					+ schema.path("maxItems").asText() + ", comma-separated)";
		}
		if (schema.has("maximum")) {
			return type + " " + schema.path("minimum").asText() + "–" + schema.path("maximum").asText();
		}
		return schema.has("enum") ? type + ": " + schema.get("enum").toString() : type;
	}

}
