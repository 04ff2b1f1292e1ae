package org.lacatlas.geography.importer;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import org.springframework.core.io.Resource;

/**
 * Reads a boundary layer (GeoJSON or GeoPackage) and checks each feature: polygons only,
 * valid geometry (the fault and its location are named), plausible coordinates, unique
 * codes.
 */
final class BoundaryFiles {

	private BoundaryFiles() {
	}

	static List<BoundaryFeature> read(Resource resource, String file, String codeField, String nameField,
			String declaredCrs, String table, ImportProblems problems) {
		if (!resource.exists()) {
			problems.add(file + ": file not found");
			return List.of();
		}
		int earlier = problems.count();
		List<BoundaryFeature> features;
		try {
			features = file.toLowerCase(Locale.ROOT).endsWith(".gpkg")
					? readGeoPackage(resource, file, table, codeField, nameField, problems)
					: readGeoJson(resource, file, codeField, nameField, declaredCrs, problems);
		}
		catch (IOException ex) {
			problems.add(file + ": cannot be read (" + ex.getMessage() + ")");
			return List.of();
		}
		// An empty layer would store a council without boundary, wards or areas.
		if (features.isEmpty() && problems.count() == earlier) {
			problems.add(file + ": has no features");
		}
		check(features, problems);
		return features;
	}

	private static List<BoundaryFeature> readGeoJson(Resource resource, String file, String codeField, String nameField,
			String declaredCrs, ImportProblems problems) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return GeoJsonBoundaries.read(in, file, codeField, nameField, declaredCrs, problems);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			problems.add(file + ": not valid JSON at line " + ex.getLocation().getLineNr() + " ("
					+ ex.getOriginalMessage() + ")");
			return List.of();
		}
	}

	private static List<BoundaryFeature> readGeoPackage(Resource resource, String file, String table, String codeField,
			String nameField, ImportProblems problems) throws IOException {
		if (resource.isFile()) {
			return GeoPackageBoundaries.read(resource.getFile(), file, table, codeField, nameField, problems);
		}
		// SQLite needs a real file: copy a packaged GeoPackage out of the jar first.
		File copy = Files.createTempFile("lacatlas-", ".gpkg").toFile();
		try (InputStream in = resource.getInputStream()) {
			Files.copy(in, copy.toPath(), StandardCopyOption.REPLACE_EXISTING);
			return GeoPackageBoundaries.read(copy, file, table, codeField, nameField, problems);
		}
		finally {
			Files.deleteIfExists(copy.toPath());
		}
	}

	private static void check(List<BoundaryFeature> features, ImportProblems problems) {
		Map<String, Integer> seen = new HashMap<>();
		boolean notLonLat = false;
		for (BoundaryFeature f : features) {
			Integer first = seen.putIfAbsent(f.code(), f.number());
			if (first != null) {
				problems.add(f.where() + ": duplicate area code, also feature " + first);
			}
			if (!(f.geometry() instanceof Polygonal)) {
				problems.add(f.where() + ": is a " + f.geometry().getGeometryType() + ", not a polygon");
				continue;
			}
			if (f.srid() == Crs.WGS84 && !plausibleLonLat(f.geometry().getEnvelopeInternal())) {
				// Once a file: every feature of a file in metres would say the same.
				if (!notLonLat) {
					problems.add(f.where() + ": coordinates such as " + format(f.geometry().getCoordinate())
							+ " are not longitude/latitude; declare the file's CRS"
							+ " (e.g. \"crs\": \"EPSG:27700\") in the manifest");
				}
				notLonLat = true;
				continue;
			}
			TopologyValidationError error = new IsValidOp(f.geometry()).getValidationError();
			if (error != null) {
				problems.add(f.where() + ": invalid geometry, " + error.getMessage().toLowerCase(Locale.ROOT) + " at "
						+ format(error.getCoordinate()));
			}
		}
	}

	private static boolean plausibleLonLat(Envelope e) {
		return e.getMinX() >= -180 && e.getMaxX() <= 180 && e.getMinY() >= -90 && e.getMaxY() <= 90;
	}

	private static String format(Coordinate c) {
		return c == null ? "an unknown point" : String.format(Locale.ROOT, "%s %s", strip(c.x), strip(c.y));
	}

	private static String strip(double v) {
		return new java.math.BigDecimal(v).setScale(6, java.math.RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

}
