package org.lacatlas.asset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lacatlas.geography.BoundingBox;

/**
 * A search for assets, checked on construction so SQL only ever sees clean values. Every
 * filter is optional and they combine with AND.
 *
 * @param words words of the full-text query (letters and digits only), each matched as a
 * prefix
 * @param categories taxonomy codes; empty for all
 * @param statuses statuses wanted; by default proposed and published (closed only when
 * asked)
 * @param bbox WGS84 box, already cut to Great Britain; null for none
 * @param ward ward code; null for none
 * @param neighbourhood neighbourhood id; null for none
 * @param near WGS84 {@code [lon, lat]} to measure distance from; results are then ordered
 * by distance; null for none
 * @param radius metres from {@code near}; null for no limit
 * @param limit page size, 1..500
 * @param offset rows to skip
 */
record AssetQuery(List<String> words, List<String> categories, List<String> statuses, BoundingBox bbox, String ward,
		Long neighbourhood, double[] near, Double radius, int limit, int offset) {

	static final int MAX_LIMIT = 500;

	static final int DEFAULT_LIMIT = 100;

	static final double MAX_RADIUS = 50_000;

	static final List<String> STATUSES = List.of("proposed", "published", "closed");

	static final List<String> DEFAULT_STATUSES = List.of("proposed", "published");

	/** The raw request parameters, as strings or null. */
	record Params(String q, String category, String status, String bbox, String ward, String neighbourhood, String near,
			String radius, String limit, String offset) {

		static Params all() {
			return new Params(null, null, null, null, null, null, null, null, String.valueOf(MAX_LIMIT), null);
		}

	}

	static AssetQuery parse(Params p, Set<String> knownCategories) {
		var errors = new ArrayList<FieldError>();
		List<String> categories = codes(p.category(), knownCategories, "category", errors);
		List<String> statuses = codes(p.status(), Set.copyOf(STATUSES), "status", errors);
		BoundingBox bbox = null;
		if (present(p.bbox())) {
			try {
				bbox = BoundingBox.parse(p.bbox()).overGreatBritain().orElse(null);
				if (bbox == null) {
					errors.add(FieldError.of("bbox", "is not over Great Britain"));
				}
			}
			catch (IllegalArgumentException ex) {
				errors.add(FieldError.of("bbox", ex.getMessage()));
			}
		}
		double[] near = present(p.near()) ? near(p.near(), errors) : null;
		Double radius = present(p.radius()) ? number(p.radius(), "radius", 1, MAX_RADIUS, errors) : null;
		if (radius != null && near == null) {
			errors.add(FieldError.of("radius", "needs near=lon,lat to measure from"));
		}
		Long neighbourhood = present(p.neighbourhood())
				? whole(p.neighbourhood(), "neighbourhood", 1, Long.MAX_VALUE, errors) : null;
		Long limit = present(p.limit()) ? whole(p.limit(), "limit", 1, MAX_LIMIT, errors) : null;
		Long offset = present(p.offset()) ? whole(p.offset(), "offset", 0, Integer.MAX_VALUE, errors) : null;
		if (!errors.isEmpty()) {
			throw new AssetRejected("Invalid search", errors);
		}
		return new AssetQuery(words(p.q()), categories, statuses.isEmpty() ? DEFAULT_STATUSES : statuses, bbox,
				present(p.ward()) ? p.ward().strip() : null, neighbourhood, near, radius,
				limit == null ? DEFAULT_LIMIT : limit.intValue(), offset == null ? 0 : offset.intValue());
	}

	/** Every asset of every status (what a reader may see still applies). */
	static AssetQuery everything() {
		return new AssetQuery(List.of(), List.of(), STATUSES, null, null, null, null, null, MAX_LIMIT, 0);
	}

	/** Every published asset. */
	static AssetQuery published() {
		return new AssetQuery(List.of(), List.of(), List.of("published"), null, null, null, null, null, MAX_LIMIT, 0);
	}

	/** The same search, every row: for exports and clusters. */
	AssetQuery unpaged() {
		return new AssetQuery(words, categories, statuses, bbox, ward, neighbourhood, near, radius, Integer.MAX_VALUE,
				0);
	}

	/** Prefix query for PostgreSQL's {@code to_tsquery}: {@code lunch:* & club:*}. */
	String tsquery() {
		return words.isEmpty() ? null : String.join(" & ", words.stream().map(w -> w + ":*").toList());
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	/** Words of letters and digits: nothing else reaches the tsquery syntax. */
	static List<String> words(String q) {
		if (!present(q)) {
			return List.of();
		}
		return Arrays.stream(q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(w -> !w.isEmpty())
			.distinct()
			.limit(10)
			.toList();
	}

	private static List<String> codes(String value, Set<String> known, String field, List<FieldError> errors) {
		if (!present(value)) {
			return List.of();
		}
		List<String> codes = Arrays.stream(value.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
		for (String code : codes) {
			if (!known.contains(code)) {
				errors.add(FieldError.of(field,
						"'" + code + "' is not one of " + String.join(", ", known.stream().sorted().toList())));
			}
		}
		return codes;
	}

	private static double[] near(String value, List<FieldError> errors) {
		String[] parts = value.split(",");
		try {
			double lon = Double.parseDouble(parts[0].strip()), lat = Double.parseDouble(parts[1].strip());
			if (parts.length == 2 && lon >= -10 && lon <= 4 && lat >= 49 && lat <= 62) {
				return new double[] { lon, lat };
			}
		}
		catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
			// falls through to the message
		}
		errors.add(FieldError.of("near", "must be lon,lat in degrees (WGS84) in Great Britain, like 0.3233,51.4774"));
		return null;
	}

	/** A whole number in range: 1.5 or 1e2 is refused, not rounded. */
	private static Long whole(String value, String field, long min, long max, List<FieldError> errors) {
		try {
			long n = Long.parseLong(value.strip());
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// falls through to the message
		}
		errors.add(FieldError.of(field, "'" + value + "' must be a whole number from " + min + " to " + max));
		return null;
	}

	private static Double number(String value, String field, double min, double max, List<FieldError> errors) {
		try {
			double n = Double.parseDouble(value.strip());
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// falls through to the message
		}
		errors.add(FieldError.of(field, "'" + value + "' must be a number from " + (long) min + " to " + (long) max));
		return null;
	}

}
