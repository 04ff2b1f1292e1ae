package org.lacatlas.geography.importer;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What to load for one council: the file names (relative to the manifest) and which field
 * or column holds each value. See {@code geodata/thurrock.council.json} and the README's
 * "Importing another council".
 */
public record CouncilManifest(AuthoritySpec authority, LayerSpec wards, LayerSpec smallAreas, StatisticsSpec statistics,
		PlacesSpec places, String attribution) {

	/**
	 * The council itself: its ONS code, name and boundary file (one or more polygons).
	 */
	public record AuthoritySpec(String code, String name, String boundary, String crs, String table) {
	}

	/**
	 * A boundary layer: GeoJSON ({@code .geojson}/{@code .json}) or GeoPackage
	 * ({@code .gpkg}). {@code crs} declares the coordinate reference system where the
	 * file does not (e.g. {@code EPSG:27700}); {@code table} picks a GeoPackage feature
	 * table.
	 */
	public record LayerSpec(String file, String codeField, String nameField, String level, String crs, String table) {
	}

	/**
	 * The statistics CSV, keyed by small-area code. {@code imdDecileColumn} is optional.
	 */
	public record StatisticsSpec(String file, String codeColumn, String residentsColumn, String residents65PlusColumn,
			String imdDecileColumn) {
	}

	/** Optional CSV of town and village points in WGS84, used for labels. */
	public record PlacesSpec(String file, String nameColumn, String lonColumn, String latColumn) {
	}

	private static final ObjectMapper JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

	/** Reads and checks a manifest, reporting every missing entry at once. */
	public static CouncilManifest read(InputStream in, ImportProblems problems) {
		CouncilManifest manifest;
		try {
			manifest = JSON.readValue(in, CouncilManifest.class);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			problems.add("manifest: not a valid council manifest (" + ex.getOriginalMessage() + ")");
			problems.throwIfAny();
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			problems.add("manifest: cannot be read (" + ex.getMessage() + ")");
			problems.throwIfAny();
			throw new IllegalStateException(ex);
		}
		manifest.check(problems);
		problems.throwIfAny();
		return manifest;
	}

	private void check(ImportProblems problems) {
		require(problems, "authority", authority);
		require(problems, "wards", wards);
		require(problems, "smallAreas", smallAreas);
		require(problems, "statistics", statistics);
		if (authority != null) {
			require(problems, "authority.code", authority.code());
			require(problems, "authority.name", authority.name());
			require(problems, "authority.boundary", authority.boundary());
		}
		for (var entry : new Object[][] { { "wards", wards }, { "smallAreas", smallAreas } }) {
			if (entry[1] instanceof LayerSpec layer) {
				require(problems, entry[0] + ".file", layer.file());
				require(problems, entry[0] + ".codeField", layer.codeField());
				require(problems, entry[0] + ".nameField", layer.nameField());
			}
		}
		if (statistics != null) {
			require(problems, "statistics.file", statistics.file());
			require(problems, "statistics.codeColumn", statistics.codeColumn());
			require(problems, "statistics.residentsColumn", statistics.residentsColumn());
			require(problems, "statistics.residents65PlusColumn", statistics.residents65PlusColumn());
		}
		if (places != null) {
			require(problems, "places.file", places.file());
			require(problems, "places.nameColumn", places.nameColumn());
			require(problems, "places.lonColumn", places.lonColumn());
			require(problems, "places.latColumn", places.latColumn());
		}
	}

	private static void require(ImportProblems problems, String name, Object value) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			problems.add("manifest: '" + name + "' is missing");
		}
	}

	/** The small-area level recorded for each area, e.g. LSOA21. */
	public String smallAreaLevel() {
		return smallAreas.level() == null ? "LSOA" : smallAreas.level();
	}

}
