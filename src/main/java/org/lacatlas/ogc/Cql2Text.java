package org.lacatlas.ogc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Basic CQL2 in its text encoding (OGC 21-065r2, conformance class basic-cql2), turned
 * into a {@link Condition} on a collection's queryables: {@code AND}, {@code OR},
 * {@code NOT}, parentheses, the comparisons {@code = <> < <= > >=} and
 * {@code IS [NOT] NULL} between properties and string, number, boolean, {@code DATE} or
 * {@code TIMESTAMP} literals of the same type. Keywords ignore case. Anything else (LIKE,
 * BETWEEN, IN, spatial and temporal functions, arithmetic) is refused with the position
 * of the first character that could not be read.
 */
final class Cql2Text {

	/** A filter that cannot be read, with a message a person can act on. */
	static final class Refused extends IllegalArgumentException {

		Refused(String message) {
			super(message);
		}

	}

	private enum Type {

		STRING, NUMBER, BOOLEAN, DATE, TIMESTAMP

	}

	/** An operand: its SQL (a column, a parameter or a constant) and its type. */
	private record Operand(String sql, Type type, boolean literal) {
	}

	static final int MAX_LENGTH = 4000;

	private static final int MAX_DEPTH = 40;

	private static final Set<String> COMPARISONS = Set.of("=", "<>", "<", "<=", ">", ">=");

	private static final Set<String> ADVANCED = Set.of("LIKE", "BETWEEN", "IN", "CASEI", "ACCENTI", "S_INTERSECTS",
			"S_WITHIN", "S_CONTAINS", "T_INTERSECTS", "T_BEFORE", "T_AFTER", "A_CONTAINS", "A_EQUALS");

	private final FeatureCollections.Collection collection;

	private final List<Cql2Tokens.Token> tokens;

	private final Map<String, Object> params = new HashMap<>();

	private int next;

	private int depth;

	private Cql2Text(FeatureCollections.Collection collection, String text) {
		this.collection = collection;
		this.tokens = Cql2Tokens.of(text);
	}

	/** The condition {@code text} states over {@code collection}'s queryables. */
	static Condition parse(FeatureCollections.Collection collection, String text) {
		if (text.length() > MAX_LENGTH) {
			throw new Refused("filter is longer than " + MAX_LENGTH + " characters.");
		}
		Cql2Text parser = new Cql2Text(collection, text);
		String sql = parser.or();
		if (parser.peek().kind() != Cql2Tokens.Kind.END) {
			throw parser.unexpected("AND, OR or the end of the filter");
		}
		return new Condition(sql, parser.params);
	}

	private String or() {
		String sql = and();
		while (keyword("OR")) {
			sql = "(" + sql + " OR " + and() + ")";
		}
		return sql;
	}

	private String and() {
		String sql = not();
		while (keyword("AND")) {
			sql = "(" + sql + " AND " + not() + ")";
		}
		return sql;
	}

	private String not() {
		if (++depth > MAX_DEPTH) {
			throw new Refused("filter nests deeper than " + MAX_DEPTH + " levels.");
		}
		try {
			if (keyword("NOT")) {
				return "(NOT " + not() + ")";
			}
			if (peek().is("(")) {
				next++;
				String sql = or();
				expect(")");
				return sql;
			}
			return predicate();
		}
		finally {
			depth--;
		}
	}

	private String predicate() {
		Operand left = operand();
		if (keyword("IS")) {
			boolean negated = keyword("NOT");
			if (!keyword("NULL")) {
				throw unexpected("NULL");
			}
			if (left.literal()) {
				return negated ? "TRUE" : "FALSE";
			}
			return "(" + left.sql() + (negated ? " IS NOT NULL)" : " IS NULL)");
		}
		Cql2Tokens.Token op = peek();
		if (op.kind() == Cql2Tokens.Kind.WORD && ADVANCED.contains(op.text().toUpperCase(Locale.ROOT))) {
			throw new Refused("filter uses " + op.text() + " at character " + (op.position() + 1)
					+ ": only basic CQL2 is supported (comparisons, IS NULL, AND, OR, NOT).");
		}
		if (op.kind() != Cql2Tokens.Kind.OPERATOR || !COMPARISONS.contains(op.text())) {
			if (left.type() == Type.BOOLEAN && left.literal()) {
				return left.sql();
			}
			throw unexpected("a comparison (= <> < <= > >=) or IS NULL");
		}
		next++;
		Operand right = operand();
		if (left.type() != right.type()) {
			throw new Refused("filter compares a " + name(left.type()) + " with a " + name(right.type())
					+ " at character " + (op.position() + 1) + ".");
		}
		return "(" + left.sql() + " " + op.text() + " " + right.sql() + ")";
	}

