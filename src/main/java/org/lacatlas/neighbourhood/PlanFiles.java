package org.lacatlas.neighbourhood;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.lacatlas.geography.SmallAreaGraph;

/**
 * A neighbourhood plan as a file: CSV of {@code small_area_code,neighbourhood} (one row
 * per small area) or our own GeoJSON export (features with {@code name} and
 * {@code smallAreas}). Reading checks every row and reports all problems at once: unknown
 * codes, areas listed twice, areas left out, and neighbourhoods that would not be one
 * connected piece.
 */
final class PlanFiles {

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreSurroundingSpaces(true)
		.get();

	private PlanFiles() {
	}

	/** A refused file: each problem names the row (or feature) and the fault. */
	static final class Refused extends RuntimeException {

		private final List<String> problems;

		Refused(List<String> problems) {
			super("The plan was not imported and nothing was changed: " + problems.size() + " problem(s).");
			this.problems = List.copyOf(problems);
		}

		List<String> problems() {
			return problems;
		}

	}

	static String csv(PlanView plan, SmallAreaGraph graph) throws IOException {
		Map<String, String> names = new HashMap<>();
		graph.areas().forEach(a -> names.put(a.code(), a.name()));
		StringBuilder out = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord("small_area_code", "small_area_name", "neighbourhood", "neighbourhood_id");
			for (NeighbourhoodSummary n : plan.neighbourhoods()) {
				for (String code : n.smallAreas()) {
					printer.printRecord(code, names.get(code), n.name(), n.id());
				}
			}
		}
		return out.toString();
	}

	/** Neighbourhood name → small-area codes, from a CSV. */
	static Map<String, List<String>> readCsv(String text, Verdicts verdicts, List<String> councilAreas) {
		Map<String, List<String>> groups = new LinkedHashMap<>();
		Map<String, Long> firstRow = new HashMap<>();
		List<String> problems = new ArrayList<>();
		try (CSVParser parser = CSV.parse(new StringReader(text))) {
			for (String column : new String[] { "small_area_code", "neighbourhood" }) {
				if (!parser.getHeaderMap().containsKey(column)) {
					throw new Refused(List.of("the file has no '" + column + "' column"));
				}
			}
			for (CSVRecord row : parser) {
				long number = row.getRecordNumber() + 1;
				String code = row.get("small_area_code");
				String name = row.get("neighbourhood");
				add(groups, firstRow, problems, verdicts, "row " + number, number, code, name);
			}
		}
		catch (IOException | IllegalStateException | java.io.UncheckedIOException ex) {
			throw new Refused(List.of("not a readable CSV file (" + ex.getMessage() + ")"));
		}
		check(groups, problems, verdicts, councilAreas);
		return groups;
	}

	/** Neighbourhood name → small-area codes, from our GeoJSON export. */
	static Map<String, List<String>> readGeoJson(String text, ObjectMapper json, Verdicts verdicts,
			List<String> councilAreas) {
		Map<String, List<String>> groups = new LinkedHashMap<>();
		Map<String, Long> firstRow = new HashMap<>();
		List<String> problems = new ArrayList<>();
		JsonNode features;
		try {
			features = json.readTree(text).path("features");
		}
		catch (IOException ex) {
			throw new Refused(List.of("not valid JSON"));
		}
		long number = 0;
		for (JsonNode feature : features) {
			number++;
			String name = feature.at("/properties/name").asText("");
			for (JsonNode code : feature.at("/properties/smallAreas")) {
				add(groups, firstRow, problems, verdicts, "feature " + number, number, code.asText(), name);
			}
		}
		check(groups, problems, verdicts, councilAreas);
		return groups;
	}

	private static void add(Map<String, List<String>> groups, Map<String, Long> firstRow, List<String> problems,
			Verdicts verdicts, String where, long number, String code, String name) {
		if (name.isBlank()) {
			problems.add(where + ": no neighbourhood name");
		}
		else if (verdicts.area(code) == null) {
			problems.add(where + ": unknown small area code '" + code + "'");
		}
		else if (firstRow.putIfAbsent(code, number) != null) {
			problems.add(where + ": small area " + code + " is listed twice (also " + where.split(" ")[0] + " "
					+ firstRow.get(code) + ")");
		}
		else {
			groups.computeIfAbsent(name.trim(), k -> new ArrayList<>()).add(code);
		}
	}

	private static void check(Map<String, List<String>> groups, List<String> problems, Verdicts verdicts,
			List<String> councilAreas) {
		java.util.Set<String> listed = new java.util.HashSet<>();
		groups.values().forEach(listed::addAll);
		councilAreas.stream()
			.filter(code -> !listed.contains(code))
			.forEach(code -> problems.add("small area " + code + " is in no neighbourhood"));
		groups.forEach((name, codes) -> {
			int pieces = verdicts.pieces(codes);
			if (pieces > 1) {
				problems.add("neighbourhood '" + name + "' would be in " + pieces + " separate pieces");
			}
		});
		if (!problems.isEmpty()) {
			throw new Refused(problems);
		}
	}

}
