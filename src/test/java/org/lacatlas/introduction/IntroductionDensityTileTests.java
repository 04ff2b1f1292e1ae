package org.lacatlas.introduction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;
import org.lacatlas.ogc.MvtReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The introduction density as vector tiles: the same hexagons and the same published
 * figures as the GeoJSON density, so never a count from 1 to k−1; the same readers; an
 * ETag that changes when a release does, never when an introduction is recorded.
 */
class IntroductionDensityTileTests extends IntegrationTest {

	private static final String PERIOD = "from=2013-06&to=2013-09";

	@Autowired
	TestRestTemplate http;

	@Autowired
	org.springframework.context.ApplicationContext context;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void tilesCarryExactlyThePublishedFiguresOfTheGeoJsonDensity() throws Exception {
		List<Object> counts = new java.util.ArrayList<>();
		for (int size : List.of(250, 500, 1000)) {
			String query = "?cellSize=" + size + "&" + PERIOD;
			JsonNode geoJson = json.readTree(get("/api/introductions/density" + query, "planner", null).getBody());
			Map<String, JsonNode> expected = new HashMap<>();
			geoJson.get("features").forEach(f -> expected.put(f.at("/properties/id").asText(), f.get("properties")));

			Map<String, Map<String, Object>> inTiles = new HashMap<>();
			for (String tile : tilesCovering(geoJson, 11)) {
				ResponseEntity<byte[]> answer = get("/tiles/introduction-density/" + tile + ".mvt" + query, "planner",
						null);
				assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
				var layer = MvtReader.read(answer.getBody()).get("introduction-density");
				for (MvtReader.Feature f : layer == null ? List.<MvtReader.Feature>of() : layer.features()) {
					assertPublishable(f.properties().get("introductions"));
					// a hexagon cut by tile edges is the same hexagon in every tile
					Map<String, Object> before = inTiles.putIfAbsent((String) f.properties().get("id"), f.properties());
					assertThat(before == null ? f.properties() : before).isEqualTo(f.properties());
				}
			}
			assertThat(inTiles.keySet()).as("hexagons of %d m", size).isEqualTo(expected.keySet());
			inTiles.forEach((id, p) -> assertSameFigures(id, p, expected.get(id)));
			inTiles.values().forEach(p -> counts.add(p.get("introductions")));
		}
		// not a vacuous comparison: some hexagons were suppressed, some published
		assertThat(counts).anyMatch(String.class::isInstance);
		assertThat(counts).anyMatch(n -> n instanceof Number number && number.longValue() > 0);
	}

