package org.lacatlas.geography;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A made-up council (E06999999) of six Thurrock LSOAs moved one degree east, so it
 * overlaps nothing stored, with files in British National Grid (EPSG:27700) as a
 * council's GIS team would send them. Its two wards are Thurrock's wards E05002237 and
 * E05002238 clipped to it, so the best-fit ward of each area comes from real, slightly
 * mismatched boundaries.
 */
final class FictitiousCouncil {

	static final String CODE = "E06999999";

	static final String NORTH = "E05999991";

	static final String SOUTH = "E05999992";

	/** Degrees of longitude between Thurrock and the fictitious council. */
	static final double EAST = 1.0;

	/** A small area of the fictitious council and the Thurrock LSOA it is copied from. */
	record Area(String code, String thurrockCode, String wardCode, int residents, int residents65Plus, int imdDecile) {
	}

	static final List<Area> AREAS = List.of(new Area("E01999991", "E01015963", NORTH, 1001, 101, 1),
			new Area("E01999992", "E01015964", NORTH, 1102, 102, 2),
			new Area("E01999993", "E01015965", NORTH, 1203, 103, 3),
			new Area("E01999994", "E01015967", SOUTH, 1304, 104, 4),
			new Area("E01999995", "E01015968", SOUTH, 1405, 105, 5),
			new Area("E01999996", "E01015970", SOUTH, 1506, 106, 6));

	static final Map<String, String> WARDS_FROM_THURROCK = Map.of("E05002237", NORTH, "E05002238", SOUTH);

	/** A boundary feature: code, name and geometry (EPSG:27700) as GeoJSON and as WKB. */
	record Shape(String code, String name, String geoJson, byte[] wkb) {
	}

	private static final String SHAPES = """
			WITH chosen AS (SELECT code, geom FROM small_area WHERE code IN (:areas)),
			council AS (SELECT ST_Union(geom) AS geom FROM chosen),
			layers AS (
				SELECT 'authority' AS layer, :authority AS code, geom FROM council
				UNION ALL
				SELECT 'ward', w.code, ST_CollectionExtract(ST_Intersection(w.geom, c.geom), 3)
				FROM ward w, council c WHERE w.code IN (:wards)
				UNION ALL
				SELECT 'small-area', code, geom FROM chosen
			),
			-- moved east in longitude, then back to metres on a millimetre grid, as a GIS export
			moved AS (
				SELECT layer, code, ST_Multi(ST_ReducePrecision(
					ST_Transform(ST_Translate(ST_Transform(geom, 4326), :east, 0), 27700), 0.001)) AS geom
				FROM layers
			)
			SELECT layer, code, ST_AsGeoJSON(geom, 3, 0) AS geojson, ST_AsBinary(geom) AS wkb
			FROM moved ORDER BY layer, code
			""";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Map<String, List<Shape>> layers = new LinkedHashMap<>();

	private final String britishNationalGrid;

	private FictitiousCouncil(String britishNationalGrid) {
		this.britishNationalGrid = britishNationalGrid;
	}

	/** Builds the council's shapes from Thurrock's stored boundaries. */
	static FictitiousCouncil fromThurrock(JdbcClient jdbc) {
		Map<String, String> codes = new LinkedHashMap<>(WARDS_FROM_THURROCK);
		AREAS.forEach(a -> codes.put(a.thurrockCode(), a.code()));
		codes.put(CODE, CODE);
		FictitiousCouncil council = new FictitiousCouncil(
				jdbc.sql("SELECT srtext FROM spatial_ref_sys WHERE srid = 27700").query(String.class).single());
		jdbc.sql(SHAPES)
			.param("areas", AREAS.stream().map(Area::thurrockCode).toList())
			.param("wards", WARDS_FROM_THURROCK.keySet())
			.param("authority", CODE)
			.param("east", EAST)
			.query((rs, n) -> council.layers.computeIfAbsent(rs.getString("layer"), k -> new ArrayList<>())
				.add(new Shape(codes.get(rs.getString("code")), "Fictitious " + codes.get(rs.getString("code")),
						rs.getString("geojson"), rs.getBytes("wkb"))))
			.list();
		return council;
	}

