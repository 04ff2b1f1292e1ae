package org.lacatlas.geography;

import org.springframework.core.io.Resource;

/**
 * Published, inside the import's transaction, when a council's files have changed: what
 * depends on the geography changes with it or not at all. A listener that finds a fault
 * in the files it reads throws {@link GeographyImportException}, which refuses the whole
 * import.
 *
 * @param kind what the council's area is called (borough, city, …), null when the
 * manifest does not say
 * @param attribution what its data licences require maps to show, null when not stated
 * @param postcodes live postcode points to build postcode sectors from, null when none
 * @param assets open-data assets to seed, null when none
 */
public record GeographyImported(String authorityCode, String authorityName, String kind, String attribution,
		PostcodeFile postcodes, AssetFile assets) {

	/**
	 * A file of live postcode points and how to read it ({@code layout}
	 * {@code code-point-open}, {@code onspd} or {@code columns}; null to tell from the
	 * header). Column names are for {@code columns} and override the layout's.
	 */
	public record PostcodeFile(Resource file, String name, String layout, String postcodeColumn, String eastingColumn,
			String northingColumn, String districtColumn) {
	}

	/** A GeoJSON FeatureCollection of open-data assets, by its name in the manifest. */
	public record AssetFile(Resource file, String name) {
	}

}
