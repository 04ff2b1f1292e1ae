package org.lacatlas.introduction;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.lacatlas.geography.GeographyImportException;
import org.lacatlas.geography.GeographyImported.PostcodeFile;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * A council's live postcode points, read from the file its manifest names, and the
 * sectors they make. Postcodes themselves are not kept: each becomes a point of its
 * sector, so nothing here can place a full postcode. Layouts: {@code code-point-open} (OS
 * Code-Point Open as distributed: no header; postcode, quality, easting, northing, …,
 * admin district in column 9), {@code onspd} (ONS Postcode Directory: {@code pcds},
 * {@code oseast1m}, {@code osnrth1m}, {@code oslaua}; terminated postcodes, those with a
 * {@code doterm}, skipped) and {@code columns} (a header; names from the manifest,
 * defaults {@code postcode}, {@code easting}, {@code northing}).
 *
 * @param withinDistrict whether points were kept by their district column (else they are
 * kept by the council's boundary once stored)
 */
record PostcodeSectorFiles(List<Sector> sectors, List<UnitPoint> units, boolean withinDistrict, String checksum) {

	/**
	 * @param postcodesTotal the sector's points in the whole file (other councils too)
	 * @param easting mean of the council's points, EPSG:27700 metres
	 */
	record Sector(String code, int postcodesInAuthority, int postcodesTotal, double easting, double northing) {
	}

	record UnitPoint(String sector, int easting, int northing) {
	}

	private record Columns(int postcode, int easting, int northing, int district, int terminated) {
	}

	private static final int MAX_PROBLEMS = 50;

	static PostcodeSectorFiles read(PostcodeFile file, String authority) {
		byte[] bytes;
		try {
			bytes = file.file().getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new GeographyImportException(List.of(file.name() + ": cannot be read (" + ex.getMessage() + ")"));
		}
		List<String> problems = new ArrayList<>();
		Map<String, List<UnitPoint>> inCouncil = new TreeMap<>();
		Map<String, Integer> total = new LinkedHashMap<>();
		boolean byDistrict;
		String layout = file.layout() == null ? "columns" : file.layout();
		CSVFormat format = "code-point-open".equals(layout) ? CSVFormat.DEFAULT
				: CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(bytes), UTF_8);
				CSVParser csv = CSVParser.parse(reader, format)) {
			Columns columns = columns(file, layout, csv.getHeaderNames(), problems);
			byDistrict = columns != null && columns.district() >= 0;
			for (CSVRecord row : columns == null ? List.<CSVRecord>of() : csv) {
				point(file, row, columns, authority, inCouncil, total, problems);
				if (problems.size() >= MAX_PROBLEMS) {
					break;
				}
			}
		}
		catch (IOException | IllegalStateException ex) {
			throw new GeographyImportException(List.of(file.name() + ": not a readable CSV (" + ex.getMessage() + ")"));
		}
		if (problems.isEmpty() && inCouncil.isEmpty()) {
			problems.add(file.name() + ": no live postcode of council " + authority + " in the file");
		}
		if (!problems.isEmpty()) {
			throw new GeographyImportException(problems);
		}
		List<Sector> sectors = new ArrayList<>();
		List<UnitPoint> units = new ArrayList<>();
		inCouncil.forEach((code, points) -> {
			sectors.add(new Sector(code, points.size(), total.get(code),
					points.stream().mapToInt(UnitPoint::easting).average().orElseThrow(),
					points.stream().mapToInt(UnitPoint::northing).average().orElseThrow()));
			units.addAll(points);
		});
		return new PostcodeSectorFiles(sectors, units, byDistrict, sha256(bytes));
	}

	private static void point(PostcodeFile file, CSVRecord row, Columns c, String authority,
			Map<String, List<UnitPoint>> inCouncil, Map<String, Integer> total, List<String> problems) {
		String where = file.name() + " row " + row.getRecordNumber();
		if (c.terminated() >= 0 && !field(row, c.terminated()).isBlank()) {
			return;
		}
		String sector;
		try {
			sector = sectorOf(field(row, c.postcode()));
		}
		catch (IllegalArgumentException ex) {
			problems.add(where + ": '" + field(row, c.postcode()) + "' is not a postcode");
			return;
		}
		int easting;
		int northing;
		try {
			easting = (int) Math.round(Double.parseDouble(field(row, c.easting())));
			northing = (int) Math.round(Double.parseDouble(field(row, c.northing())));
		}
		catch (NumberFormatException ex) {
			// ONSPD gives postcodes without a grid reference an empty easting: not
			// placeable.
			if (field(row, c.easting()).isBlank()) {
				return;
			}
			problems.add(where + ": the easting and northing must be numbers (British National Grid metres)");
			return;
		}
		if (easting <= 0 || easting > 700_000 || northing <= 0 || northing > 1_300_000) {
			return; // ONSPD's placeholder grid references for postcodes with no location
		}
		total.merge(sector, 1, Integer::sum);
		if (c.district() < 0 || authority.equals(field(row, c.district()))) {
			inCouncil.computeIfAbsent(sector, k -> new ArrayList<>()).add(new UnitPoint(sector, easting, northing));
		}
	}

	private static Columns columns(PostcodeFile file, String layout, List<String> header, List<String> problems) {
		return switch (layout) {
			case "code-point-open" -> new Columns(0, 2, 3, 8, -1);
			case "onspd" -> named(file, header, problems, "pcds", "oseast1m", "osnrth1m",
					file.districtColumn() == null ? "oslaua" : file.districtColumn(), "doterm");
			default -> named(file, header, problems, or(file.postcodeColumn(), "postcode"),
					or(file.eastingColumn(), "easting"), or(file.northingColumn(), "northing"), file.districtColumn(),
					null);
		};
	}

	private static Columns named(PostcodeFile file, List<String> header, List<String> problems, String postcode,
			String easting, String northing, String district, String terminated) {
		int before = problems.size();
		int[] at = new int[3];
		String[] required = { postcode, easting, northing };
		for (int i = 0; i < 3; i++) {
			at[i] = header.indexOf(required[i]);
			if (at[i] < 0) {
				problems.add(file.name() + ": no column '" + required[i] + "' (the header has " + header + ")");
			}
		}
		int districtAt = district == null ? -1 : header.indexOf(district);
		if (district != null && districtAt < 0) {
			problems.add(file.name() + ": no column '" + district + "' for the council's code");
		}
		return problems.size() > before ? null
				: new Columns(at[0], at[1], at[2], districtAt, terminated == null ? -1 : header.indexOf(terminated));
	}

	private static final java.util.regex.Pattern POSTCODE = java.util.regex.Pattern
		.compile("([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9])[A-Z]{2}");

	/**
	 * The sector of a full postcode however it is spaced ({@code RM17 6NB},
	 * {@code RM176NB}, Code-Point's {@code E1  6AN}): its outward code, a space and the
	 * first digit of the inward code.
	 */
	static String sectorOf(String postcode) {
		var m = POSTCODE.matcher(postcode.replace(" ", "").toUpperCase(java.util.Locale.ROOT));
		if (!m.matches()) {
			throw new IllegalArgumentException("not a postcode");
		}
		return CoarseLocation.of(m.group(1) + " " + m.group(2)).code();
	}

	private static String field(CSVRecord row, int index) {
		return index < row.size() ? row.get(index).trim() : "";
	}

	private static String or(String value, String otherwise) {
		return value == null ? otherwise : value;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
