package org.lacatlas.introduction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.Resource;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The two postcode files: sectors (code, postcodes in the council and in all, mean point)
 * and live postcode units (sector, point, council). Postcodes themselves are not kept:
 * each unit becomes a point of its sector, so nothing here can place a full postcode.
 */
record PostcodeSectorFiles(List<Sector> sectors, List<UnitPoint> units, String checksum) {

	/**
	 * @param easting mean of the council's postcode points, EPSG:27700 metres
	 */
	record Sector(String code, int postcodesInAuthority, int postcodesTotal, double easting, double northing) {
	}

	record UnitPoint(String authorityCode, String sector, int easting, int northing) {
	}

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

	static PostcodeSectorFiles read(Resource sectors, Resource units) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			List<Sector> sectorRows = new ArrayList<>();
			Table sectorTable = table(sectors, digest);
			String inAuthority = inAuthorityColumn(sectorTable.header());
			for (CSVRecord row : sectorTable.rows()) {
				sectorRows.add(new Sector(CoarseLocation.of(row.get("sector")).code(),
						Integer.parseInt(row.get(inAuthority)), Integer.parseInt(row.get("postcodes_total")),
						Double.parseDouble(row.get("mean_easting")), Double.parseDouble(row.get("mean_northing"))));
			}
			List<UnitPoint> points = new ArrayList<>();
			for (CSVRecord row : table(units, digest).rows()) {
				points.add(new UnitPoint(row.get("admin_district_code"), CoarseLocation.of(row.get("sector")).code(),
						Integer.parseInt(row.get("easting")), Integer.parseInt(row.get("northing"))));
			}
			return new PostcodeSectorFiles(sectorRows, points, HexFormat.of().formatHex(digest.digest()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the postcode files", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The councils the unit file covers. */
	List<String> authorities() {
		return units.stream().map(UnitPoint::authorityCode).distinct().sorted().toList();
	}

	private record Table(List<String> header, List<CSVRecord> rows) {
	}

	private static Table table(Resource resource, MessageDigest digest) throws IOException {
		byte[] bytes = resource.getContentAsByteArray();
		digest.update(bytes);
		try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(bytes), UTF_8),
				FORMAT)) {
			return new Table(parser.getHeaderNames(), parser.getRecords());
		}
	}

	/**
	 * "postcodes_in_thurrock" in Thurrock's file: the one count that is not the total.
	 */
	private static String inAuthorityColumn(List<String> header) {
		return header.stream()
			.filter(h -> h.startsWith("postcodes_in_"))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("The sector file has no postcodes_in_<council> column"));
	}

}
