package org.lacatlas.asset;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Assets as CSV: one row per asset, WGS84 {@code lon}/{@code lat} columns, lists (tags,
 * gifts and skills) separated by semicolons. The export's columns import back unchanged;
 * on import, column names ignore case, spaces, dashes and underscores
 * ({@code Opening times} = {@code openingTimes}), and {@code longitude}/{@code latitude}
 * are accepted too.
 */
final class AssetCsv {

	/**
	 * Export columns: feature properties, with {@code lon}/{@code lat} from the geometry.
	 */
	static final List<String> COLUMNS = List.of("id", "version", "status", "name", "category", "categoryLabel",
			"description", "tags", "address", "postcode", "wardCode", "wardName", "lon", "lat", "audience", "cost",
			"openingTimes", "phone", "email", "website", "accessibility", "giftsAndSkills", "source", "licence",
			"addedBy", "lastVerified", "updatedAt");

	private static final Set<String> LISTS = Set.of("tags", "giftsAndSkills");

	private static final Set<String> FORMULA_STARTS = Set.of("=", "+", "-", "@", "\t", "\r");

	/** Import column names, normalised, to property names; others are ignored. */
	private static final Map<String, String> IMPORTED = new HashMap<>();

	static {
		for (String property : List.of("name", "description", "category", "tags", "address", "postcode", "audience",
				"cost", "openingTimes", "phone", "email", "website", "accessibility", "giftsAndSkills", "source",
				"lastVerified", "status", "lon", "lat")) {
			IMPORTED.put(normalise(property), property);
		}
		IMPORTED.put("longitude", "lon");
		IMPORTED.put("latitude", "lat");
	}

	private AssetCsv() {
	}

	private static String normalise(String header) {
		return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	/**
	 * Each data row as a GeoJSON Feature for {@link AssetDraftReader}; a header that
	 * lacks name, category, lon or lat is refused.
	 */
	static List<JsonNode> features(String text) {
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setAllowMissingColumnNames(true)
			.get()
			.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
			Map<String, String> columns = new HashMap<>();
			parser.getHeaderNames().forEach(h -> {
				String property = IMPORTED.get(normalise(h));
				if (property != null) {
					columns.put(h, property);
				}
			});
			var missing = new ArrayList<>(List.of("name", "category", "lon", "lat"));
			missing.removeAll(columns.values());
			if (!missing.isEmpty()) {
				throw AssetRejected.of("columns", "the CSV header must name the columns " + String.join(", ", missing)
						+ " (found: " + String.join(", ", parser.getHeaderNames()) + ")");
			}
			List<JsonNode> features = new ArrayList<>();
			for (CSVRecord row : parser) {
				features.add(feature(row, columns));
			}
			return features;
		}
		catch (IOException | IllegalStateException | IllegalArgumentException | UncheckedIOException ex) {
			throw AssetRejected.of("body", "is not readable CSV: " + ex.getMessage());
		}
	}

	private static JsonNode feature(CSVRecord row, Map<String, String> columns) {
		var nodes = JsonNodeFactory.instance;
		ObjectNode properties = nodes.objectNode();
		String[] point = new String[2];
		columns.forEach((header, property) -> {
			String value = row.isSet(header) ? row.get(header) : null;
			switch (property) {
				case "lon" -> point[0] = value;
				case "lat" -> point[1] = value;
				default -> properties.put(property, value);
			}
		});
		ObjectNode geometry = nodes.objectNode().put("type", "Point");
		geometry.putArray("coordinates").add(point[0]).add(point[1]);
		ObjectNode feature = nodes.objectNode().put("type", "Feature");
		feature.set("geometry", geometry);
		feature.set("properties", properties);
		return feature;
	}

	static CSVPrinter printer(Writer out) throws IOException {
		return CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out);
	}

	/** One export row from a Feature. */
	static List<String> row(JsonNode feature) {
		JsonNode p = feature.path("properties");
		List<String> row = new ArrayList<>(COLUMNS.size());
		for (String column : COLUMNS) {
			JsonNode value = switch (column) {
				case "lon" -> feature.path("geometry").path("coordinates").path(0);
				case "lat" -> feature.path("geometry").path("coordinates").path(1);
				default -> p.path(column);
			};
			row.add(LISTS.contains(column) ? joined(value) : safe(column, value));
		}
		return row;
	}

	private static String joined(JsonNode list) {
		List<String> items = new ArrayList<>();
		list.forEach(item -> items.add(item.asText()));
		return String.join(";", items);
	}

	/**
	 * Text that a spreadsheet would run as a formula gets a leading apostrophe (CSV
	 * injection); numbers and phone numbers are left alone.
	 */
	private static String safe(String column, JsonNode value) {
		if (value.isMissingNode() || value.isNull()) {
			return "";
		}
		String text = value.asText();
		boolean formula = !text.isEmpty() && FORMULA_STARTS.contains(text.substring(0, 1)) && !value.isNumber()
				&& !column.equals("phone");
		return formula ? "'" + text : text;
	}

}
