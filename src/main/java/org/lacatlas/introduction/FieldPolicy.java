package org.lacatlas.introduction;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fields an introduction has, and why any other is refused. Fields that would carry a
 * person's identity or exact whereabouts get a reason naming what to give instead.
 */
final class FieldPolicy {

	static final String FIELDS = "date, source, level, ageBand, needs, sector or gridCell, and workedWithOutOfArea";

	private static final String NAME = "A person's name is never recorded.";

	private static final String ADDRESS = "An address is never recorded: give the postcode sector in 'sector', e.g. RM17 6.";

	private static final String POSTCODE = "A full postcode is never recorded: give only its sector in 'sector', e.g. RM17 6.";

	private static final String BIRTH = "A date of birth or exact age is never recorded: give the age band in 'ageBand'.";

	private static final String COORDINATES = "Exact coordinates are never recorded: give a postcode sector ('sector') "
			+ "or a grid cell of at least 250 m ('gridCell').";

	private static final String FREE_TEXT = "Free text about a person is never recorded: choose the source, level, "
			+ "age band and needs from their lists.";

	private static final String CONTACT = "Contact details and identifying numbers are never recorded.";

	private static final String SEX = "Sex and gender are not recorded.";

	private static final Map<String, String> REFUSED = Stream
		.of(reasons(NAME, "name", "firstname", "lastname", "surname", "forename", "fullname", "givenname", "familyname",
				"personname", "clientname", "initials"),
				reasons(ADDRESS, "address", "addressline1", "addressline2", "street", "housenumber", "house", "flat",
						"town", "city", "uprn"),
				reasons(POSTCODE, "postcode", "postalcode", "zip", "zipcode"),
				reasons(BIRTH, "dateofbirth", "dob", "birthdate", "birthday", "age", "yearofbirth"),
				reasons(COORDINATES, "lat", "lon", "lng", "long", "latitude", "longitude", "latlng", "latlon",
						"coordinates", "coords", "point", "geometry", "geom", "x", "y", "easting", "northing",
						"position", "location", "gridref"),
				reasons(FREE_TEXT, "notes", "note", "comment", "comments", "description", "details", "freetext", "text",
						"story", "reason", "summary", "remarks", "circumstances"),
				reasons(CONTACT, "nhsnumber", "nhs", "phone", "telephone", "mobile", "email", "ninumber",
						"nationalinsurancenumber"),
				reasons(SEX, "sex", "gender"))
		.flatMap(m -> m.entrySet().stream())
		.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

	private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,40}");

	private FieldPolicy() {
	}

	/** Why {@code field} is not accepted. */
	static String refusal(String field) {
		String key = field.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		String reason = REFUSED.get(key);
		if (reason != null) {
			return "'" + shown(field) + "' is refused. " + reason;
		}
		return "'" + shown(field) + "' is not a field of an introduction; the fields are " + FIELDS + ".";
	}

	/**
	 * A field name fit to repeat back; anything else might be data typed in the wrong
	 * place.
	 */
	static String shown(String field) {
		return field != null && PLAIN_NAME.matcher(field).matches() ? field : "(unnamed)";
	}

	private static Map<String, String> reasons(String reason, String... fields) {
		return Stream.of(fields).collect(Collectors.toMap(f -> f, f -> reason));
	}

}
