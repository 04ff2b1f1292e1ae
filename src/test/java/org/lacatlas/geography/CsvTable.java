package org.lacatlas.geography;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as a header and mutable rows, found by the value in a key column. Row
 * numbers count the header as row 1, as the importer's messages do.
 */
final class CsvTable {

	private final List<String> header;

	private final List<List<String>> rows = new ArrayList<>();

	private final String keyColumn;

	CsvTable(List<String> header, String keyColumn) {
		this.header = new ArrayList<>(header);
		this.keyColumn = keyColumn;
	}

	static CsvTable read(Path file, String keyColumn) {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
			CsvTable table = new CsvTable(parser.getHeaderNames(), keyColumn);
			for (CSVRecord record : parser) {
				table.rows.add(new ArrayList<>(record.toList()));
			}
			return table;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	CsvTable add(String... values) {
		rows.add(new ArrayList<>(List.of(values)));
		return this;
	}

	/** The row whose key is {@code key}, as a spreadsheet numbers it. */
	int rowNumber(String key) {
		int column = header.indexOf(keyColumn);
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).get(column).equals(key)) {
				return i + 2;
			}
		}
		throw new IllegalArgumentException("no row " + key);
	}

	String get(String key, String column) {
		return rows.get(rowNumber(key) - 2).get(header.indexOf(column));
	}

	CsvTable set(String key, String column, String value) {
		rows.get(rowNumber(key) - 2).set(header.indexOf(column), value);
		return this;
	}

	/** Appends a copy of a row, e.g. to duplicate it or to give it another key. */
	CsvTable copy(String key, String newKey) {
		List<String> copy = new ArrayList<>(rows.get(rowNumber(key) - 2));
		copy.set(header.indexOf(keyColumn), newKey);
		rows.add(copy);
		return this;
	}

	CsvTable remove(String key) {
		rows.remove(rowNumber(key) - 2);
		return this;
	}

	CsvTable removeColumn(String column) {
		int index = header.indexOf(column);
		header.remove(index);
		rows.forEach(row -> row.remove(index));
		return this;
	}

	void write(Path file) {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = CSVFormat.DEFAULT.print(out)) {
			printer.printRecord(header);
			printer.printRecords(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
