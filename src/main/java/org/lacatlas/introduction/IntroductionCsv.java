package org.lacatlas.introduction;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.lacatlas.introduction.IntroductionForm.GridCellForm;
import org.lacatlas.introduction.IntroductionRefused.Problem;

/**
 * Reads a CSV file of introductions, all or nothing: one column per field (needs
 * separated by ';'), and either {@code sector} or {@code gridSize}, {@code gridEasting},
 * {@code gridNorthing} on each line. Any column that is not one of these refuses the
 * whole file before a line is read; any bad line refuses the file, listing every problem
 * by line.
 */
final class IntroductionCsv {

	static final List<String> COLUMNS = List.of("date", "source", "level", "ageBand", "needs", "sector", "gridSize",
			"gridEasting", "gridNorthing", "workedWithOutOfArea");

	static final int MAX_LINES = 10_000;

	/**
	 * An introduction and the line it came from (the header is line 1; null if not from a
	 * file).
	 */
	record Line(Integer number, NewIntroduction introduction) {
	}

	private static final Set<String> REQUIRED = Set.of("date", "source", "level", "ageBand", "needs");

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreSurroundingSpaces(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private IntroductionCsv() {
	}

	static List<Line> read(String csv, LocalDate today) {
		try (CSVParser parser = CSVParser.parse(new StringReader(csv == null ? "" : csv), FORMAT)) {
			checkHeader(parser.getHeaderNames());
			List<Problem> problems = new ArrayList<>();
			List<Line> introductions = new ArrayList<>();
			for (CSVRecord row : parser) {
				int line = (int) row.getRecordNumber() + 1;
				if (line > MAX_LINES + 1) {
					throw new IntroductionRefused(List.of(new Problem(line, null,
							"An import can hold at most " + MAX_LINES + " introductions; split the file.")));
				}
				introductions
					.add(new Line(line, IntroductionReader.check(form(row, line, problems), today, line, problems)));
			}
			if (!problems.isEmpty()) {
				throw new IntroductionRefused(problems);
			}
			if (introductions.isEmpty()) {
				throw new IntroductionRefused(null, "The file holds no introductions.");
			}
			return introductions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			throw new IntroductionRefused(null,
					"The file is not CSV with a header line naming the columns " + String.join(", ", COLUMNS) + ".");
		}
	}

	private static void checkHeader(List<String> header) {
		List<Problem> problems = new ArrayList<>();
		for (String column : header) {
			if (!COLUMNS.contains(column)) {
				problems.add(new Problem(1, FieldPolicy.shown(column),
						FieldPolicy.refusal(column).replace("field of an introduction", "column of an import")));
			}
		}
		REQUIRED.stream()
			.filter(c -> !header.contains(c))
			.sorted()
			.forEach(c -> problems.add(new Problem(1, c, "The column '" + c + "' is missing.")));
		if (!header.contains("sector") && !header.containsAll(List.of("gridSize", "gridEasting", "gridNorthing"))) {
			problems.add(new Problem(1, "sector",
					"Give a 'sector' column, or 'gridSize', 'gridEasting' and 'gridNorthing' columns."));
		}
		if (!problems.isEmpty()) {
			throw new IntroductionRefused(problems);
		}
	}

	private static IntroductionForm form(CSVRecord row, int line, List<Problem> problems) {
		Map<String, String> cells = row.toMap();
		String needs = cells.get("needs");
		GridCellForm cell = null;
		if (present(cells.get("gridSize")) || present(cells.get("gridEasting")) || present(cells.get("gridNorthing"))) {
			cell = new GridCellForm(number(cells.get("gridSize")), number(cells.get("gridEasting")),
					number(cells.get("gridNorthing")));
		}
		Integer level = present(cells.get("level")) ? number(cells.get("level")) : null;
		return new IntroductionForm(cells.get("date"), cells.get("source"),
				level == null && present(cells.get("level")) ? Integer.valueOf(-1) : level, cells.get("ageBand"),
				present(needs) ? Arrays.stream(needs.split("[;|]")).map(String::strip).toList() : null,
				cells.get("sector"), cell, flag(cells.get("workedWithOutOfArea"), line, problems));
	}

	private static boolean present(String cell) {
		return cell != null && !cell.isBlank();
	}

	/** The whole number in a cell, or null if it holds none. */
	private static Integer number(String text) {
		try {
			return present(text) ? Integer.valueOf(text.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Boolean flag(String text, int line, List<Problem> problems) {
		if (!present(text)) {
			return false;
		}
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "true", "yes", "y", "1" -> true;
			case "false", "no", "n", "0" -> false;
			default -> {
				problems.add(new Problem(line, "workedWithOutOfArea", "workedWithOutOfArea must be true or false."));
				yield false;
			}
		};
	}

}
