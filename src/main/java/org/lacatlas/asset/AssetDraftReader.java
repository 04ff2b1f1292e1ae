package org.lacatlas.asset;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one asset from a GeoJSON Feature (WGS84 Point; fields in {@code properties}) and
 * checks every field, collecting all faults rather than stopping at the first. Whether
 * the point lies in the council's area is checked later, in PostGIS. A Feature sent as
 * JSON is <em>typed</em>: text must be a JSON string, lists arrays of strings and the
 * point two JSON numbers; one built from a CSV row holds only text (lists separated by
 * semicolons). Either way text with control characters, lone surrogates or nothing
 * visible is refused ({@link Text}).
 */
final class AssetDraftReader {

	/**
	 * The outcome: a draft when {@code errors} is empty.
	 *
	 * @param version the {@code version} property, if the client sent one
	 */
	record Read(AssetDraft draft, Integer version, List<FieldError> errors) {
	}

	private final Set<String> categories;

	private final boolean typed;

	private final List<FieldError> errors = new ArrayList<>();

	private final AssetValues values;

	private AssetDraftReader(Set<String> categories, boolean typed) {
		this.categories = categories;
		this.typed = typed;
		this.values = new AssetValues(typed, errors);
	}

	/**
	 * @param categories the taxonomy's codes
	 * @param typed whether the Feature was sent as JSON (else built from a CSV row)
	 */
	static Read read(JsonNode feature, Set<String> categories, boolean typed) {
		return new AssetDraftReader(categories, typed).feature(feature);
	}

	private Read feature(JsonNode feature) {
		if (feature == null || !feature.isObject() || !"Feature".equals(feature.path("type").asText())) {
			return new Read(null, null, List.of(FieldError.of("body",
					"must be a GeoJSON Feature: {\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", ...}, \"properties\": {...}}")));
		}
		JsonNode p = feature.path("properties");
		if (typed) {
			unknown(feature, FEATURE_MEMBERS, "is not a member of an asset's Feature");
			unknown(p, FIELDS, "is not a field of an asset");
		}
		double[] point = point(feature.path("geometry"));
		String name = values.text(p, "name", 200);
		if (name == null && errors.stream().noneMatch(e -> e.field().equals("name"))) {
			errors.add(FieldError.of("name", "must not be empty"));
		}
		String category = values.text(p, "category", 40);
		if (category == null && errors.stream().noneMatch(e -> e.field().equals("category"))) {
			errors.add(FieldError.of("category", "is required: one of " + String.join(", ", categories)));
		}
		else if (category != null && !categories.contains(category)) {
			errors.add(FieldError.of("category",
					"'" + category + "' is not a category; use one of " + String.join(", ", categories)));
		}
		var draft = new AssetDraft(name, values.text(p, "description", 4000), category, values.list(p, "tags"),
				point[0], point[1], values.text(p, "address", 300),
				checked(p, "postcode", 10, AssetFieldRules::postcode), values.text(p, "audience", 500),
				lower(checked(p, "cost", 10, AssetFieldRules::cost)), values.text(p, "openingTimes", 1000),
				checked(p, "phone", 40, AssetFieldRules::phone), checked(p, "email", 254, AssetFieldRules::email),
				checked(p, "website", 500, AssetFieldRules::website), values.text(p, "accessibility", 1000),
				values.list(p, "giftsAndSkills"), values.text(p, "source", 300), date(p, "lastVerified"), status(p));
		return new Read(errors.isEmpty() ? draft : null, version(p), List.copyOf(errors));
	}

	/** A field not listed here would be dropped unseen, so it is refused instead. */
	private void unknown(JsonNode object, Set<String> known, String why) {
		object.fieldNames().forEachRemaining(field -> {
			if (!known.contains(field)) {
				errors.add(FieldError.of(field, why));
			}
		});
	}

	private static final Set<String> FEATURE_MEMBERS = Set.of("type", "geometry", "properties", "id", "bbox");

	/**
	 * The fields a client sets, and those the server serves and sets itself ({@code id}
	 * to {@code wardName}): a feature read, changed and sent back carries those, and they
	 * are left as the server keeps them.
	 */
	private static final Set<String> FIELDS = Set.of("name", "description", "category", "tags", "address", "postcode",
			"audience", "cost", "openingTimes", "phone", "email", "website", "accessibility", "giftsAndSkills",
			"source", "lastVerified", "status", "version", "id", "categoryLabel", "licence", "addedBy", "updatedAt",
			"wardCode", "wardName");

	private double[] point(JsonNode geometry) {
		JsonNode c = geometry.path("coordinates");
		// Exactly two: an altitude would be dropped, not stored.
		if (!"Point".equals(geometry.path("type").asText()) || !c.isArray() || c.size() != 2 || !number(c.get(0))
				|| !number(c.get(1))) {
			errors.add(FieldError.of("location",
					"must be a GeoJSON Point: [longitude, latitude], two numbers in degrees (WGS84)"));
			return new double[] { Double.NaN, Double.NaN };
		}
		double lon = c.get(0).asDouble(), lat = c.get(1).asDouble();
		if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
			errors.add(FieldError.of("location", "[" + lon + ", " + lat
					+ "] is not [longitude, latitude]: longitude must be -180..180 and latitude -90..90"));
		}
		return new double[] { lon, lat };
	}

	private boolean number(JsonNode node) {
		if (node.isNumber()) {
			return Double.isFinite(node.asDouble());
		}
		try {
			return !typed && node.isTextual() && Double.isFinite(Double.parseDouble(node.asText().trim()));
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private String checked(JsonNode p, String field, int max, UnaryOperator<String> rule) {
		String value = values.text(p, field, max);
		String fault = value == null ? null : rule.apply(value);
		if (fault != null) {
			errors.add(FieldError.of(field, fault));
		}
		return value;
	}

	private static String lower(String value) {
		return value == null ? null : value.toLowerCase(Locale.ROOT);
	}

	private LocalDate date(JsonNode p, String field) {
		String value = values.text(p, field, 10);
		if (value == null) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value);
			if (date.isAfter(LocalDate.now().plusDays(1))) {
				errors.add(FieldError.of(field, value + " is in the future"));
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			errors.add(FieldError.of(field, "'" + value + "' is not a date like 2025-03-31"));
			return null;
		}
	}

	private String status(JsonNode p) {
		String value = lower(values.text(p, "status", 20));
		if (value != null && !value.equals("proposed") && !value.equals("published") && !value.equals("closed")) {
			errors.add(FieldError.of("status", "must be proposed, published or closed, not '" + value + "'"));
		}
		return value;
	}

	private Integer version(JsonNode p) {
		JsonNode node = p.path("version");
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (!node.canConvertToInt() || !node.isIntegralNumber()) {
			errors.add(FieldError.of("version", "must be a whole number"));
			return null;
		}
		return node.intValue();
	}

}
