package org.lacatlas.geography;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * A council's manifest and files in a temporary folder, to be changed before an import:
 * GeoJSON and the manifest as Jackson trees, CSVs as {@link CsvTable}s. Nothing is
 * written until {@link #write()}.
 */
final class CouncilFixture {

	static final String MANIFEST = "council.json";

	static final String BOUNDARY = "boundaries/thurrock_boundary_lad21_bgc.geojson";

	static final String WARDS = "boundaries/thurrock_wards_bgc2013.geojson";

	static final String SMALL_AREAS = "boundaries/thurrock_lsoa21_bgc.geojson";

	static final String STATISTICS = "statistics/thurrock_lsoa21_census2021_imd2025.csv";

	static final String PLACES = "assets/thurrock_places_geonames_citiesjson-1.1.64.csv";

	static final String POSTCODES = "postcodes/thurrock_postcodes_codepoint_2025-10.csv";

	static final String ASSETS = "assets/thurrock_seed_assets.geojson";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Path dir;

	private final ObjectNode manifest;

	private final Map<String, JsonNode> json = new LinkedHashMap<>();

	private final Map<String, CsvTable> csv = new LinkedHashMap<>();

	private CouncilFixture(Path dir, ObjectNode manifest) {
		this.dir = dir;
		this.manifest = manifest;
	}

	/** Thurrock's manifest and the files it names, copied from {@code geodata/}. */
	static CouncilFixture thurrock(Path dir) {
		Path geodata = Path.of("geodata");
		try {
			for (String file : new String[] { BOUNDARY, WARDS, SMALL_AREAS, STATISTICS, PLACES, POSTCODES, ASSETS }) {
				Files.createDirectories(dir.resolve(file).getParent());
				Files.copy(geodata.resolve(file), dir.resolve(file));
			}
			return new CouncilFixture(dir,
					(ObjectNode) JSON.readTree(geodata.resolve("thurrock.council.json").toFile()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A council built from scratch: only a manifest so far. */
	static CouncilFixture empty(Path dir, ObjectNode manifest) {
		return new CouncilFixture(dir, manifest);
	}

	ObjectNode manifest() {
		return manifest;
	}

	Path path(String file) {
		return dir.resolve(file);
	}

	/**
	 * The GeoJSON (or other JSON) file, read once and written back by {@link #write()}.
	 */
	ObjectNode geoJson(String file) {
		return (ObjectNode) json.computeIfAbsent(file, f -> read(path(f)));
	}

	void putJson(String file, JsonNode content) {
		json.put(file, content);
	}

	/** The small area with this code, in the file and field the manifest names. */
	ObjectNode smallArea(String code) {
		return feature(layer("smallAreas", "file"), layer("smallAreas", "codeField"), code);
	}

	ObjectNode ward(String code) {
		return feature(layer("wards", "file"), layer("wards", "codeField"), code);
	}

	void removeSmallArea(String code) {
		removeFeature(layer("smallAreas", "file"), layer("smallAreas", "codeField"), code);
	}

	/** The statistics CSV the manifest names, keyed by its code column. */
	CsvTable statistics() {
		return csv(layer("statistics", "file"), layer("statistics", "codeColumn"));
	}

	private String layer(String entry, String field) {
		return manifest.path(entry).path(field).asText();
	}

	/** The feature whose {@code property} is {@code value}. */
	ObjectNode feature(String file, String property, String value) {
		for (JsonNode feature : geoJson(file).path("features")) {
			if (value.equals(feature.path("properties").path(property).asText())) {
				return (ObjectNode) feature;
			}
		}
		throw new IllegalArgumentException("no feature with " + property + " " + value + " in " + file);
	}

	void removeFeature(String file, String property, String value) {
		ArrayNode features = (ArrayNode) geoJson(file).path("features");
		for (int i = 0; i < features.size(); i++) {
			if (value.equals(features.get(i).path("properties").path(property).asText())) {
				features.remove(i);
				return;
			}
		}
		throw new IllegalArgumentException("no feature with " + property + " " + value + " in " + file);
	}

	/** The CSV file keyed by {@code keyColumn}, read once and written back. */
	CsvTable csv(String file, String keyColumn) {
		return csv.computeIfAbsent(file, f -> CsvTable.read(path(f), keyColumn));
	}

	void putCsv(String file, CsvTable table) {
		csv.put(file, table);
	}

	/** Replaces a file with text, e.g. to break it. */
	void text(String file, String content) {
		json.remove(file);
		csv.remove(file);
		try {
			Files.createDirectories(path(file).getParent());
			Files.writeString(path(file), content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the manifest and every changed file; the manifest to import. */
	Resource write() {
		try {
			for (var entry : json.entrySet()) {
				Files.createDirectories(path(entry.getKey()).getParent());
				JSON.writeValue(path(entry.getKey()).toFile(), entry.getValue());
			}
			for (var entry : csv.entrySet()) {
				entry.getValue().write(path(entry.getKey()));
			}
			JSON.writerWithDefaultPrettyPrinter().writeValue(path(MANIFEST).toFile(), manifest);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new FileSystemResource(path(MANIFEST));
	}

	/** Moves every coordinate of a GeoJSON geometry {@code degrees} east. */
	static void shiftEast(JsonNode coordinates, double degrees) {
		if (coordinates.isArray() && coordinates.size() > 0 && coordinates.get(0).isNumber()) {
			((ArrayNode) coordinates).set(0, coordinates.get(0).asDouble() + degrees);
			return;
		}
		coordinates.forEach(child -> shiftEast(child, degrees));
	}

	private static JsonNode read(Path file) {
		try {
			return JSON.readTree(file.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
