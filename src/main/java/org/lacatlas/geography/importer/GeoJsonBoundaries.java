package org.lacatlas.geography.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads polygon features from a GeoJSON FeatureCollection. The CRS is the file's legacy
 * {@code crs} member if present, else the one the manifest declares, else WGS84 as RFC
 * 7946 says. Properties are read with Jackson because jts-io's reader drops them.
 */
final class GeoJsonBoundaries {

	private static final ObjectMapper JSON = new ObjectMapper();

	private GeoJsonBoundaries() {
	}

	static List<BoundaryFeature> read(InputStream in, String file, String codeField, String nameField,
			String declaredCrs, ImportProblems problems) throws IOException {
		JsonNode root = JSON.readTree(in);
		if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
			problems.add(file + ": not a GeoJSON FeatureCollection");
			return List.of();
		}
		int srid = srid(root, file, declaredCrs, problems);
		GeoJsonReader reader = new GeoJsonReader(new GeometryFactory());
		List<BoundaryFeature> features = new ArrayList<>();
		int number = 0;
		for (JsonNode feature : root.path("features")) {
			number++;
			JsonNode props = feature.path("properties");
			String code = codeField == null ? String.valueOf(number) : text(props, codeField);
			String name = nameField == null ? code : text(props, nameField);
			String where = file + " feature " + number;
			if (code == null) {
				problems.add(where + ": has no '" + codeField + "'");
				continue;
			}
			if (name == null) {
				problems.add(where + " (" + code + "): has no '" + nameField + "'");
				continue;
			}
			JsonNode geometry = feature.get("geometry");
			if (geometry == null || geometry.isNull()) {
				problems.add(where + " (" + code + "): has no geometry");
				continue;
			}
			try {
				Geometry g = reader.read(geometry.toString());
				g.setSRID(srid);
				features.add(new BoundaryFeature(file, number, code, name, g, srid));
			}
			catch (ParseException | RuntimeException ex) {
				problems.add(where + " (" + code + "): unreadable geometry (" + ex.getMessage() + ")");
			}
		}
		return features;
	}

	private static int srid(JsonNode root, String file, String declaredCrs, ImportProblems problems) {
		String named = root.path("crs").path("properties").path("name").asText(null);
		OptionalInt fromFile = Crs.srid(named);
		OptionalInt declared = Crs.srid(declaredCrs);
		if (named != null && fromFile.isEmpty()) {
			problems.add(file + ": unknown coordinate reference system '" + named + "'");
		}
		if (declaredCrs != null && declared.isEmpty()) {
			problems.add(file + ": unknown coordinate reference system '" + declaredCrs + "' in the manifest");
		}
		if (fromFile.isPresent() && declared.isPresent() && fromFile.getAsInt() != declared.getAsInt()) {
			problems.add(file + ": the file says EPSG:" + fromFile.getAsInt() + " but the manifest declares EPSG:"
					+ declared.getAsInt());
		}
		return fromFile.orElse(declared.orElse(Crs.WGS84));
	}

	private static String text(JsonNode props, String field) {
		JsonNode value = props.get(field);
		if (value == null || value.isNull() || value.asText().isBlank()) {
			return null;
		}
		return value.asText().trim();
	}

}