	List<Shape> layer(String name) {
		return layers.get(name);
	}

	/**
	 * The council as GeoJSON files without a {@code crs} member; the manifest declares
	 * it.
	 */
	CouncilFixture asGeoJson(Path dir) {
		ObjectNode manifest = manifest("authority.geojson", "wards.geojson", "small-areas.geojson");
		for (String layer : new String[] { "authority", "wards", "small-areas" }) {
			((ObjectNode) manifest.get(field(layer))).put("crs", "EPSG:27700");
		}
		CouncilFixture fixture = CouncilFixture.empty(dir, manifest);
		fixture.putJson("authority.geojson", featureCollection(layer("authority")));
		fixture.putJson("wards.geojson", featureCollection(layer("ward")));
		fixture.putJson("small-areas.geojson", featureCollection(layer("small-area")));
		fixture.putCsv("statistics.csv", statistics());
		return fixture;
	}

	/** The council as one GeoPackage with a table per layer, in EPSG:27700. */
	CouncilFixture asGeoPackage(Path dir) {
		ObjectNode manifest = manifest("council.gpkg", "council.gpkg", "council.gpkg");
		((ObjectNode) manifest.get("authority")).put("table", "authority");
		((ObjectNode) manifest.get("wards")).put("table", "wards");
		((ObjectNode) manifest.get("smallAreas")).put("table", "small_areas");
		Map<String, List<GeoPackageFixture.Feature>> tables = new LinkedHashMap<>();
		tables.put("authority", features(layer("authority")));
		tables.put("wards", features(layer("ward")));
		tables.put("small_areas", features(layer("small-area")));
		GeoPackageFixture.write(dir.resolve("council.gpkg").toFile(), 27700, britishNationalGrid, tables);
		CouncilFixture fixture = CouncilFixture.empty(dir, manifest);
		fixture.putCsv("statistics.csv", statistics());
		return fixture;
	}

	/** Removes the council and everything stored for it. */
	static void delete(JdbcClient jdbc) {
		org.lacatlas.TestCouncils.delete(jdbc, CODE);
	}

	static CsvTable statistics() {
		CsvTable table = new CsvTable(List.of("code", "residents", "residents_65_plus", "imd_decile"), "code");
		AREAS.forEach(a -> table.add(a.code(), String.valueOf(a.residents()), String.valueOf(a.residents65Plus()),
				String.valueOf(a.imdDecile())));
		return table;
	}

	private static String field(String layer) {
		return layer.equals("small-areas") ? "smallAreas" : layer;
	}

	private static ObjectNode manifest(String authority, String wards, String smallAreas) {
		ObjectNode manifest = JSON.createObjectNode();
		manifest.putObject("authority").put("code", CODE).put("name", "Fictitious").put("boundary", authority);
		manifest.putObject("wards").put("file", wards).put("codeField", "code").put("nameField", "name");
		manifest.putObject("smallAreas")
			.put("file", smallAreas)
			.put("level", "LSOA21")
			.put("codeField", "code")
			.put("nameField", "name");
		manifest.putObject("statistics")
			.put("file", "statistics.csv")
			.put("codeColumn", "code")
			.put("residentsColumn", "residents")
			.put("residents65PlusColumn", "residents_65_plus")
			.put("imdDecileColumn", "imd_decile");
		return manifest;
	}

	private static ObjectNode featureCollection(List<Shape> shapes) {
		ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
		ArrayNode features = collection.putArray("features");
		for (Shape shape : shapes) {
			ObjectNode feature = features.addObject().put("type", "Feature");
			feature.putObject("properties").put("code", shape.code()).put("name", shape.name());
			try {
				feature.set("geometry", JSON.readTree(shape.geoJson()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return collection;
	}

	private static List<GeoPackageFixture.Feature> features(List<Shape> shapes) {
		return shapes.stream().map(s -> new GeoPackageFixture.Feature(s.code(), s.name(), s.wkb())).toList();
	}

}
