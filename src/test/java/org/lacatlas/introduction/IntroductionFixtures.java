package org.lacatlas.introduction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Helpers for introduction tests: calls as a demo user (HTTP Basic), places in
 * EPSG:27700, releasing what a test recorded, and clean-up of test introductions (every
 * one that is not the demo's synthetic data) and of the releases tests made.
 */
final class IntroductionFixtures {

	static final String PASSWORD = "test-password-1";

	static final String THURROCK = "E06000034";

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

	private final ApplicationContext context;

	IntroductionFixtures(TestRestTemplate http, JdbcClient jdbc, Function<String, String> url,
			ApplicationContext context) {
		this.context = context;
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

	ResponseEntity<byte[]> getBytes(String user, String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user.toLowerCase(Locale.ROOT), PASSWORD);
		return http.exchange(url.apply(path), HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
	}

	/**
	 * Records introductions as someone else (not a demo user): the people whose
	 * introductions an attacker wants to learn about. Straight through the service, as
	 * their own form or import would.
	 */
	void recordAsSomeoneElse(String user, String csv) {
		context.getBean(Introductions.class).importCsv(THURROCK, csv, user);
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

	/**
	 * Releases the month open now (what the tests have recorded since the last release),
	 * as the scheduler would on that month's release day; returns it.
	 */
	YearMonth releaseOpenMonth() {
		YearMonth open = latestRelease().plusMonths(1);
		LocalDate releaseDay = open.plusMonths(1).atDay(1).plusDays(properties().releaseAfterDays());
		releases().releaseDue(THURROCK, releaseDay);
		return open;
	}

	YearMonth latestRelease() {
		return YearMonth.from(jdbc.sql("SELECT max(month) FROM introduction_release WHERE authority_code = :a")
			.param("a", THURROCK)
			.query(LocalDate.class)
			.single());
	}

	/**
	 * Removes every introduction that is not the demo's (all synthetic), batches left
	 * empty, and the releases tests made (months after the last one closed today), so the
	 * next test finds the demo as it started.
	 */
	void deleteTestIntroductions() {
		jdbc.sql("DELETE FROM introduction WHERE NOT synthetic").update();
		jdbc.sql("""
				DELETE FROM introduction_batch b WHERE NOT EXISTS (SELECT 1 FROM introduction i WHERE i.batch_id = b.id)
				""").update();
		jdbc.sql("DELETE FROM introduction_release WHERE month > :closed")
			.param("closed", releases().lastClosed(LocalDate.now()).atDay(1))
			.update();
	}

	private IntroductionReleases releases() {
		return context.getBean(IntroductionReleases.class);
	}

	private IntroductionProperties properties() {
		return context.getBean(IntroductionProperties.class);
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
