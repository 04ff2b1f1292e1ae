package org.lacatlas.asset;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Formats of contact fields. Each check returns null when the value is fine, else a
 * message for a person. Deliberately plain: a pattern that rejects odd but real values is
 * worse than one that lets them through.
 */
final class AssetFieldRules {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$");

	private static final Pattern PHONE = Pattern.compile("^[0-9+() .-]+$");

	private static final Pattern POSTCODE = Pattern.compile("^(GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})$",
			Pattern.CASE_INSENSITIVE);

	private AssetFieldRules() {
	}

	static String email(String value) {
		return value.length() <= 254 && EMAIL.matcher(value).matches() ? null
				: "'" + value + "' is not an email address (like name@example.org)";
	}

	/**
	 * Only http(s) links with a host: a {@code javascript:} link must never reach a page.
	 */
	static String website(String value) {
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& uri.getHost().contains(".")) {
				return null;
			}
		}
		catch (URISyntaxException ex) {
			// falls through to the message
		}
		return "'" + value + "' is not a web address: it must start with https:// or http:// and name a site";
	}

	static String phone(String value) {
		long digits = value.chars().filter(Character::isDigit).count();
		return PHONE.matcher(value).matches() && digits >= 6 && digits <= 15 ? null
				: "'" + value + "' is not a phone number (digits, spaces, + ( ) - only)";
	}

	static String postcode(String value) {
		return POSTCODE.matcher(value).matches() ? null : "'" + value + "' is not a UK postcode (like RM17 6SL)";
	}

	static String cost(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "free", "low", "paid" -> null;
			default -> "must be free, low or paid, not '" + value + "'";
		};
	}

}
