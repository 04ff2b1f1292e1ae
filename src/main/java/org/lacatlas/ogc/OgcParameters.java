package org.lacatlas.ogc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Checks on OGC API query parameters. Part 1 (7.5, requirements query-param-unknown and
 * query-param-invalid) wants a 400 for a parameter the API definition does not declare
 * and for a value it cannot use, so nothing a client sends is silently ignored.
 */
final class OgcParameters {

	private OgcParameters() {
	}

	static OgcProblem invalid(String detail) {
		return new OgcProblem.ParameterInvalid(detail);
	}

	/**
	 * Each parameter's one value, after refusing unknown and repeated parameters.
	 * @param known the parameters the operation declares
	 * @param collection whose queryables are declared too, or null
	 */
	static Map<String, String> single(Map<String, String[]> request, Set<String> known,
			FeatureCollections.Collection collection) {
		Map<String, String> values = new LinkedHashMap<>();
		for (var entry : request.entrySet()) {
			String name = entry.getKey();
			if (name.equals(OgcLinks.COUNCIL)) {
				// the council whose data is read, taken by the council module
				if (entry.getValue().length != 1) {
					throw invalid("Parameter 'council' is given " + entry.getValue().length + " times; give it once.");
				}
				continue;
			}
			if (!known.contains(name) && (collection == null || collection.property(name).isEmpty())) {
				Set<String> allowed = new TreeSet<>(known);
				allowed.add(OgcLinks.COUNCIL);
				if (collection != null) {
					collection.properties().forEach(p -> allowed.add(p.name()));
				}
				throw invalid("Unknown parameter '" + name + "'. This request takes: " + String.join(", ", allowed)
						+ (name.equals("crs") || name.equals("bbox-crs")
								? ". Geometries are CRS84 (WGS84 longitude, latitude) only." : "."));
			}
			if (entry.getValue().length != 1) {
				throw invalid("Parameter '" + name + "' is given " + entry.getValue().length + " times; give it once.");
			}
			values.put(name, entry.getValue()[0]);
		}
		String f = values.get("f");
		if (f != null && !OgcFormat.NAMES.contains(f)) {
			throw invalid("f must be json or html, not '" + f + "'.");
		}
		return values;
	}

	/** A whole number of at least {@code min}, or {@code otherwise} when absent. */
	static long whole(Map<String, String> params, String name, long otherwise, long min) {
		String text = params.get(name);
		if (text == null) {
			return otherwise;
		}
		try {
			long value = Long.parseLong(text.strip());
			if (value >= min) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// falls through to the message
		}
		throw invalid(name + " must be a whole number of at least " + min + ", not '" + text + "'.");
	}

	/**
	 * Checks a {@code datetime}: an RFC 3339 date-time or date, or an interval of two
	 * ({@code ..} or nothing for an open end). The features here describe the present and
	 * carry no time of their own, so, as Part 1 requires (7.15.4, C), a valid value
	 * matches every feature.
	 */
	static void datetime(String text) {
		String[] ends = text.split("/", -1);
		if (ends.length > 2 || (ends.length == 2 && open(ends[0]) && open(ends[1]))) {
			throw invalid("datetime must be a date-time (2024-05-01T09:30:00Z), a date, or an interval start/end "
					+ "with '..' for an open end; not '" + text + "'.");
		}
		OffsetDateTime start = ends.length == 2 && open(ends[0]) ? null : instant(ends[0], text);
		OffsetDateTime end = ends.length == 2 && !open(ends[1]) ? instant(ends[1], text) : null;
		if (start != null && end != null && start.isAfter(end)) {
			throw invalid("datetime's interval '" + text + "' ends before it starts.");
		}
	}

	private static boolean open(String end) {
		return end.isEmpty() || end.equals("..");
	}

	private static OffsetDateTime instant(String value, String whole) {
		try {
			return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().atOffset(java.time.ZoneOffset.UTC)
					: OffsetDateTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw invalid("datetime '" + whole + "' is not an RFC 3339 date-time such as 2024-05-01T09:30:00Z or a "
					+ "date such as 2024-05-01.");
		}
	}

	/** Runs a parse whose IllegalArgumentException is the client's mistake (400). */
	static <T> T check(Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (IllegalArgumentException ex) {
			throw invalid(ex.getMessage());
		}
	}

}
