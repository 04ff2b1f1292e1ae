package org.lacatlas.ogc;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lacatlas.SecondCouncil;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real client: GDAL (Debian's gdal-bin, the library inside QGIS; scripts/test installs
 * it) reads the OGC API and the vector tiles as it would for a GIS user — discovery,
 * counts, paging to the end with any page size, a box, a property filter it sends to the
 * server, a GeoPackage copy, and tiles through its MVT driver.
 */
class GdalClientTests extends OgcClient {

	@TempDir
	Path dir;

	@Test
	void discoversThePublicCollectionsAndWithAUserAllFour() {
		String anonymous = gdal("ogrinfo", "-ro", "-q", ogc());
		assertThat(layers(anonymous)).containsExactly("wards", "small-areas");
		String planner = gdal("ogrinfo", "-ro", "-q", "-oo", "USERPWD=planner:" + PASSWORD, ogc());
		assertThat(layers(planner)).containsExactly("wards", "small-areas", "neighbourhoods", "assets");
	}

	@Test
	void countsAndPagesToTheEndWithAnyPageSize() throws Exception {
		for (String size : List.of("7", "100", "1000")) {
			Path copy = dir.resolve("areas-" + size + ".gpkg");
			gdal("ogr2ogr", "-f", "GPKG", copy.toString(), ogc(), "small-areas", "-oo", "PAGE_SIZE=" + size);
			String info = gdal("ogrinfo", "-ro", "-so", copy.toString(), "small-areas");
			assertThat(info).contains("Feature Count: 100");
			String ids = gdal("ogrinfo", "-ro", "-q", "-sql", "SELECT count(DISTINCT id) AS n FROM \"small-areas\"",
					copy.toString());
			assertThat(ids).contains("n (Integer) = 100");
		}
		assertThat(gdal("ogrinfo", "-ro", "-so", ogc(), "wards")).contains("Feature Count: 20");
	}

	@Test
	void eachCouncilIsReadOnItsOwnAndPagingStaysInIt() {
		Path copy = dir.resolve("eastwick.gpkg");
		gdal("ogr2ogr", "-f", "GPKG", copy.toString(), ogc(SecondCouncil.CODE), "small-areas", "-oo", "PAGE_SIZE=7");
		Set<String> eastwick = new HashSet<>(jdbc.sql("SELECT code FROM small_area WHERE authority_code = :c")
			.param("c", SecondCouncil.CODE)
			.query(String.class)
			.list());
		assertThat(ids(gdal("ogrinfo", "-ro", "-al", "-q", copy.toString()))).isEqualTo(eastwick).isNotEmpty();
		Set<String> thurrock = ids(gdal("ogrinfo", "-ro", "-al", "-q", ogc(), "small-areas"));
		assertThat(thurrock).hasSize(100).doesNotContainAnyElementsOf(eastwick);
		// an Eastwick user reads Eastwick's assets without naming the council, never
		// Thurrock's
		String assets = gdal("ogrinfo", "-ro", "-al", "-q", "-oo",
				"USERPWD=" + SecondCouncil.user("planner") + ":" + PASSWORD, ogc(null), "assets");
		assertThat(assets).contains("name (String) = Eastwick");
		assertThat(assets.lines().filter(l -> l.startsWith("  name (String) = "))).isNotEmpty()
			.allMatch(l -> l.contains("Eastwick"));
	}

	@Test
	void aBoxReturnsTheAreasThatMeetIt() {
		Set<String> expected = new HashSet<>(jdbc.sql("""
				SELECT code FROM small_area
				WHERE ST_Intersects(ST_Transform(geom, 4326), ST_MakeEnvelope(0.36, 51.50, 0.38, 51.51, 4326))
				""").query(String.class).list());
		String out = gdalDebug("ogrinfo", "-ro", "-al", "-q", "-spat", "0.36", "51.50", "0.38", "51.51", ogc(),
				"small-areas");
		assertThat(out).contains("bbox=");
		assertThat(ids(out)).isEqualTo(expected).hasSize(3);
	}

	@Test
	void aPropertyFilterIsSentToTheServer() {
		Set<String> expected = new HashSet<>(
				jdbc.sql("SELECT code FROM small_area WHERE ward_code = 'E05002235'").query(String.class).list());
		String out = gdalDebug("ogrinfo", "-ro", "-al", "-q", "-where", "wardCode = 'E05002235'", ogc(), "small-areas");
		assertThat(out).contains("wardCode=E05002235").doesNotContain("evaluated on client side");
		assertThat(ids(out)).isEqualTo(expected).isNotEmpty();
	}

	@Test
	void theMvtDriverReadsTilesWithTheirIdsAndProperties() {
		String tile = thurrock("/tiles/small-areas/" + VectorTileTests.graysTile(13) + ".mvt");
		String out = gdal("ogrinfo", "-ro", "-al", "-q", "/vsicurl/" + tile);
		assertThat(out).contains("Layer name: small-areas").contains("mvt_id (Integer64) =");
		assertThat(ids(out)).isNotEmpty().allMatch(code -> code.startsWith("E01"));
		String summary = gdal("ogrinfo", "-ro", "-so", "-al", "/vsicurl/" + tile);
		assertThat(summary).contains("Pseudo-Mercator").contains("wardCode: String");
	}

	/** Thurrock's OGC API: GDAL keeps the query of the URL on every request it makes. */
	private String ogc() {
		return ogc(THURROCK);
	}

	private String ogc(String council) {
		return "OAPIF:http://127.0.0.1:" + port + "/ogc" + (council == null ? "" : "?council=" + council);
	}

	private static List<String> layers(String ogrinfo) {
		List<String> layers = new ArrayList<>();
		Matcher m = Pattern.compile("(?m)^\\d+: (\\S+)").matcher(ogrinfo);
		while (m.find()) {
			layers.add(m.group(1));
		}
		return layers;
	}

	private static Set<String> ids(String ogrinfo) {
		Set<String> ids = new HashSet<>();
		Matcher m = Pattern.compile("(?m)^  id \\(String\\) = (\\S+)").matcher(ogrinfo);
		while (m.find()) {
			ids.add(m.group(1));
		}
		return ids;
	}

	private String gdalDebug(String... command) {
		return run(true, command);
	}

	private String gdal(String... command) {
		return run(false, command);
	}

	/** Runs a GDAL tool; its output (with the HTTP requests it made, when debugging). */
	private String run(boolean debug, String... command) {
		assertThat(new File("/usr/bin/" + command[0])).as(command[0] + " (Debian gdal-bin; scripts/test installs it)")
			.exists();
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.environment().put("CPL_DEBUG", debug ? "ON" : "OFF");
			builder.environment().put("GDAL_HTTP_TIMEOUT", "60");
			Process process = builder.start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
			assertThat(out).as(String.join(" ", command)).doesNotContain("ERROR ");
			return out;
		}
		catch (java.io.IOException ex) {
			throw new AssertionError("could not run " + command[0], ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
