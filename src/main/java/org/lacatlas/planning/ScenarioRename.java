package org.lacatlas.planning;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.lacatlas.council.Text;

/**
 * What a rename says: a body with a name and nothing else, and in {@code If-Match} the
 * scenario's version as its ETag ({@code "3"}), so one planner's rename never silently
 * overwrites another's.
 */
record ScenarioRename(String name, int version) {

	private static final Pattern ETAG = Pattern.compile("^\\s*(?:W/)?\"?(\\d{1,9})\"?\\s*$");

	static String etag(int version) {
		return "\"" + version + "\"";
	}

	static ScenarioRename of(JsonNode body, String ifMatch) {
		if (body == null || !body.isObject()) {
			throw bad("Send a JSON object with the scenario's new name, e.g. {\"name\": \"Eight coordinators\"}.");
		}
		body.fieldNames().forEachRemaining(field -> {
			if (!field.equals("name")) {
				throw bad("Only a scenario's name can be changed here; \"" + field + "\" is not allowed.");
			}
		});
		JsonNode name = body.get("name");
		if (name != null && !name.isNull() && !name.isTextual()) {
			throw bad("The scenario's name must be text.");
		}
		String text = name == null || name.isNull() ? null : name.asText();
		String problem = Text.problem(text, 200, true);
		if (problem != null) {
			throw bad("The scenario's name " + problem + " (give up to 200 characters, e.g. \"Eight coordinators\").");
		}
		return new ScenarioRename(text.trim(), version(ifMatch));
	}

	private static int version(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PlanningProblem.ScenarioVersionRequired();
		}
		Matcher m = ETAG.matcher(ifMatch);
		if (!m.matches()) {
			throw bad("If-Match must be the scenario's ETag, a version number in quotes such as \"3\".");
		}
		return Integer.parseInt(m.group(1));
	}

	private static PlanningProblem bad(String message) {
		return new PlanningProblem.ScenarioInvalid(message);
	}

}
