package org.lacatlas.introduction;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Helpers for introduction tests: calls as a demo user (HTTP Basic), places in EPSG:27700
 * and clean-up of test introductions, which are all dated before the demo's (2013).
 */
final class IntroductionFixtures {

	static final String PASSWORD = "test-password-1";

	/** A 250 m cell by its south-west corner. */
	record Cell(int easting, int northing) {

		String json() {
			return "{\"size\": 250, \"easting\": " + easting + ", \"northing\": " + northing + "}";
		}

	}

	private final TestRestTemplate http;

	private final JdbcClient jdbc;

	private final Function<String, String> url;

	private final ObjectMapper json = new ObjectMapper();

	IntroductionFixtures(TestRestTemplate http, JdbcClient jdbc, Function<String, String> url) {
		this.http = http;
		this.jdbc = jdbc;
		this.url = url;
	}

	static String introduction(String date, String source, int level, String ageBand, String needs, String location) {
		return """
				{"date": "%s", "source": "%s", "level": %d, "ageBand": "%s", "needs": [%s], %s}""".formatted(date,
				source, level, ageBand, needs, location);
	}

	static String sector(String code) {
		return "\"sector\": \"" + code + "\"";
	}

	static String cell(Cell cell) {
		return "\"gridCell\": " + cell.json();
	}

	ResponseEntity<String> post(String user, String body) {
		return send(user, HttpMethod.POST, "/api/introductions", body, MediaType.APPLICATION_JSON);
	}

	ResponseEntity<String> importCsv(String user, String csv) {
		return send(user, HttpMethod.POST, "/api/introductions/import", csv, MediaType.parseMediaType("text/csv"));
	}

	ResponseEntity<String> get(String user, String path) {
		return send(user, HttpMethod.GET, path, null, null);
	}

	JsonNode getJson(String user, String path) {
		ResponseEntity<String> answer = get(user, path);
		if (!answer.getStatusCode().is2xxSuccessful()) {
			throw new AssertionError(path + " answered " + answer.getStatusCode() + ": " + answer.getBody());
		}
		return read(answer.getBody());
	}

	JsonNode read(String body) {
		try {
			return json.readTree(body);
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	int introductions() {
		return jdbc.sql("SELECT count(*) FROM introduction").query(Integer.class).single();
	}

	/**
	 * 250 m cells lying wholly in one small area (no other small area touches them), in
	 * order.
	 */
	List<Cell> cellsWhollyIn(String smallArea) {
		return jdbc
			.sql("""
					WITH a AS (SELECT * FROM small_area WHERE code = :code),
					grid AS (
						SELECT e, n, ST_MakeEnvelope(e, n, e + 250, n + 250, 27700) AS cell FROM a,
							generate_series((floor(ST_XMin(a.geom) / 250) * 250)::int, ST_XMax(a.geom)::int, 250) e,
							generate_series((floor(ST_YMin(a.geom) / 250) * 250)::int, ST_YMax(a.geom)::int, 250) n)
					SELECT e AS easting, n AS northing FROM grid, a WHERE ST_Within(grid.cell, a.geom)
						AND NOT EXISTS (SELECT 1 FROM small_area o WHERE o.code <> :code AND ST_Intersects(o.geom, grid.cell))
					ORDER BY e, n
					""")
			.param("code", smallArea)
			.query(Cell.class)
			.list();
	}

	/** Removes every introduction dated before the demo's, and batches left empty. */
	void deleteTestIntroductions() {
		jdbc.sql("DELETE FROM introduction WHERE introduced_on < DATE '2013-01-01'").update();
		jdbc.sql("""
				DELETE FROM introduction_batch b WHERE NOT EXISTS (SELECT 1 FROM introduction i WHERE i.batch_id = b.id)
				""").update();
	}

	private ResponseEntity<String> send(String user, HttpMethod method, String path, String body, MediaType type) {
		HttpHeaders headers = new HttpHeaders();
		if (type != null) {
			headers.setContentType(type);
		}
		headers.setBasicAuth(user.toLowerCase(Locale.ROOT), PASSWORD);
		return http.exchange(url.apply(path), method, new HttpEntity<>(body, headers), String.class);
	}

}
