package org.lacatlas.asset;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * The query of Open Referral UK's {@code /services}: {@code page} and {@code per_page},
 * and the profile's filters {@code search}, {@code taxonomy_term_id},
 * {@code taxonomy_id}, {@code minimum_age}, {@code maximum_age}, {@code start_time},
 * {@code end_time} and {@code day}. Values are checked; an unknown or repeated parameter
 * is refused.
 *
 * @param unrecorded whether it asks about ages or opening hours, which no service here
 * records as data (opening times are free text): no service can match
 */
record OpenReferralQuery(int page, int perPage, String search, String termId, String taxonomyId, boolean unrecorded) {

	/** Names the council whose directory is read (the council module resolves it). */
	static final String COUNCIL = "council";

	static final int DEFAULT_PER_PAGE = 50;

	static final int MAX_PER_PAGE = 500;

	static final Set<String> NAMES = Set.of("page", "per_page", "search", "taxonomy_term_id", "taxonomy_id",
			"minimum_age", "maximum_age", "start_time", "end_time", "day");

	private static final Set<String> DAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU", "MONDAY", "TUESDAY",
			"WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

	static OpenReferralQuery parse(Map<String, String[]> request) {
		var params = new java.util.HashMap<String, String>();
		for (var entry : request.entrySet()) {
			if (entry.getKey().equals(COUNCIL)) {
				continue;
			}
			if (!NAMES.contains(entry.getKey())) {
				throw refused(entry.getKey(), "is not a parameter of /services; it takes "
						+ String.join(", ", new java.util.TreeSet<>(NAMES)) + " and council");
			}
			if (entry.getValue().length != 1) {
				throw refused(entry.getKey(), "is given more than once");
			}
			params.put(entry.getKey(), entry.getValue()[0].strip());
		}
		int page = whole(params, "page", 1, 1, Integer.MAX_VALUE);
		int perPage = whole(params, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
		boolean unrecorded = false;
		for (String age : new String[] { "minimum_age", "maximum_age" }) {
			if (params.containsKey(age)) {
				age(params.get(age), age);
				unrecorded = true;
			}
		}
		for (String time : new String[] { "start_time", "end_time" }) {
			if (params.containsKey(time)) {
				time(params.get(time), time);
				unrecorded = true;
			}
		}
		if (params.containsKey("day")) {
			if (!DAYS.contains(params.get("day").toUpperCase(java.util.Locale.ROOT))) {
				throw refused("day", "must be a day such as MO or Monday, not '" + params.get("day") + "'");
			}
			unrecorded = true;
		}
		return new OpenReferralQuery(page, perPage, blank(params.get("search")), blank(params.get("taxonomy_term_id")),
				blank(params.get("taxonomy_id")), unrecorded);
	}

	/** Refuses any parameter: for the endpoints that take none. */
	static void none(Map<String, String[]> request) {
		request.keySet().stream().filter(name -> !name.equals(COUNCIL)).findFirst().ifPresent(name -> {
			throw refused(name, "is not a parameter here; this takes only council");
		});
	}

	long offset() {
		return (long) (page - 1) * perPage;
	}

	private static int whole(Map<String, String> params, String name, int otherwise, int min, int max) {
		String text = params.get(name);
		if (text == null) {
			return otherwise;
		}
		try {
			int value = Integer.parseInt(text);
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// falls through to the message
		}
		throw refused(name, "must be a whole number from " + min + " to " + max + ", not '" + text + "'");
	}

	private static void age(String text, String name) {
		try {
			if (new BigDecimal(text).signum() >= 0) {
				return;
			}
		}
		catch (NumberFormatException ex) {
			// falls through to the message
		}
		throw refused(name, "must be an age in years, 0 or more, not '" + text + "'");
	}

	private static void time(String text, String name) {
		try {
			LocalTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw refused(name, "must be a time such as 09:30, not '" + text + "'");
		}
	}

	private static String blank(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

	private static AssetRejected refused(String field, String message) {
		return new AssetRejected("Invalid Open Referral query", java.util.List.of(FieldError.of(field, message)));
	}

}
