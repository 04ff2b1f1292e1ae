package org.lacatlas.asset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.lacatlas.council.Text;

/**
 * The text and lists of one asset Feature's properties, each fault added to the reader's
 * errors. Typed (sent as JSON): text is a JSON string, a list an array of strings with no
 * empty or repeated item. From a CSV row: any value is text and a list one text separated
 * by semicolons. Either way {@link Text} refuses control characters, lone surrogates and
 * values with nothing visible.
 */
final class AssetValues {

	static final int MAX_LIST_ITEMS = 20;

	static final int MAX_ITEM_LENGTH = 60;

	private final boolean typed;

	private final List<FieldError> errors;

	AssetValues(boolean typed, List<FieldError> errors) {
		this.typed = typed;
		this.errors = errors;
	}

	String text(JsonNode p, String field, int max) {
		JsonNode node = p.path(field);
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (typed ? !node.isTextual() : !node.isValueNode()) {
			errors.add(FieldError.of(field, "must be text"));
			return null;
		}
		String value = node.asText().strip();
		if (value.length() > max) {
			errors.add(FieldError.of(field, "is " + value.length() + " characters long; at most " + max + " are kept"));
			return null;
		}
		return value.isEmpty() ? null : visible(field, value);
	}

	/** The value, or null with a fault when {@link Text} refuses it. */
	private String visible(String field, String value) {
		String fault = Text.problem(value, Integer.MAX_VALUE, false);
		if (fault == null) {
			return value;
		}
		// Non-empty after strip() yet blank to Text: no-break spaces or invisible
		// characters only.
		errors.add(FieldError.of(field, fault.equals("is only spaces")
				? "has nothing visible in it (only spaces or invisible characters)" : fault));
		return null;
	}

	/**
	 * An array of text (typed), or one text with items separated by semicolons (a CSV
	 * cell, where an empty item between two semicolons is nothing).
	 */
	List<String> list(JsonNode p, String field) {
		JsonNode node = p.path(field);
		List<String> raw = new ArrayList<>();
		if (node.isArray()) {
			node.forEach(item -> raw.add(item.isTextual() || !typed && item.isValueNode() ? item.asText() : null));
		}
		else if (!typed && node.isValueNode() && !node.isNull()) {
			raw.addAll(List.of(node.asText().split(";")));
		}
		else if (!node.isMissingNode() && !node.isNull()) {
			errors.add(FieldError.of(field, "must be a list of text, like [\"lunch club\", \"over 60s\"]"));
		}
		if (raw.contains(null)) {
			errors
				.add(FieldError.of(field, "must be a list of text: every item a string, not null, a number or a list"));
			return List.of();
		}
		var items = new LinkedHashSet<String>();
		for (String item : raw) {
			item(field, item.strip(), items);
		}
		if (items.size() > MAX_LIST_ITEMS) {
			errors.add(FieldError.of(field, "has " + items.size() + " items; at most " + MAX_LIST_ITEMS));
		}
		return List.copyOf(items);
	}

	private void item(String field, String value, Set<String> items) {
		if (value.length() > MAX_ITEM_LENGTH) {
			errors.add(FieldError.of(field,
					"'" + value.substring(0, 20) + "...' is longer than " + MAX_ITEM_LENGTH + " characters"));
		}
		else if (value.isEmpty()) {
			if (typed) {
				errors.add(FieldError.of(field, "has an empty item"));
			}
		}
		else if (visible(field, value) != null && !items.add(value) && typed) {
			errors.add(FieldError.of(field, "names '" + value + "' twice"));
		}
	}

}
