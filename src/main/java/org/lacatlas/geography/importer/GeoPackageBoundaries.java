package org.lacatlas.geography.importer;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads polygon features from a GeoPackage feature table with NGA's GeoPackage library.
 * The CRS is the table's spatial reference system, which must be an EPSG one.
 */
final class GeoPackageBoundaries {

	private GeoPackageBoundaries() {
	}

	static List<BoundaryFeature> read(File gpkgFile, String file, String table, String codeField, String nameField,
			ImportProblems problems) throws IOException {
		List<BoundaryFeature> features = new ArrayList<>();
		try (GeoPackage gpkg = GeoPackageManager.open(gpkgFile, false)) {
			List<String> tables = gpkg.getFeatureTables();
			String chosen = table != null ? table : (tables.size() == 1 ? tables.get(0) : null);
			if (chosen == null || !tables.contains(chosen)) {
				problems.add(file + ": name one of its feature tables " + tables + " as 'table' in the manifest");
				return features;
			}
			FeatureDao dao = gpkg.getFeatureDao(chosen);
			var srs = dao.getSrs();
			if (!"EPSG".equalsIgnoreCase(srs.getOrganization())) {
				problems.add(file + ": table " + chosen + " uses " + srs.getOrganization() + ":"
						+ srs.getOrganizationCoordsysId() + "; only EPSG coordinate reference systems are supported");
				return features;
			}
			int srid = (int) srs.getOrganizationCoordsysId();
			for (String column : new String[] { codeField, nameField }) {
				if (column != null && !dao.getTable().hasColumn(column)) {
					problems.add(file + ": table " + chosen + " has no column '" + column + "'");
					return features;
				}
			}
			// Feature numbers count within the table, so messages name it.
			readRows(dao, file + " table " + chosen, codeField, nameField, srid, features, problems);
		}
		catch (RuntimeException ex) {
			problems.add(file + ": not a readable GeoPackage (" + ex.getMessage() + ")");
		}
		return features;
	}

	private static void readRows(FeatureDao dao, String file, String codeField, String nameField, int srid,
			List<BoundaryFeature> features, ImportProblems problems) throws IOException {
		WKBReader wkb = new WKBReader();
		int number = 0;
		FeatureResultSet rows = dao.queryForAll();
		try {
			while (rows.moveToNext()) {
				number++;
				FeatureRow row = rows.getRow();
				// The authority's boundary has no code field: number its features,
				// as GeoJSON does.
				String code = codeField == null ? String.valueOf(number) : text(row.getValue(codeField));
				String name = nameField == null ? code : text(row.getValue(nameField));
				String where = file + " feature " + number;
				GeoPackageGeometryData data = row.getGeometry();
				if (code == null || name == null) {
					problems.add(where + ": has no " + (code == null ? "'" + codeField + "'" : "'" + nameField + "'"));
				}
				else if (data == null || data.isEmpty()) {
					problems.add(where + " (" + code + "): has no geometry");
				}
				else {
					try {
						Geometry g = wkb.read(data.getWkb());
						g.setSRID(srid);
						features.add(new BoundaryFeature(file, number, code, name, g, srid));
					}
					catch (ParseException ex) {
						problems.add(where + " (" + code + "): unreadable geometry (" + ex.getMessage() + ")");
					}
				}
			}
		}
		finally {
			rows.close();
		}
	}

	private static String text(Object value) {
		return value == null || value.toString().isBlank() ? null : value.toString().trim();
	}

}
