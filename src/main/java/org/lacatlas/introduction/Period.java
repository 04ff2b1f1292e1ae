package org.lacatlas.introduction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Whole calendar months, {@code from} to {@code to} inclusive. Aggregates are only ever
 * asked for whole months: with finer periods, two overlapping periods a day apart could
 * be subtracted to single out one person.
 */
public record Period(YearMonth from, YearMonth to) {

	/** The longest period asked for at once, in months. */
	static final int MAX_MONTHS = 12 * 30;

	public Period {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("'from' (" + from + ") is after 'to' (" + to + ").");
		}
		if (from.plusMonths(MAX_MONTHS).isBefore(to)) {
			throw new IllegalArgumentException("A period can be at most " + MAX_MONTHS / 12 + " years.");
		}
	}

	/**
	 * From request parameters written {@code 2013-06}; a missing {@code to} is this
	 * month, a missing {@code from} eleven months before {@code to}.
	 */
	static Period parse(String from, String to, YearMonth thisMonth) {
		YearMonth end = to == null || to.isBlank() ? thisMonth : month("to", to);
		YearMonth start = from == null || from.isBlank() ? end.minusMonths(11) : month("from", from);
		return new Period(start, end);
	}

	private static YearMonth month(String name, String text) {
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("'" + name + "' must be a whole month written like 2013-06: "
					+ "periods are whole calendar months, so overlapping periods cannot single anyone out.");
		}
	}

	LocalDate firstDay() {
		return from.atDay(1);
	}

	/** The day after the period. */
	LocalDate end() {
		return to.plusMonths(1).atDay(1);
	}

}