	@Test
	void theDensityAsCentresHasTheSameHexagonsAndFiguresWithAPointEach() throws Exception {
		String query = "/api/introductions/density?cellSize=500&" + PERIOD;
		JsonNode hexagons = json.readTree(get(query, "councillor", null).getBody());
		JsonNode centres = json.readTree(get(query + "&geometry=centre", "councillor", null).getBody());
		assertThat(centres.get("features")).hasSameSizeAs(hexagons.get("features"));
		for (int i = 0; i < hexagons.get("features").size(); i++) {
			JsonNode hexagon = hexagons.get("features").get(i), centre = centres.get("features").get(i);
			assertThat(centre.get("properties")).isEqualTo(hexagon.get("properties"));
			assertThat(centre.at("/geometry/type").asText()).isEqualTo("Point");
			double lon = centre.at("/geometry/coordinates/0").asDouble();
			double[] lons = new double[6];
			for (int v = 0; v < 6; v++) {
				lons[v] = hexagon.at("/geometry/coordinates/0/" + v + "/0").asDouble();
			}
			assertThat(lon).isBetween(java.util.Arrays.stream(lons).min().orElseThrow(),
					java.util.Arrays.stream(lons).max().orElseThrow());
		}
		assertThat(get(query + "&geometry=outline", "councillor", null).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void onlyReadersOfTheDensityGetItsTiles() {
		String path = "/tiles/introduction-density/" + grays(11) + ".mvt?cellSize=500";
		assertThat(get(path, null, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(get(path, "admin", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		for (String reader : List.of("planner", "coordinator", "councillor")) {
			assertThat(get(path, reader, null).getStatusCode()).isEqualTo(HttpStatus.OK);
		}
		assertThat(get(path.replace("500", "100"), "planner", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(get(path + "&from=2013-06-12", "planner", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void anUnchangedTileIsNotSentTwiceAndOnlyAReleaseChangesIt() {
		String path = "/tiles/introduction-density/" + grays(11) + ".mvt?cellSize=500";
		ResponseEntity<byte[]> first = get(path, "coordinator", null);
		String etag = first.getHeaders().getETag();
		assertThat(first.getHeaders().getCacheControl()).contains("no-cache").contains("private");
		assertThat(get(path, "coordinator", etag).getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
		assertThat(get(path.replace("500", "1000"), "coordinator", etag).getStatusCode()).isEqualTo(HttpStatus.OK);

		var fixtures = new IntroductionFixtures(http, jdbc, this::url, context);
		try {
			for (int i = 0; i < 3; i++) {
				assertThat(
						fixtures
							.post("coordinator",
									IntroductionFixtures.introduction("2012-06-01", "OTHER", 1, "65-74",
											"\"OLDER_PERSON\"", IntroductionFixtures.sector("RM17 6")))
							.getStatusCode()
							.value())
					.isEqualTo(201);
				// recorded, not released: nothing a reader sees has changed
				assertThat(get(path, "councillor", etag).getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
			}
		}
		finally {
			fixtures.deleteTestIntroductions();
		}
		// the releases made again, as an import of a new postcode file or geography does
		// (PostcodeSectorLoader): the same figures, but a new version
		var releases = context.getBean(ReleaseRepository.class);
		context.getBean(org.springframework.transaction.support.TransactionTemplate.class)
			.executeWithoutResult(status -> {
				releases.lockAlone(IntroductionFixtures.THURROCK);
				releases.remakeHeld(IntroductionFixtures.THURROCK);
			});
		ResponseEntity<byte[]> after = get(path, "coordinator", etag);
		assertThat(after.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(after.getHeaders().getETag()).isNotEqualTo(etag);
	}

	/**
	 * As {@code IntroductionDisclosureTests}: 0, "&lt;5" or a multiple of 5 from 5 up.
	 */
	private static void assertPublishable(Object value) {
		if (value instanceof String text) {
			assertThat(text).isEqualTo("<5");
			return;
		}
		assertThat(value).isInstanceOf(Number.class);
		double n = ((Number) value).doubleValue();
		assertThat(n).as("published count").matches(c -> c == 0 || (c >= 5 && c % 5 == 0), "0 or a multiple of 5");
	}

	private static void assertSameFigures(String id, Map<String, Object> tile, JsonNode geoJson) {
		JsonNode n = geoJson.get("introductions");
		Object count = tile.get("introductions");
		if (n.isTextual()) {
			assertThat(count).as(id).isEqualTo(n.asText());
		}
		else {
			assertThat(((Number) count).doubleValue()).as(id).isEqualTo(n.asDouble());
		}
		assertThat(tile.get("suppressed")).as(id).isEqualTo(geoJson.get("suppressed").asBoolean());
		assertThat(((Number) tile.get("residents")).doubleValue()).as(id)
			.isEqualTo(geoJson.get("residents").asDouble());
		JsonNode rate = geoJson.get("ratePer1000");
		if (rate.isNull()) {
			assertThat(tile).as(id).doesNotContainKey("ratePer1000");
		}
		else {
			assertThat(((Number) tile.get("ratePer1000")).doubleValue()).as(id).isEqualTo(rate.asDouble());
		}
	}

	/** z/x/y of every tile meeting the bounding box of the collection's hexagons. */
	private static List<String> tilesCovering(JsonNode collection, int z) {
		double[] box = { 180, 90, -180, -90 };
		collection.get("features").forEach(f -> f.at("/geometry/coordinates/0").forEach(p -> {
			box[0] = Math.min(box[0], p.get(0).asDouble());
			box[1] = Math.min(box[1], p.get(1).asDouble());
			box[2] = Math.max(box[2], p.get(0).asDouble());
			box[3] = Math.max(box[3], p.get(1).asDouble());
		}));
		int[] nw = tile(box[0], box[3], z), se = tile(box[2], box[1], z);
		List<String> tiles = new java.util.ArrayList<>();
		for (int x = nw[0]; x <= se[0]; x++) {
			for (int y = nw[1]; y <= se[1]; y++) {
				tiles.add(z + "/" + x + "/" + y);
			}
		}
		return tiles;
	}

	private static int[] tile(double lon, double lat, int z) {
		double n = 1 << z, rad = Math.toRadians(lat);
		return new int[] { (int) Math.floor((lon + 180) / 360 * n),
				(int) Math.floor((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * n) };
	}

	private static String grays(int z) {
		int[] t = tile(0.32, 51.48, z);
		return z + "/" + t[0] + "/" + t[1];
	}

	private ResponseEntity<byte[]> get(String path, String user, String ifNoneMatch) {
		HttpHeaders headers = new HttpHeaders();
		if (user != null) {
			headers.setBasicAuth(user, PASSWORD);
		}
		if (ifNoneMatch != null) {
			headers.setIfNoneMatch(ifNoneMatch);
		}
		return http.exchange(url(path), HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
	}

}
