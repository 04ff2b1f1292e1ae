package org.lacatlas.geography;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;

/**
 * Writes GeoPackages with NGA's library, as a council's GIS team might: one feature table
 * per layer, each with {@code code} and {@code name} columns and multipolygons in one
 * EPSG coordinate reference system.
 */
final class GeoPackageFixture {

	/** A feature: its code, name and geometry as WKB in the table's CRS. */
	record Feature(String code, String name, byte[] wkb) {
	}

	private GeoPackageFixture() {
	}

	/**
	 * @param definition the CRS as OGC WKT; NGA has no built-in definition of every EPSG
	 * code (27700 among them), so the test takes PostGIS's
	 */
	static void write(File file, int epsg, String definition, Map<String, List<Feature>> tables) {
		GeoPackageManager.create(file);
		try (GeoPackage gpkg = GeoPackageManager.open(file)) {
			SpatialReferenceSystem srs = new SpatialReferenceSystem();
			srs.setSrsName("EPSG:" + epsg);
			srs.setSrsId(epsg);
			srs.setOrganization("EPSG");
			srs.setOrganizationCoordsysId(epsg);
			srs.setDefinition(definition);
			gpkg.getSpatialReferenceSystemDao().create(srs);
			for (var table : tables.entrySet()) {
				writeTable(gpkg, srs, table.getKey(), table.getValue());
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void writeTable(GeoPackage gpkg, SpatialReferenceSystem srs, String table, List<Feature> features) {
		GeometryColumns geometry = new GeometryColumns();
		geometry.setId(new TableColumnKey(table, "geom"));
		geometry.setGeometryType(GeometryType.MULTIPOLYGON);
		geometry.setZ((byte) 0);
		geometry.setM((byte) 0);
		geometry.setSrs(srs);
		gpkg.createFeatureTable(FeatureTableMetadata.create(geometry,
				List.of(FeatureColumn.createColumn("code", GeoPackageDataType.TEXT),
						FeatureColumn.createColumn("name", GeoPackageDataType.TEXT))));
		FeatureDao dao = gpkg.getFeatureDao(table);
		for (Feature feature : features) {
			FeatureRow row = dao.newRow();
			row.setValue("code", feature.code());
			row.setValue("name", feature.name());
			try {
				row.setGeometry(GeoPackageGeometryData.createFromWkb(srs.getSrsId(), feature.wkb()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			dao.create(row);
		}
	}

}
