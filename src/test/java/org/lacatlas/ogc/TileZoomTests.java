package org.lacatlas.ogc;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tiles at every zoom over Britain (2/1/1 and 2/2/1 used to fail), features with MVT ids
 * that stay the same across zooms, and a TileJSON per layer that points at them.
 */
class TileZoomTests extends OgcClient {

	/**
	 * Every tile of zooms 0–7 over Great Britain and its waters (lon -10..4, lat 49..62)
	 * for the public layers; the signed-in ones to zoom 3 (each request with a password
	 * costs a BCrypt check, and the tile bounds are the same SQL for every layer).
	 */
	@Test
	void everyTileOverBritainAnswersAtLowZooms() {
		int tiles = 0;
		for (int z = 0; z <= 7; z++) {
			for (int x = tileX(-10, z); x <= tileX(4, z); x++) {
				for (int y = tileY(62, z); y <= tileY(49, z); y++) {
					String at = z + "/" + x + "/" + y + ".mvt";
					List<String> open = List.of("/tiles/small-areas/" + at, "/tiles/wards/" + at);
					List<String> signedIn = z > 3 ? List.of() : List.of("/tiles/neighbourhoods/" + at,
							"/tiles/assets/" + at, "/tiles/introduction-density/" + at + "?cellSize=1000");
					open.forEach(
							path -> assertThat(tile(path, null).getStatusCode()).as(path).isEqualTo(HttpStatus.OK));
					signedIn.forEach(path -> assertThat(tile(path, "planner").getStatusCode()).as(path)
						.isEqualTo(HttpStatus.OK));
					tiles++;
				}
			}
		}
		assertThat(tiles).isGreaterThan(60);
	}

	@Test
	void thurrockIsInTheTileOverGraysAtEveryZoomWithStableFeatureIds() {
		Map<String, Long> idByCode = new HashMap<>();
		for (int z = 0; z <= 16; z++) {
			String path = "/tiles/small-areas/" + VectorTileTests.graysTile(z) + ".mvt";
			ResponseEntity<byte[]> answer = tile(path, null);
			assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
			if (z < 8) {
				continue; // below z8 a small area is under a tile unit and ST_AsMVTGeom
							// drops it
			}
			var layer = MvtReader.read(answer.getBody()).get("small-areas");
			assertThat(layer).as(path).isNotNull();
			assertThat(layer.features()).as(path).isNotEmpty();
			Set<Long> ids = new HashSet<>();
			for (MvtReader.Feature f : layer.features()) {
				assertThat(f.id()).as(path + " feature id").isNotNull();
				assertThat(ids.add(f.id())).as(path + " unique ids").isTrue();
				String code = (String) f.properties().get("id");
				Long before = idByCode.putIfAbsent(code, f.id());
				assertThat(before == null || before.equals(f.id())).as(code + " keeps its id").isTrue();
			}
		}
		// Britain's far corners: Land's End, St Kilda, Shetland, Lowestoft
		for (double[] place : new double[][] { { -5.7, 50.06 }, { -8.57, 57.81 }, { -1.2, 60.4 }, { 1.75, 52.48 } }) {
			for (int z = 0; z <= 16; z++) {
				String path = "/tiles/small-areas/" + z + "/" + tileX(place[0], z) + "/" + tileY(place[1], z) + ".mvt";
				assertThat(tile(path, null).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
			}
		}
		long neighbourhood = MvtReader
			.read(tile("/tiles/neighbourhoods/" + VectorTileTests.graysTile(12) + ".mvt", "planner").getBody())
			.get("neighbourhoods")
			.features()
			.get(0)
			.id();
		assertThat(jdbc.sql("SELECT count(*) FROM neighbourhood WHERE id = :id")
			.param("id", neighbourhood)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void eachLayerHasATileJsonWhoseTemplateGivesItsTiles() throws Exception {
		for (String layer : List.of("wards", "small-areas", "neighbourhoods", "assets")) {
			JsonNode tileJson = get("/tiles/" + layer + ".json", "application/json", "planner");
			assertThat(tileJson.get("tilejson").asText()).isEqualTo("3.0.0");
			assertThat(tileJson.at("/vector_layers/0/id").asText()).isEqualTo(layer);
			assertThat(tileJson.at("/vector_layers/0/fields").has("id")).isTrue();
			assertThat(tileJson.get("bounds")).hasSize(4);
			String template = tileJson.at("/tiles/0").asText();
			String one = template.replace("{z}/{x}/{y}", VectorTileTests.graysTile(13));
			var answer = tile(one.substring(one.indexOf("/tiles/")), "planner");
			assertThat(MvtReader.read(answer.getBody())).containsKey(layer);
		}
		JsonNode density = get("/tiles/introduction-density.json?cellSize=1000&from=2013-06", "application/json",
				"planner");
		assertThat(density.at("/tiles/0").asText()).endsWith(".mvt?cellSize=1000&from=2013-06&council=E06000034");
		assertThat(call("/tiles/introduction-density.json", null, null).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(call("/tiles/introduction-density.json?cellSize=100", null, "planner").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(call("/tiles/neighbourhoods.json", null, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(call("/tiles/nothing.json", null, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	private ResponseEntity<byte[]> tile(String path, String user) {
		HttpHeaders headers = new HttpHeaders();
		if (user != null) {
			headers.setBasicAuth(user, PASSWORD);
		}
		return http.exchange(path.contains("council=") ? url(path) : thurrock(path), HttpMethod.GET,
				new HttpEntity<>(headers), byte[].class);
	}

	static int tileX(double lon, int z) {
		return (int) Math.floor((lon + 180) / 360 * (1 << z));
	}

	static int tileY(double lat, int z) {
		double r = Math.toRadians(lat);
		return (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * (1 << z));
	}

}
