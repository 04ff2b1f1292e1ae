package org.lacatlas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A second council in every integration test's database, beside Thurrock: "Eastwick", a
 * city made of Thurrock's real boundaries and Census counts moved {@value #SHIFT} m east
 * (out to sea, where no real council lies) with codes of its own, imported by the app's
 * importer from files as a council would send them (GeoJSON in British National Grid, a
 * statistics CSV, town names, a postcode file and a few assets). Its band is
 * 13,000–18,000 residents. {@link SecondCouncilLoader} loads it with a plan, posts and
 * users.
 */
public final class SecondCouncil {

	public static final String CODE = "E06999998";

	public static final String NAME = "Eastwick";

	/** Metres east of Thurrock, in EPSG:27700. */
	public static final int SHIFT = 120_000;

	public static final int MIN = 13_000;

	public static final int MAX = 18_000;

	/** The second council's users, one per role, named {@code eastwick-<role>}. */
	public static String user(String role) {
		return "eastwick-" + role;
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private SecondCouncil() {
	}

	/** Eastwick's code for a Thurrock ward or small-area code (E0500… → E0599…). */
	public static String code(String thurrockCode) {
		return thurrockCode.substring(0, 3) + "99" + thurrockCode.substring(5);
	}

	/**
	 * Writes Eastwick's manifest and files into {@code dir} from Thurrock's stored
	 * geography.
	 */
	static Resource write(JdbcClient jdbc, Path dir) {
		try {
			layer(jdbc, dir.resolve("boundary.geojson"), """
					SELECT :code AS code, :name AS name, ST_Translate(geom, :shift, 0) AS geom
					FROM authority WHERE code = 'E06000034'""");
			layer(jdbc, dir.resolve("wards.geojson"), """
					SELECT left(code, 3) || '99' || substr(code, 6) AS code, 'East ' || name AS name,
						ST_Translate(geom, :shift, 0) AS geom
					FROM ward WHERE authority_code = 'E06000034'""");
			layer(jdbc, dir.resolve("areas.geojson"),
					"""
							SELECT left(code, 3) || '99' || substr(code, 6) AS code, replace(name, 'Thurrock', 'Eastwick') AS name,
								ST_Translate(geom, :shift, 0) AS geom
							FROM small_area WHERE authority_code = 'E06000034'""");
			text(dir.resolve("census.csv"), "code,residents,older,imd", jdbc
				.sql("""
						SELECT concat_ws(',', left(code, 3) || '99' || substr(code, 6), residents, residents_65_plus, imd_decile)
						FROM small_area WHERE authority_code = 'E06000034' ORDER BY code""")
				.query(String.class)
				.list());
			text(dir.resolve("places.csv"), "name,lon,lat", jdbc.sql("""
					SELECT concat_ws(',', 'East ' || name, round(ST_X(p)::numeric, 6), round(ST_Y(p)::numeric, 6))
					FROM (SELECT name, ST_Transform(ST_Translate(geom, :shift, 0), 4326) AS p FROM place
						WHERE authority_code = 'E06000034') x ORDER BY name""")
				.param("shift", SHIFT)
				.query(String.class)
				.list());
			postcodes(dir);
			assets(jdbc, dir.resolve("assets.geojson"));
			JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("eastwick.council.json").toFile(), manifest());
			return new FileSystemResource(dir.resolve("eastwick.council.json"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ObjectNode manifest() {
		ObjectNode m = JSON.createObjectNode();
		m.putObject("authority")
			.put("code", CODE)
			.put("name", NAME)
			.put("kind", "city")
			.put("boundary", "boundary.geojson")
			.put("crs", "EPSG:27700");
		for (String[] layer : new String[][] { { "wards", "wards.geojson" }, { "smallAreas", "areas.geojson" } }) {
			ObjectNode spec = m.putObject(layer[0])
				.put("file", layer[1])
				.put("codeField", "code")
				.put("nameField", "name")
				.put("crs", "EPSG:27700");
			if (layer[0].equals("smallAreas")) {
				spec.put("level", "LSOA21");
			}
		}
		m.putObject("statistics")
			.put("file", "census.csv")
			.put("codeColumn", "code")
			.put("residentsColumn", "residents")
			.put("residents65PlusColumn", "older")
			.put("imdDecileColumn", "imd");
		m.putObject("places")
			.put("file", "places.csv")
			.put("nameColumn", "name")
			.put("lonColumn", "lon")
			.put("latColumn", "lat");
		m.putObject("postcodes").put("file", "postcodes.csv").put("layout", "code-point-open");
		m.putObject("assets").put("file", "assets.geojson");
		m.put("attribution", "Test data: ONS boundaries and Census 2021 counts (OGL v3), moved out to sea.");
		return m;
	}

	/**
	 * Thurrock's live postcodes moved east, as OS Code-Point Open lays them out (no
	 * header).
	 */
	private static void postcodes(Path dir) throws IOException {
		List<String> rows = new ArrayList<>();
		List<String> lines = Files.readAllLines(Path.of("geodata/postcodes/thurrock_postcodes_codepoint_2025-10.csv"));
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",");
			rows.add(String.join(",", "\"" + f[0] + "\"", f[3], String.valueOf(Integer.parseInt(f[4]) + SHIFT), f[5],
					"E92000001", "", "", "", CODE, code(f[9])));
		}
		Files.write(dir.resolve("postcodes.csv"), rows, StandardCharsets.UTF_8);
	}

	/** Five published assets at five of Eastwick's towns. */
	private static void assets(JdbcClient jdbc, Path file) throws IOException {
		ObjectNode collection = JSON.createObjectNode()
			.put("type", "FeatureCollection")
			.put("name", "eastwick_test_assets")
			.put("attribution", "Test assets of the test council Eastwick.");
		ArrayNode features = collection.putArray("features");
		String[] categories = { "library", "gp_surgery", "pharmacy", "school", "lunch_club" };
		List<double[]> points = jdbc.sql("""
				SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_Transform(ST_Translate(geom, :shift, 0), 4326) AS p, name
					FROM place WHERE authority_code = 'E06000034' ORDER BY name LIMIT 5) x""")
			.param("shift", SHIFT)
			.query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2) })
			.list();
		for (int i = 0; i < points.size(); i++) {
			ObjectNode f = features.addObject().put("type", "Feature");
			f.putObject("geometry")
				.put("type", "Point")
				.putArray("coordinates")
				.add(points.get(i)[0])
				.add(points.get(i)[1]);
			f.putObject("properties")
				.put("id", "eastwick-" + i)
				.put("name", "Eastwick " + categories[i].replace('_', ' ') + " " + i)
				.put("category", categories[i])
				.put("subcategory", categories[i])
				.put("source", "Eastwick test data")
				.put("source_vintage", "2026");
		}
		JSON.writeValue(file.toFile(), collection);
	}

	private static void layer(JdbcClient jdbc, Path file, String select) throws IOException {
		String collection = jdbc
			.sql("""
					SELECT json_build_object('type', 'FeatureCollection', 'features', json_agg(ST_AsGeoJSON(f.*, 'geom', 1)::json))::text
					FROM (%s) f"""
				.formatted(select))
			.param("code", CODE)
			.param("name", NAME)
			.param("shift", SHIFT)
			.query(String.class)
			.single();
		Files.writeString(file, collection, StandardCharsets.UTF_8);
	}

	private static void text(Path file, String header, List<String> rows) throws IOException {
		List<String> lines = new ArrayList<>(List.of(header));
		lines.addAll(rows);
		Files.write(file, lines, StandardCharsets.UTF_8);
	}

}
