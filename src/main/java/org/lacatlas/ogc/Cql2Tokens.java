package org.lacatlas.ogc;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a CQL2 text filter: words (keywords and property names), double-quoted
 * property names, single-quoted strings ({@code ''} is a quote), numbers, operators and
 * parentheses, each with its position (0-based) for messages. Ends with an END token.
 */
final class Cql2Tokens {

	enum Kind {

		WORD, QUOTED, STRING, NUMBER, OPERATOR, END

	}

	record Token(Kind kind, String text, int position) {

		boolean is(String symbol) {
			return kind == Kind.OPERATOR && text.equals(symbol);
		}

	}

	private Cql2Tokens() {
	}

	static List<Token> of(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '\'' || c == '"') {
				i = quoted(text, i, tokens);
			}
			else if (Character.isDigit(c)
					|| (c == '-' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))
					|| (c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
				i = number(text, i, tokens);
			}
			else if (Character.isLetter(c) || c == '_') {
				int start = i;
				while (i < text.length()
						&& (Character.isLetterOrDigit(text.charAt(i)) || "_.:".indexOf(text.charAt(i)) >= 0)) {
					i++;
				}
				tokens.add(new Token(Kind.WORD, text.substring(start, i), start));
			}
			else {
				i = operator(text, i, tokens);
			}
		}
		tokens.add(new Token(Kind.END, "", text.length()));
		return tokens;
	}

	private static int quoted(String text, int start, List<Token> tokens) {
		char quote = text.charAt(start);
		StringBuilder value = new StringBuilder();
		int i = start + 1;
		while (true) {
			if (i >= text.length()) {
				throw new Cql2Text.Refused("filter: the " + (quote == '\'' ? "string" : "quoted name")
						+ " starting at character " + (start + 1) + " is never closed.");
			}
			char c = text.charAt(i);
			if (c == quote) {
				if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
					value.append(quote);
					i += 2;
					continue;
				}
				break;
			}
			value.append(c);
			i++;
		}
		tokens.add(new Token(quote == '\'' ? Kind.STRING : Kind.QUOTED, value.toString(), start));
		return i + 1;
	}

	private static int number(String text, int start, List<Token> tokens) {
		int i = start + 1;
		while (i < text.length() && (Character.isDigit(text.charAt(i)) || ".eE".indexOf(text.charAt(i)) >= 0
				|| ("+-".indexOf(text.charAt(i)) >= 0 && "eE".indexOf(text.charAt(i - 1)) >= 0))) {
			i++;
		}
		String number = text.substring(start, i);
		if (!number.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
			throw new Cql2Text.Refused("filter: '" + number + "' at character " + (start + 1) + " is not a number.");
		}
		tokens.add(new Token(Kind.NUMBER, number, start));
		return i;
	}

	private static int operator(String text, int start, List<Token> tokens) {
		String two = text.substring(start, Math.min(start + 2, text.length()));
		for (String op : List.of("<>", "<=", ">=")) {
			if (two.equals(op)) {
				tokens.add(new Token(Kind.OPERATOR, op, start));
				return start + 2;
			}
		}
		char c = text.charAt(start);
		if ("=<>()".indexOf(c) >= 0) {
			tokens.add(new Token(Kind.OPERATOR, String.valueOf(c), start));
			return start + 1;
		}
		throw new Cql2Text.Refused("filter: '" + c + "' at character " + (start + 1)
				+ " is not part of basic CQL2 (comparisons = <> < <= > >=, IS NULL, AND, OR, NOT, parentheses).");
	}

}
