package org.lacatlas.system;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Types of the parameters the API shares, whatever Java type a controller reads them as
 * (many are read as text and checked by the module, so its messages stay its own):
 * {@code bbox} an array of four numbers, {@code limit} an integer with its maximum,
 * months as {@code YYYY-MM}, tile coordinates as integers from 0.
 */
final class ApiParameters {

	private ApiParameters() {
	}

	static void type(String path, Parameter p) {
		String name = p.getName();
		switch (name) {
			case "bbox" -> array(p, 4, "minLon,minLat,maxLon,maxLat in WGS84 degrees");
			case "near" -> array(p, 2, "lon,lat in WGS84 degrees: results nearest first, with distance in metres");
			case "limit" -> p.schema(integer(1, path.startsWith("/api/assets") ? 500 : 1000)).description("Page size");
			case "offset" -> p.schema(integer(0, null)).description("Rows to skip");
			case "radius" -> p.schema(number(1, 50_000)).description("Metres from near");
			case "neighbourhood" -> p.schema(integer(1, null)).description("Neighbourhood id");
			case "zoom" -> p.schema(number(0, 22)).description("Web map zoom");
			case "cellSize" -> p.schema(integer(250, 5000)).description("Hexagon edge in metres (EPSG:27700)");
			case "from", "to" -> p.schema(new StringSchema().pattern("^\\d{4}-\\d{2}$"))
				.description("A calendar month, YYYY-MM (whole months only)");
			case "distance" -> p.schema(number(0, 50_000)).description("Metres, in a straight line");
			case "z", "x", "y" -> p.schema(integer(0, null));
			case "category", "status" -> p.description("One or more codes, separated by commas");
			case "version" -> p.schema(integer(1, null)).description("The version you started from");
			default -> {
			}
		}
	}

	private static void array(Parameter p, int items, String description) {
		ArraySchema schema = new ArraySchema();
		schema.setItems(new NumberSchema());
		schema.setMinItems(items);
		schema.setMaxItems(items);
		p.schema(schema).style(Parameter.StyleEnum.FORM).explode(false).description(description + " (comma-separated)");
	}

	private static Schema<?> integer(int min, Integer max) {
		IntegerSchema schema = new IntegerSchema();
		schema.setMinimum(BigDecimal.valueOf(min));
		if (max != null) {
			schema.setMaximum(BigDecimal.valueOf(max));
		}
		return schema;
	}

	private static Schema<?> number(double min, double max) {
		NumberSchema schema = new NumberSchema();
		schema.setMinimum(BigDecimal.valueOf(min));
		schema.setMaximum(BigDecimal.valueOf(max));
		return schema;
	}

	static final List<String> HEADERS_NOT_DOCUMENTED = List.of("Accept", "Content-Type");

}
