package org.lacatlas.council;

/**
 * Checks of text a person typed: a value made only of spaces or invisible characters is
 * empty, and control characters (NUL among them) and lone surrogates are refused rather
 * than stored changed. Shared by every module that stores typed text.
 */
public final class Text {

	private Text() {
	}

	/** Why the value cannot be stored, or null when it can. */
	public static String problem(String value, int maxLength, boolean required) {
		if (value == null || isBlank(value)) {
			return required ? "is required" : value == null || value.isEmpty() ? null : "is only spaces";
		}
		if (value.length() > maxLength) {
			return "is longer than " + maxLength + " characters";
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isISOControl(c) && c != '\n' && c != '\t') {
				return "contains a control character";
			}
			if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(++i)))) {
				return "contains a broken character (a lone surrogate)";
			}
		}
		return null;
	}

	private static boolean isBlank(String value) {
		return value.codePoints()
			.allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\u200c'
					|| c == '\u200d' || c == '\u2060' || c == '\ufeff');
	}

}
