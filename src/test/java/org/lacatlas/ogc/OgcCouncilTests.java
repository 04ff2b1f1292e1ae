package org.lacatlas.ogc;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.lacatlas.SecondCouncil;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Thurrock and Eastwick both loaded, each OGC collection, tile and TileJSON holds
 * one council's data: public ones the named council's, signed-in ones only the reader's
 * own.
 */
class OgcCouncilTests extends OgcClient {

	private static final String EASTWICK = "?council=" + SecondCouncil.CODE;

	@Test
	void publicCollectionsHoldTheNamedCouncilsDataAndTheirLinksKeepIt() throws Exception {
		Set<String> eastwick = new HashSet<>(jdbc.sql("SELECT code FROM small_area WHERE authority_code = :c")
			.param("c", SecondCouncil.CODE)
			.query(String.class)
			.list());
		JsonNode page = get("/ogc/collections/small-areas/items" + EASTWICK + "&limit=7", "application/geo+json", null);
		Set<String> seen = new HashSet<>();
		while (true) {
			page.get("features").forEach(f -> seen.add(f.get("id").asText()));
			page.get("links")
				.forEach(l -> assertThat(l.get("href").asText()).contains("council=" + SecondCouncil.CODE));
			JsonNode next = link(page, "next");
			if (next == null) {
				break;
			}
			page = get(next.get("href").asText(), "application/geo+json", null);
		}
		assertThat(seen).isEqualTo(eastwick).isNotEmpty();
		JsonNode thurrock = get("/ogc/collections/small-areas/items?limit=1000", "application/geo+json", null);
		thurrock.get("features").forEach(f -> assertThat(eastwick).doesNotContain(f.get("id").asText()));
		assertThat(call("/ogc/collections/small-areas/items/" + eastwick.iterator().next(), null, null).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		// with two councils loaded, a public request names one
		assertThat(http.getForEntity(url("/ogc/collections/wards/items"), String.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void signedInCollectionsAreOnlyTheReadersOwnCouncils() throws Exception {
		String eastwickPlanner = SecondCouncil.user("planner");
		JsonNode own = get("/ogc/collections/assets/items" + EASTWICK, "application/geo+json", eastwickPlanner);
		assertThat(own.get("numberMatched").asInt()).isPositive();
		own.get("features").forEach(f -> assertThat(f.at("/properties/name").asText()).startsWith("Eastwick"));
		// an Eastwick user naming Thurrock is refused its neighbourhoods and assets
		for (String collection : List.of("assets", "neighbourhoods")) {
			assertThat(call("/ogc/collections/" + collection + "/items", null, eastwickPlanner).getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(
					call("/tiles/" + collection + "/" + VectorTileTests.graysTile(12) + ".mvt", null, eastwickPlanner)
						.getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
		}
		// and Thurrock's planner sees no Eastwick asset
		get("/ogc/collections/assets/items?limit=1000", "application/geo+json", "planner").get("features")
			.forEach(f -> assertThat(f.at("/properties/name").asText()).doesNotStartWith("Eastwick"));
	}

	@Test
	void aTileHoldsOnlyTheNamedCouncilsFeaturesUnderAnETagOfItsOwn() throws Exception {
		String tile = "/tiles/small-areas/" + eastwickTile(12) + ".mvt";
		ResponseEntity<byte[]> eastwick = tile(tile + EASTWICK, null);
		assertThat(eastwick.getStatusCode()).isEqualTo(HttpStatus.OK);
		var features = MvtReader.read(eastwick.getBody()).get("small-areas").features();
		Set<String> codes = new HashSet<>(jdbc.sql("SELECT code FROM small_area WHERE authority_code = :c")
			.param("c", SecondCouncil.CODE)
			.query(String.class)
			.list());
		assertThat(features).isNotEmpty().allMatch(f -> codes.contains(String.valueOf(f.properties().get("id"))));
		ResponseEntity<byte[]> thurrock = tile(tile + "?council=" + THURROCK, null);
		assertThat(thurrock.getStatusCode()).isEqualTo(HttpStatus.OK);
		// an empty tile may come with no body at all
		var layer = thurrock.getBody() == null ? null : MvtReader.read(thurrock.getBody()).get("small-areas");
		assertThat(layer == null ? List.of() : layer.features()).isEmpty();
		assertThat(thurrock.getHeaders().getETag()).isNotEqualTo(eastwick.getHeaders().getETag());
		// Eastwick's ETag does not answer 304 for Thurrock's tile
		assertThat(tile(tile + "?council=" + THURROCK, eastwick.getHeaders().getETag()).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		JsonNode tileJson = read(call("/tiles/small-areas.json" + EASTWICK, null, null).getBody());
		assertThat(tileJson.at("/tiles/0").asText()).endsWith(".mvt?council=" + SecondCouncil.CODE);
		assertThat(tileJson.at("/bounds/0").asDouble()).isGreaterThan(1.0);
	}

	/** The tile at zoom z over the middle of one of Eastwick's small areas. */
	private String eastwickTile(int z) {
		double[] at = jdbc.sql("""
				SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_Transform(ST_PointOnSurface(geom), 4326) AS p
					FROM small_area WHERE authority_code = :c ORDER BY code LIMIT 1) x
				""")
			.param("c", SecondCouncil.CODE)
			.query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2) })
			.single();
		double n = 1 << z;
		int x = (int) Math.floor((at[0] + 180) / 360 * n);
		double lat = Math.toRadians(at[1]);
		int y = (int) Math.floor((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * n);
		return z + "/" + x + "/" + y;
	}

	private ResponseEntity<byte[]> tile(String path, String ifNoneMatch) {
		HttpHeaders headers = new HttpHeaders();
		if (ifNoneMatch != null) {
			headers.setIfNoneMatch(ifNoneMatch);
		}
		return http.exchange(url(path), HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
	}

	private JsonNode read(String text) throws Exception {
		return json.readTree(text);
	}

}
