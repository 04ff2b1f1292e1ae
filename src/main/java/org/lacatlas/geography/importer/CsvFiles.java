package org.lacatlas.geography.importer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.lacatlas.geography.importer.CouncilManifest.PlacesSpec;
import org.lacatlas.geography.importer.CouncilManifest.StatisticsSpec;

import org.springframework.core.io.Resource;

/**
 * Reads the statistics and places CSVs (UTF-8, header row, comma-separated). Row numbers
 * in messages count the header as row 1, as a spreadsheet shows them.
 */
final class CsvFiles {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreSurroundingSpaces(true)
		.get();

	private CsvFiles() {
	}

	/**
	 * The statistics file: its valid rows by area code, and the row of every code it has,
	 * valid or not, so a bad count is not also reported as a missing row.
	 */
	record Statistics(Map<String, AreaStatistics> byCode, Map<String, Long> rows) {
	}

	static Statistics statistics(Resource resource, StatisticsSpec spec, ImportProblems problems) {
		Map<String, AreaStatistics> byCode = new LinkedHashMap<>();
		Map<String, Long> firstRow = new LinkedHashMap<>();
		int problemsBefore = problems.count();
		forEachRow(resource, spec.file(), problems, (row, rowNumber, where) -> {
			String code = row.get(spec.codeColumn());
			Integer residents = count(row, spec.residentsColumn(), where, problems);
			Integer older = count(row, spec.residents65PlusColumn(), where, problems);
			Integer decile = spec.imdDecileColumn() == null ? null
					: optionalCount(row, spec.imdDecileColumn(), where, problems);
			if (code.isBlank()) {
				problems.add(where + ": area code is empty");
				return;
			}
			Long earlier = firstRow.putIfAbsent(code, rowNumber);
			if (earlier != null) {
				problems.add(where + ": duplicate area code " + code + ", also row " + earlier);
				return;
			}
			if (residents != null && older != null && older > residents) {
				problems.add(where + " (" + code + "): " + older + " residents aged 65+ is more than " + residents
						+ " residents");
			}
			if (decile != null && (decile < 1 || decile > 10)) {
				problems.add(where + " (" + code + "): IMD decile " + decile + " is not between 1 and 10");
			}
			if (residents != null && older != null) {
				byCode.put(code, new AreaStatistics(code, residents, older, decile));
			}
		}, spec.codeColumn(), spec.residentsColumn(), spec.residents65PlusColumn(), spec.imdDecileColumn());
		if (firstRow.isEmpty() && problems.count() == problemsBefore) {
			problems.add(spec.file() + ": has no rows");
		}
		return new Statistics(byCode, firstRow);
	}

	static List<PlaceName> places(Resource resource, PlacesSpec spec, ImportProblems problems) {
		List<PlaceName> places = new ArrayList<>();
		forEachRow(resource, spec.file(), problems, (row, rowNumber, where) -> {
			try {
				double lon = Double.parseDouble(row.get(spec.lonColumn()));
				double lat = Double.parseDouble(row.get(spec.latColumn()));
				if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
					problems.add(where + ": " + lon + ", " + lat + " is not a longitude/latitude");
				}
				else if (!row.get(spec.nameColumn()).isBlank()) {
					places.add(new PlaceName(row.get(spec.nameColumn()), lon, lat));
				}
			}
			catch (NumberFormatException ex) {
				problems.add(where + ": longitude/latitude must be numbers");
			}
		}, spec.nameColumn(), spec.lonColumn(), spec.latColumn());
		return places;
	}

	private interface RowHandler {

		void handle(CSVRecord row, long rowNumber, String where);

	}

	private static void forEachRow(Resource resource, String file, ImportProblems problems, RowHandler handler,
			String... requiredColumns) {
		if (!resource.exists()) {
			problems.add(file + ": file not found");
			return;
		}
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
				CSVParser parser = FORMAT.parse(reader)) {
			List<String> missing = new ArrayList<>();
			for (String column : requiredColumns) {
				if (column != null && !parser.getHeaderMap().containsKey(column)) {
					missing.add("'" + column + "'");
				}
			}
			if (!missing.isEmpty()) {
				problems.add(file + ": missing column " + String.join(", ", missing));
				return;
			}
			for (CSVRecord row : parser) {
				long rowNumber = row.getRecordNumber() + 1;
				if (!row.isConsistent()) {
					problems.add(file + " row " + rowNumber + ": has " + row.size() + " values, the header has "
							+ parser.getHeaderMap().size());
					continue;
				}
				handler.handle(row, rowNumber, file + " row " + rowNumber);
			}
		}
		catch (IOException | IllegalStateException | java.io.UncheckedIOException ex) {
			problems.add(file + ": not a readable CSV file (" + ex.getMessage() + ")");
		}
	}

	private static Integer count(CSVRecord row, String column, String where, ImportProblems problems) {
		String value = row.get(column);
		try {
			int n = Integer.parseInt(value.replace(",", ""));
			if (n < 0) {
				problems.add(where + ": '" + column + "' is negative (" + value + ")");
				return null;
			}
			return n;
		}
		catch (NumberFormatException ex) {
			problems.add(where + ": '" + column + "' must be a whole number, not '" + value + "'");
			return null;
		}
	}

	private static Integer optionalCount(CSVRecord row, String column, String where, ImportProblems problems) {
		return row.get(column).isBlank() ? null : count(row, column, where, problems);
	}

}
