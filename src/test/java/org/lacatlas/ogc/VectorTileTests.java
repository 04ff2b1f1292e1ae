package org.lacatlas.ogc;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vector tiles and feature pages: built by PostGIS, cached by data version, and never
 * stale after an edit.
 */
class VectorTileTests extends IntegrationTest {

	@Autowired
	TestRestTemplate http;

	/** The z/x/y of the tile holding Grays (0.32 E, 51.48 N). */
	static String graysTile(int z) {
		double n = 1 << z;
		int x = (int) Math.floor((0.32 + 180) / 360 * n);
		double lat = Math.toRadians(51.48);
		int y = (int) Math.floor((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * n);
		return z + "/" + x + "/" + y;
	}

	@Test
	void aTileOverThurrockHoldsItsSmallAreasAndOneOverTheAtlanticIsEmpty() {
		ResponseEntity<byte[]> tile = get("/tiles/small-areas/" + graysTile(11) + ".mvt", null, null);
		assertThat(tile.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(tile.getHeaders().getContentType()).hasToString("application/vnd.mapbox-vector-tile");
		assertThat(new String(tile.getBody(), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("small-areas")
			.contains("E010");
		ResponseEntity<byte[]> atlantic = get("/tiles/small-areas/5/10/10.mvt", null, null);
		assertThat(atlantic.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(atlantic.getHeaders().getContentLength()).isZero();
		assertThat(get("/tiles/small-areas/3/9/1.mvt", null, null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void anUnchangedTileIsNotSentTwiceButAnEditChangesIt() {
		String path = "/tiles/neighbourhoods/" + graysTile(10) + ".mvt";
		assertThat(get(path, null, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		ResponseEntity<byte[]> first = get(path, "planner", null);
		String etag = first.getHeaders().getETag();
		assertThat(first.getHeaders().getCacheControl()).contains("no-cache").contains("private");
		assertThat(get(path, "planner", etag).getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);

		// move one small area between two neighbourhoods and back: each save must give a
		// new tile
		var move = jdbc.sql("""
				SELECT a.small_area_code, b.neighbourhood_id, a.neighbourhood_id FROM small_area_adjacency j
				JOIN neighbourhood_area a ON a.small_area_code = j.small_area_code
				JOIN neighbourhood_area b ON b.small_area_code = j.neighbour_code
				JOIN neighbourhood_plan p ON p.id = a.plan_id AND p.authority_code = 'E06000034'
				WHERE a.neighbourhood_id <> b.neighbourhood_id ORDER BY 1 LIMIT 1
				""").query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2), rs.getLong(3) }).single();
		int version = jdbc.sql("SELECT version FROM neighbourhood_plan WHERE authority_code = 'E06000034'")
			.query(Integer.class)
			.single();
		save(version, move[0], move[1]);
		ResponseEntity<byte[]> after = get(path, "planner", etag);
		assertThat(after.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(after.getHeaders().getETag()).isNotEqualTo(etag);
		assertThat(after.getBody()).isNotEqualTo(first.getBody());
		save(version + 1, move[0], move[2]);
	}

	@Test
	void aFeaturePageServedBeforeAnEditIsNotServedAfterIt() {
		String path = "/ogc/collections/assets/items?limit=5";
		String before = new String(get(path, "planner", null).getBody());
		String first = jdbc.sql("SELECT name FROM asset WHERE status = 'published' ORDER BY id LIMIT 1")
			.query(String.class)
			.single();
		assertThat(before).contains(first);
		jdbc.sql(
				"UPDATE asset SET name = name || ' (renamed)' WHERE id = (SELECT min(id) FROM asset WHERE status = 'published')")
			.update();
		try {
			assertThat(new String(get(path, "planner", null).getBody())).contains(first + " (renamed)");
		}
		finally {
			jdbc.sql("UPDATE asset SET name = :name WHERE id = (SELECT min(id) FROM asset WHERE status = 'published')")
				.param("name", first)
				.update();
		}
	}

	@Test
	void tilesAndFeaturePagesSetNoCookieSoSharedCachesMayKeepThem() {
		assertThat(get("/tiles/small-areas/" + graysTile(12) + ".mvt", null, null).getHeaders())
			.doesNotContainKey(HttpHeaders.SET_COOKIE);
		assertThat(get("/ogc/collections/wards/items", null, null).getHeaders())
			.doesNotContainKey(HttpHeaders.SET_COOKIE);
		assertThat(get("/api/wards", null, null).getHeaders()).containsKey(HttpHeaders.SET_COOKIE);
	}

	private void save(int version, Object area, Object to) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth("planner", PASSWORD);
		headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
		var body = Map.of("version", version, "moves", List.of(Map.of("smallArea", area, "to", to)));
		assertThat(http
			.exchange(url("/api/neighbourhoods/moves"), HttpMethod.POST, new HttpEntity<>(body, headers), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private ResponseEntity<byte[]> get(String path, String user, String ifNoneMatch) {
		HttpHeaders headers = new HttpHeaders();
		if (user != null) {
			headers.setBasicAuth(user, PASSWORD);
		}
		if (ifNoneMatch != null) {
			headers.setIfNoneMatch(ifNoneMatch);
		}
		return http.exchange(path.contains("council=") ? url(path) : thurrock(path), HttpMethod.GET,
				new HttpEntity<>(headers), byte[].class);
	}

}