	private Operand operand() {
		Cql2Tokens.Token t = peek();
		next++;
		switch (t.kind()) {
			case STRING:
				return literal(t.text(), Type.STRING);
			case NUMBER:
				return literal(new BigDecimal(t.text()), Type.NUMBER);
			case QUOTED:
				return property(t);
			case WORD:
				return word(t);
			default:
				next--;
				throw unexpected("a property name or a value");
		}
	}

	private Operand word(Cql2Tokens.Token t) {
		String upper = t.text().toUpperCase(Locale.ROOT);
		if (upper.equals("TRUE") || upper.equals("FALSE")) {
			return new Operand(upper, Type.BOOLEAN, true);
		}
		if ((upper.equals("DATE") || upper.equals("TIMESTAMP")) && peek().is("(")) {
			next++;
			Cql2Tokens.Token value = peek();
			if (value.kind() != Cql2Tokens.Kind.STRING) {
				throw unexpected("a quoted " + upper.toLowerCase(Locale.ROOT));
			}
			next++;
			expect(")");
			return instant(upper.equals("DATE"), value);
		}
		if (ADVANCED.contains(upper) || (peek().is("(") && !upper.isEmpty())) {
			throw new Refused("filter uses " + t.text() + " at character " + (t.position() + 1)
					+ ": only basic CQL2 is supported (comparisons, IS NULL, AND, OR, NOT).");
		}
		return property(t);
	}

	private Operand instant(boolean date, Cql2Tokens.Token value) {
		try {
			return date ? literal(LocalDate.parse(value.text()), Type.DATE)
					: literal(OffsetDateTime.parse(value.text()), Type.TIMESTAMP);
		}
		catch (DateTimeParseException ex) {
			throw new Refused("filter: '" + value.text() + "' at character " + (value.position() + 1) + " is not a "
					+ (date ? "date (YYYY-MM-DD)" : "timestamp (RFC 3339, e.g. 2024-05-01T09:30:00Z)") + ".");
		}
	}

	private Operand property(Cql2Tokens.Token t) {
		var property = collection.property(t.text())
			.orElseThrow(() -> new Refused("filter names '" + t.text() + "' at character " + (t.position() + 1)
					+ ", which is not a queryable of " + collection.id() + " (see its /queryables): "
					+ String.join(", ", collection.properties().stream().map(p -> p.name()).toList()) + "."));
		return new Operand(FeatureCollections.Collection.column(property),
				property.kind().numeric() ? Type.NUMBER : Type.STRING, false);
	}

	private Operand literal(Object value, Type type) {
		String name = "c" + (params.size() + 1);
		params.put(name, value);
		return new Operand(":" + name, type, true);
	}

	private boolean keyword(String word) {
		Cql2Tokens.Token t = peek();
		if (t.kind() == Cql2Tokens.Kind.WORD && t.text().equalsIgnoreCase(word)) {
			next++;
			return true;
		}
		return false;
	}

	private void expect(String symbol) {
		if (!peek().is(symbol)) {
			throw unexpected("'" + symbol + "'");
		}
		next++;
	}

	private Cql2Tokens.Token peek() {
		return tokens.get(next);
	}

	private Refused unexpected(String wanted) {
		Cql2Tokens.Token t = peek();
		String found = t.kind() == Cql2Tokens.Kind.END ? "the end of the filter" : "'" + t.text() + "'";
		return new Refused(
				"filter: expected " + wanted + " at character " + (t.position() + 1) + " but found " + found + ".");
	}

	private static String name(Type type) {
		return type.name().toLowerCase(Locale.ROOT);
	}

}
