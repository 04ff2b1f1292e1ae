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
		PlacesSpec places, PostcodesSpec postcodes, AssetsSpec assets, String attribution) {

	/**
	 * The council itself: its ONS code, name, what its area is called ({@code kind}:
	 * borough, city, county, district; optional) and boundary file (one or more
	 * polygons).
	 */
	public record AuthoritySpec(String code, String name, String kind, String boundary, String crs, String table) {
	}

	/**
	 * Optional file of live postcode points from which the council's postcode sectors are
	 * built: {@code layout} {@code code-point-open} (OS Code-Point Open as distributed,
	 * no header), {@code onspd} (ONS Postcode Directory, with header) or {@code columns}
	 * (a CSV with a header naming the columns below). Postcodes themselves are never
	 * stored.
	 */
	public record PostcodesSpec(String file, String layout, String postcodeColumn, String eastingColumn,
			String northingColumn, String districtColumn) {
	}

	/**
	 * Optional GeoJSON of open-data community assets to seed, published, with the
	 * dataset's {@code name} and {@code attribution} in the collection.
	 */
	public record AssetsSpec(String file) {
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

	/**
	 * Reads and checks a manifest, reporting every missing entry at once.
	 * @param name the manifest's file name, for messages
	 */
	public static CouncilManifest read(InputStream in, String name, ImportProblems problems) {
		CouncilManifest manifest;
		try {
			manifest = JSON.readValue(in, CouncilManifest.class);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			problems.add(name + ": not a valid council manifest at line "
					+ (ex.getLocation() == null ? "?" : ex.getLocation().getLineNr()) + " (" + ex.getOriginalMessage()
					+ ")");
			problems.throwIfAny();
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			problems.add(name + ": cannot be read (" + ex.getMessage() + ")");
			problems.throwIfAny();
			throw new IllegalStateException(ex);
		}
		manifest.check(name, problems);
		problems.throwIfAny();
		return manifest;
	}

	private void check(String file, ImportProblems problems) {
		require(file, problems, "authority", authority);
		require(file, problems, "wards", wards);
		require(file, problems, "smallAreas", smallAreas);
		require(file, problems, "statistics", statistics);
		if (authority != null) {
			require(file, problems, "authority.code", authority.code());
			require(file, problems, "authority.name", authority.name());
			require(file, problems, "authority.boundary", authority.boundary());
		}
		for (var entry : new Object[][] { { "wards", wards }, { "smallAreas", smallAreas } }) {
			if (entry[1] instanceof LayerSpec layer) {
				require(file, problems, entry[0] + ".file", layer.file());
				require(file, problems, entry[0] + ".codeField", layer.codeField());
				require(file, problems, entry[0] + ".nameField", layer.nameField());
			}
		}
		if (statistics != null) {
			require(file, problems, "statistics.file", statistics.file());
			require(file, problems, "statistics.codeColumn", statistics.codeColumn());
			require(file, problems, "statistics.residentsColumn", statistics.residentsColumn());
			require(file, problems, "statistics.residents65PlusColumn", statistics.residents65PlusColumn());
		}
		if (authority != null && authority.kind() != null
				&& !java.util.Set.of("borough", "city", "county", "district", "area").contains(authority.kind())) {
			problems.add(file + ": 'authority.kind' must be borough, city, county, district or area, not '"
					+ authority.kind() + "'");
		}
		if (postcodes != null) {
			require(file, problems, "postcodes.file", postcodes.file());
			if (postcodes.layout() != null
					&& !java.util.Set.of("code-point-open", "onspd", "columns").contains(postcodes.layout())) {
				problems.add(file + ": 'postcodes.layout' must be code-point-open, onspd or columns, not '"
						+ postcodes.layout() + "'");
			}
		}
		if (assets != null) {
			require(file, problems, "assets.file", assets.file());
		}
		if (places != null) {
			require(file, problems, "places.file", places.file());
			require(file, problems, "places.nameColumn", places.nameColumn());
			require(file, problems, "places.lonColumn", places.lonColumn());
			require(file, problems, "places.latColumn", places.latColumn());
		}
	}

	private static void require(String file, ImportProblems problems, String name, Object value) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			problems.add(file + ": '" + name + "' is missing");
		}
	}

	/** The small-area level recorded for each area, e.g. LSOA21. */
	public String smallAreaLevel() {
		return smallAreas.level() == null ? "LSOA" : smallAreas.level();
	}

}
